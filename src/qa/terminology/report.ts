/**
 * The terminology consistency report: for each target language, the glossary terms and the
 * recurring short segments of the translation memory rendered differently in different approved
 * documents (see align.ts for how renderings are matched).
 */
import type { Payload } from 'payload'

import { type TargetLocale, targetLocales } from '../../localization/locales'
import { readGlossaryTerms } from '../../translation/deepl/glossarySync'
import { translationMemorySlug } from '../../translation/memory'
import { terminologyPairs } from '../../translation/terminologyCheck'
import { documentRef, translationRecord } from '../documentRef'
import { type LanguageVersion, languageVersions } from '../languageVersions'
import { type AlignedField, alignTerms, type KnownTerm, type TermInconsistency } from './align'

/** A memory segment counts as a term when it is short, untagged and not a sentence. */
const termLike = (source: string) => source.length >= 2 && source.length <= 20 && !/[。，；：！？、,.;:!?<>]/.test(source)

type MemoryRow = { source: string; locale: string; translation: string }

/** Glossary terms first (approved rendering first), then memory terms; memory renderings are added to both. */
const knownTerms = async (payload: Payload, locale: TargetLocale, memory: MemoryRow[]): Promise<KnownTerm[]> => {
  const known = new Map<string, KnownTerm>()
  for (const { term, approved, doNotTranslate } of await readGlossaryTerms(payload)) {
    const rendering = (doNotTranslate ? term : approved?.[locale])?.trim()
    if (rendering) known.set(term.trim(), { term: term.trim(), renderings: [rendering], origin: 'glossary' })
  }
  for (const row of memory) {
    const term = row.source.trim()
    const rendering = row.translation.trim()
    if (row.locale !== locale || !termLike(term) || !rendering) continue
    const entry = known.get(term) ?? { term, renderings: [], origin: 'memory' as const }
    if (!entry.renderings.includes(rendering)) entry.renderings.push(rendering)
    known.set(term, entry)
  }
  return [...known.values()]
}

export type TerminologyReport = { locale: TargetLocale; terms: TermInconsistency[] }[]

export type TerminologyReportOptions = { locale?: TargetLocale; minDocuments?: number }

/** The report over language versions already read (the QA dashboard reads them once for all its checks). */
export const terminologyReportOf = async (
  payload: Payload,
  versions: readonly LanguageVersion[],
  { locale, minDocuments = 2 }: TerminologyReportOptions = {},
): Promise<TerminologyReport> => {
  const { docs: memory } = await payload.find({
    collection: translationMemorySlug,
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: { source: true, locale: true, translation: true } as never,
  })
  const report: TerminologyReport = []
  for (const language of locale ? [locale] : targetLocales) {
    const fields: AlignedField[] = versions
      .filter((version) => version.locale === language && translationRecord(version).state === 'approved')
      .flatMap((version) => {
        const ref = documentRef(payload, version)
        return terminologyPairs(version.collection.fields, version.source, version.target).map((pair) => ({ ...ref, ...pair }))
      })
    const known = await knownTerms(payload, language, memory as unknown as MemoryRow[])
    report.push({ locale: language, terms: alignTerms(fields, known, language, minDocuments) })
  }
  return report
}

export const terminologyReport = async (payload: Payload, options: TerminologyReportOptions = {}) =>
  terminologyReportOf(payload, await languageVersions(payload), options)
