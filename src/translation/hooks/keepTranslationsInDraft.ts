import type { CollectionBeforeOperationHook } from 'payload'

import { targetLocales } from '../../localization/locales'

/**
 * A person's save of a target language goes into the document's draft, never straight to the
 * published document: saving would otherwise also publish (or unpublish) whatever Chinese draft
 * an editor has pending. The language goes public when a reviewer approves it, which publishes
 * that language alone.
 */
export const keepTranslationsInDraft: CollectionBeforeOperationHook = ({ args, collection, context, operation, req }) => {
  if (operation !== 'update' || context?.translationWorkflow || !collection.versions?.drafts) return args
  if (!(targetLocales as readonly string[]).includes(req.locale ?? '')) return args
  const data = 'data' in args && args.data ? { ...args.data, _status: 'draft' } : args.data
  return { ...args, data, draft: true }
}
