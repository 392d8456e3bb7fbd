import type { CollectionAfterChangeHook } from 'payload'

import { sourceLocale, targetLocales } from '../../localization/locales'
import { checkDocumentFacts } from '../../qa/facts/check'
import type { FactFinding } from '../../qa/facts/types'
import { translationGroupName } from '../sourceFields'
import { changedPaths, snapshotOf } from '../sourceSnapshot'
import type { TranslationState } from '../states'
import { writeLanguage } from '../writeLanguage'

type LanguageRecord = {
  state?: TranslationState
  sourceHashes?: Record<string, string>
  outdatedFields?: string[]
  facts?: FactFinding[] | null
}

/**
 * When published Chinese text changes, every translation made from the old text learns which
 * fields changed: an approved language becomes `outdated` (still shown, with its approval date,
 * until re-approved); drafts and reviews keep their state but list the changed fields too.
 * Every translated language's facts are checked again against the new Chinese.
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
    // The language as people work on it: its latest draft, with the record the panel shows.
    const target = (await req.payload.findByID({
      collection: collection.slug,
      id: doc.id,
      locale,
      fallbackLocale: false,
      depth: 0,
      draft: true,
      overrideAccess: true,
      req,
    })) as unknown as Record<string, unknown>
    req.locale = sourceLocale
    const draft = (target[translationGroupName] ?? {}) as LanguageRecord
    if ((record?.state ?? 'missing') === 'missing' && (draft.state ?? 'missing') === 'missing') continue
    const facts = checkDocumentFacts(collection.fields, doc, target, locale)

    const changed =
      record?.state && record.state !== 'missing' && record.sourceHashes ? changedPaths(record.sourceHashes, now.hashes) : []
    const outdated = changed.length > 0 && JSON.stringify(changed) !== JSON.stringify(record!.outdatedFields ?? [])
    if (!outdated && JSON.stringify(facts) === JSON.stringify(draft.facts ?? [])) continue
    await writeLanguage({
      payload: req.payload,
      collection,
      id: doc.id,
      locale,
      req,
      // New findings alone go to the draft's record: publishing here would publish unreviewed text.
      publish: outdated,
      data: {
        [translationGroupName]: outdated
          ? { ...record, state: record!.state === 'approved' ? 'outdated' : record!.state, outdatedFields: changed, facts }
          : { ...draft, facts },
      },
    })
  }
  return doc
}
