import type { Payload, SanitizedCollectionConfig } from 'payload'

import { type TargetLocale, targetLocales } from '../localization/locales'
import { translatableCollections } from '../translation/endpoints/translationStatus'

type Doc = Record<string, unknown>

/** One translatable document in Chinese beside one target language, both as people work on them. */
export type LanguageVersion = { collection: SanitizedCollectionConfig; source: Doc; target: Doc; locale: TargetLocale }

/** Every translatable document of every translatable collection in every target language (latest drafts). */
export const languageVersions = async (payload: Payload): Promise<LanguageVersion[]> => {
  const versions: LanguageVersion[] = []
  for (const collection of translatableCollections(payload.config)) {
    const read = { collection: collection.slug as 'news', depth: 0, draft: true, overrideAccess: true } as const
    const { docs } = await payload.find({ ...read, locale: 'zh', pagination: false })
    for (const source of docs as unknown as Doc[]) {
      for (const locale of targetLocales) {
        const target = await payload.findByID({ ...read, id: source.id as string, locale, fallbackLocale: false })
        versions.push({ collection, source, target: target as unknown as Doc, locale })
      }
    }
  }
  return versions
}
