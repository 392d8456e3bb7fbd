import { type Locale, sourceLocale } from '../localization/locales'
import type { TranslationMethod, TranslationState } from '../translation/states'

type TranslationRecord = {
  state?: TranslationState | null
  method?: TranslationMethod | null
  reviewerDepartment?: string | null
  reviewedAt?: string | null
}

/** How a translated page came to be, for the line every translated page carries. */
export type Provenance = {
  method: TranslationMethod
  reviewerDepartment: string | null
  reviewedAt: string | null
  /** When the translation is outdated: when the Chinese original changed. */
  sourceChangedAt: string | null
}

/**
 * The provenance of a document shown in a translation, or null when the reader sees the
 * Chinese (the original needs none). An outdated translation stays public with its approval;
 * the last save of the document is when its Chinese changed (approving it again clears outdated).
 */
export const provenanceOf = (doc: {
  lang: Locale
  translation?: TranslationRecord | null
  updatedAt?: string | null
}): Provenance | null => {
  if (doc.lang === sourceLocale) return null
  const record = doc.translation ?? {}
  return {
    method: record.method ?? 'human',
    reviewerDepartment: record.reviewerDepartment || null,
    reviewedAt: record.reviewedAt ?? null,
    sourceChangedAt: record.state === 'outdated' ? (doc.updatedAt ?? null) : null,
  }
}
