import type { CollectionAfterChangeHook } from 'payload'

import { sourceLocale, targetLocales } from '../../localization/locales'
import { checkDocumentFacts } from '../../qa/facts/check'
import type { FactFinding } from '../../qa/facts/types'
import { translationGroupName } from '../sourceFields'
import { changedPaths, snapshotOf } from '../sourceSnapshot'
import { publicStates, type TranslationState } from '../states'
import { writeLanguage } from '../writeLanguage'

type LanguageRecord = {
  state?: TranslationState
  sourceHashes?: Record<string, string>
  outdatedFields?: string[]
  facts?: FactFinding[] | null
}

type Doc = Record<string, unknown>

const systemFields = new Set(['id', 'createdAt', 'updatedAt', '_status', translationGroupName])

/** A document read in one language, as data to save in that language again (the record aside). */
const contentOf = (doc: Doc): Doc => Object.fromEntries(Object.entries(doc).filter(([key]) => !systemFields.has(key)))

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

/**
 * When published Chinese text changes, every translation made from the old text learns which
 * fields changed: an approved language becomes `outdated` (still shown with its approved words
 * and approval date until re-approved); drafts and reviews keep their state and words but list
 * the changed fields too. Every translated language's facts are checked again against the new
 * Chinese.
 *
 * Publishing one language publishes what that language's draft holds, so the outdated state is
 * published with the approved words, and a newer draft (a translator's work not yet reviewed) is
 * then put back as the draft: it never goes public this way.
 */
export const markOutdatedTranslations: CollectionAfterChangeHook = async ({ collection, context, doc, operation, req }) => {
  if (context.translationWorkflow || operation !== 'update' || (req.locale ?? sourceLocale) !== sourceLocale) return doc
  if (collection.versions?.drafts && doc._status !== 'published') return doc

  const now = snapshotOf(collection, doc)
  /** The document in one language: published, or its latest draft (what people work on). */
  const read = async (locale: string, draft: boolean) => {
    const found = await req.payload.findByID({
      collection: collection.slug,
      id: doc.id,
      locale: locale as 'en',
      fallbackLocale: false,
      depth: 0,
      draft,
      overrideAccess: true,
      req,
    })
    // findByID with `req` switched the request to `locale`; the rest of this save is in Chinese.
    req.locale = sourceLocale
    return found as unknown as Doc
  }
  const all = (await read('all', false)) as Record<string, Record<string, LanguageRecord> | undefined>

  for (const locale of targetLocales) {
    const record = all[translationGroupName]?.[locale] ?? {}
    const target = await read(locale, true)
    const draft = (target[translationGroupName] ?? {}) as LanguageRecord
    if ((record.state ?? 'missing') === 'missing' && (draft.state ?? 'missing') === 'missing') continue
    const write = (data: Doc, publish: boolean) =>
      writeLanguage({ payload: req.payload, collection, id: doc.id, locale, req, publish, data })

    const isPublic = publicStates.includes(record.state ?? 'missing')
    const changed = isPublic && record.sourceHashes ? changedPaths(record.sourceHashes, now.hashes) : []
    const outdated = changed.length > 0 && !same(changed, record.outdatedFields ?? [])
    let pending = false
    if (outdated) {
      const approved = await read(locale, false)
      const facts = checkDocumentFacts(collection.fields, doc, approved, locale)
      await write(
        { ...contentOf(approved), [translationGroupName]: { ...record, state: 'outdated', outdatedFields: changed, facts } },
        true,
      )
      pending = !same(contentOf(target), contentOf(approved)) || draft.state !== record.state
    }

    const draftChanged = draft.sourceHashes ? changedPaths(draft.sourceHashes, now.hashes) : []
    const facts = checkDocumentFacts(collection.fields, doc, target, locale)
    const draftRecord = {
      ...draft,
      state: draft.state === 'approved' ? 'outdated' : draft.state,
      outdatedFields: draftChanged,
      facts,
    }
    // New findings alone go to the draft's record: publishing here would publish unreviewed text.
    if (outdated ? pending : !same(draftRecord, draft)) {
      await write({ ...(outdated ? contentOf(target) : {}), [translationGroupName]: draftRecord }, false)
    }
  }
  return doc
}
