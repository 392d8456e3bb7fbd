import type { SanitizedCollectionConfig } from 'payload'

import { type Locale, sourceLocale } from '../localization/locales'
import { richTextPlainText } from '../translation/richText'
import { sourceFields } from '../translation/sourceFields'
import { publicStates, type TranslationState } from '../translation/states'
import { fold, searchable } from './normalize'
import { type SearchEntry, type SearchType, titleField } from './types'

type Doc = Record<string, unknown> & {
  id: string | number
  _status?: string
  translation?: { state?: TranslationState | null } | null
}

/** Policy documents can be long; beyond this their text is not searched (titles always are). */
const maxTextLength = 100_000

/**
 * What the public may read, by the same rules as the collections' access (publishedOrStaff,
 * approvedLanguageFilter): published, and in a target language only when approved there (an
 * outdated language stays public until re-approved). `doc` is the published version.
 */
export const isPublicIn = (collection: SanitizedCollectionConfig, doc: Doc, locale: Locale): boolean =>
  (!collection.versions?.drafts || doc._status === 'published') &&
  (locale === sourceLocale || publicStates.includes(doc.translation?.state ?? 'missing'))

const plain = (value: unknown): string => (typeof value === 'string' ? value : richTextPlainText(value)).trim()

/**
 * The index row of a document read in `locale` (falling back to Chinese for empty fields, as
 * public reads do), or null when the public may not read it in that language.
 */
export const entryFor = (
  collection: SanitizedCollectionConfig,
  type: SearchType,
  doc: Doc,
  locale: Locale,
): SearchEntry | null => {
  if (!isPublicIn(collection, doc, locale)) return null
  const title = plain(doc[titleField[type]])
  const text = sourceFields(collection.fields, doc)
    .filter(({ path }) => path !== titleField[type])
    .map(({ value }) => plain(value))
    .filter(Boolean)
    .join('\n')
    .slice(0, maxTextLength)
  const titleKey = fold(title)
  return {
    type,
    docId: String(doc.id),
    locale,
    slug: String(doc.slug ?? doc.id),
    title,
    text,
    titleKey,
    content: searchable(`${titleKey} ${fold(text)}`),
    date: new Date((doc.publishedAt ?? doc.updatedAt ?? 0) as number | string).toISOString(),
  }
}
