import type { SanitizedCollectionConfig } from 'payload'

import { type Locale, sourceLocale } from '../localization/locales'
import { richTextPlainText } from '../translation/richText'
import { sourceFields } from '../translation/sourceFields'
import { publicStates, type TranslationState } from '../translation/states'
import { fold, searchable } from './normalize'
import { type SearchEntry, type SearchType, titleField } from './types'

/**
 * A document as the database adapter returns it, before the Local API picks a language: each
 * localized value is keyed by language (`{ zh: '签证', en: 'Visa' }`), the workflow record too.
 */
export type StoredDoc = Record<string, unknown> & {
  id: string | number
  _status?: string
  translation?: Partial<Record<Locale, { state?: TranslationState | null } | null>> | null
}

/** Policy documents can be long; beyond this their text is not searched (titles always are). */
const maxTextLength = 100_000

/**
 * What the public may read, by the same rules as the collections' access (publishedOrStaff,
 * approvedLanguageFilter): published, and in a target language only when approved there (an
 * outdated language stays public until re-approved). `doc` is the published version.
 */
export const isPublicIn = (collection: SanitizedCollectionConfig, doc: StoredDoc, locale: Locale): boolean =>
  (!collection.versions?.drafts || doc._status === 'published') &&
  (locale === sourceLocale || publicStates.includes(doc.translation?.[locale]?.state ?? 'missing'))

const plain = (value: unknown): string => (typeof value === 'string' ? value : value ? richTextPlainText(value) : '').trim()

/** A localized value in `locale`; the Chinese where the translation left it empty, as public reads fall back. */
const textIn = (value: unknown, locale: Locale): string => {
  const values = (value ?? {}) as Partial<Record<Locale, unknown>>
  return plain(values[locale]) || plain(values[sourceLocale])
}

/** The index row of a stored document in `locale`, or null when the public may not read it in that language. */
export const entryFor = (
  collection: SanitizedCollectionConfig,
  type: SearchType,
  doc: StoredDoc,
  locale: Locale,
): SearchEntry | null => {
  if (!isPublicIn(collection, doc, locale)) return null
  const texts = sourceFields(collection.fields, doc).map(({ path, value }) => ({ path, text: textIn(value, locale) }))
  const title = texts.find(({ path }) => path === titleField[type])?.text ?? ''
  const text = texts
    .filter(({ path, text }) => path !== titleField[type] && text)
    .map(({ text }) => text)
    .join('\n')
    .slice(0, maxTextLength)
  const folded = fold(title)
  return {
    type,
    docId: String(doc.id),
    key: `${type}:${doc.id}`,
    locale,
    slug: String(doc.slug ?? doc.id),
    title,
    text,
    keyTitle: `${type}:${doc.id}${searchable(folded)}`,
    content: searchable(`${folded} ${fold(text)}`),
    date: new Date((doc.publishedAt ?? doc.updatedAt ?? 0) as number | string).toISOString(),
  }
}
