import type { CollectionBeforeOperationHook } from 'payload'

import { sourceLocale } from '../../localization/locales'

/**
 * Publishing the Chinese publishes the Chinese (and the fields every language shares): each
 * other language keeps its published text, and what translators or machine translation left in
 * the draft stays there until a reviewer approves it. Payload would otherwise publish the whole
 * latest draft: unreviewed words and their record would replace an approved language (hiding it
 * until approved again), and a translator's unfinished draft would fail validation ("Summary
 * required") and stop the editor publishing.
 */
export const publishSourceLanguageOnly: CollectionBeforeOperationHook = ({ args, collection, context, operation, req }) => {
  if (operation !== 'update' || context?.translationWorkflow || !collection.versions?.drafts) return args
  if ((req.locale ?? sourceLocale) !== sourceLocale || args.publishSpecificLocale) return args
  const status = 'data' in args ? (args.data as { _status?: unknown } | undefined)?._status : undefined
  return status === 'published' ? { ...args, publishSpecificLocale: sourceLocale } : args
}
