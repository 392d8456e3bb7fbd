import type { Payload } from 'payload'

import type { LanguageVersion } from './languageVersions'

type TranslationRecord = { state?: string | null; facts?: unknown; factOverrides?: unknown }

/** The document's translation record in the version's language. */
export const translationRecord = ({ target }: LanguageVersion): TranslationRecord =>
  (target.translation as TranslationRecord | undefined) ?? {}

/** A language version as the QA reports name it: Chinese title and the admin review view's address. */
export const documentRef = (payload: Payload, { collection, source, locale }: LanguageVersion) => {
  const titleField = collection.admin?.useAsTitle
  const title = titleField && typeof source[titleField] === 'string' ? (source[titleField] as string) : String(source.id)
  const url = `${payload.config.routes.admin}/translation-review/${collection.slug}/${source.id}/${locale}`
  return { collection: collection.slug, id: source.id as string | number, title, url }
}
