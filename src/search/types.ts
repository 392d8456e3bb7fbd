import type { Locale } from '../localization/locales'

/** What search covers, in the order result groups are shown: what residents come for first. */
export const searchTypes = ['services', 'policy-interpretations', 'news', 'policy-documents', 'zones'] as const
export type SearchType = (typeof searchTypes)[number]

export const isSearchType = (value: unknown): value is SearchType =>
  typeof value === 'string' && (searchTypes as readonly string[]).includes(value)

/** The field each type is titled by. */
export const titleField: Record<SearchType, string> = {
  services: 'title',
  'policy-interpretations': 'title',
  news: 'title',
  'policy-documents': 'title',
  zones: 'name',
}

/** One row of the index: a document as the public reads it in one language. */
export type SearchEntry = {
  type: SearchType
  docId: string
  /** `type:docId`, the document in every language: what a query lists. */
  key: string
  locale: Locale
  slug: string
  title: string
  /** Every other text of the document, plain, in field order (summary first). */
  text: string
  /**
   * The key followed by the folded title (which starts with a space, see `searchable`): listing
   * the distinct values of this field over the matches gives, in one scan, each match and whether
   * its title matches too.
   */
  keyTitle: string
  /** Folded title and text: what queries match. */
  content: string
  /** Publication date where the type has one, else the last change: newer first among equals. */
  date: string
}
