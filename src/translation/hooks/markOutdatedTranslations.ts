import type { CollectionAfterChangeHook } from 'payload'

import { sourceLocale, targetLocales } from '../../localization/locales'
import { translationGroupName } from '../sourceFields'
import { changedPaths, snapshotOf } from '../sourceSnapshot'
import type { TranslationState } from '../states'
import { writeLanguage } from '../writeLanguage'

type LanguageRecord = { state?: TranslationState; sourceHashes?: Record<string, string>; outdatedFields?: string[] }

/**
 * When published Chinese text changes, every translation made from the old text learns which
 * fields changed: an approved language becomes `outdated` (still shown, with its approval date,
 * until re-approved); drafts and reviews keep their state but list the changed fields too.
 */
export const markOutdatedTranslations: CollectionAfterChangeHook = async ({ collection, context, doc, operation, req }) => {
  if (context.translationWorkflow || operation !== 'update' || (req.locale ?? sourceLocale) !== sourceLocale) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc

  const now = snapshotOf(collection, doc)
  const all = (await req.payload.findByID({
    collection: collection.slug,
    id: doc.id,
    locale: 'all',
    depth: 0,
    overrideAccess: true,
    req,
  })) as unknown as Record<string, Record<string, LanguageRecord> | undefined>
  // findByID with `req` switched the request to `all`; the rest of this save is in Chinese.
  req.locale = sourceLocale

  for (const locale of targetLocales) {
    const record = all[translationGroupName]?.[locale]
    if (!record?.state || record.state === 'missing' || !record.sourceHashes) continue
    const changed = changedPaths(record.sourceHashes, now.hashes)
    if (changed.length === 0 || JSON.stringify(changed) === JSON.stringify(record.outdatedFields ?? [])) continue
    await writeLanguage({
      payload: req.payload,
      collection,
      id: doc.id,
      locale,
      req,
      data: {
        [translationGroupName]: {
          ...record,
          state: record.state === 'approved' ? 'outdated' : record.state,
          outdatedFields: changed,
        },
      },
    })
  }
  return doc
}
