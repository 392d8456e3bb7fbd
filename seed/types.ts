import type { CollectionSlug } from 'payload'

import type { TargetLocale } from '../src/localization/locales'

/** A reference to another seeded document by its natural key, resolved to an id at load time. */
export type Ref = { $ref: CollectionSlug; key: string }

export const ref = (collection: CollectionSlug, key: string): Ref => ({ $ref: collection, key })

/**
 * One seeded document: the Chinese source (with refs), translations per language (only the
 * localized fields; arrays in the same order as the Chinese), and whether it is published.
 */
export type SeedDoc = {
  key: string
  data: Record<string, unknown>
  translations?: Partial<Record<TargetLocale, Record<string, unknown>>>
  draft?: boolean
}

export type SeedCollection = {
  collection: CollectionSlug
  /** The field that identifies a document across runs (slug, email, term, document number). */
  keyField: string
  docs: SeedDoc[]
}
