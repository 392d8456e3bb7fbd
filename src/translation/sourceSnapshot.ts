import type { CollectionSlug, Payload, SanitizedCollectionConfig } from 'payload'

import { sourceLocale } from '../localization/locales'
import { hasText, sourceFields, sourceHashes } from './sourceFields'

export type SourceSnapshot = {
  /** The Chinese document itself. */
  doc: Record<string, unknown>
  hashes: Record<string, string>
  /** The Chinese text by path, so an outdated language can show old and new side by side. */
  texts: Record<string, unknown>
  updatedAt: string | null
}

/** The Chinese source of a document as it stands (latest draft when `draft`). */
export const readSourceSnapshot = async (
  payload: Payload,
  collection: SanitizedCollectionConfig,
  id: string | number,
  draft: boolean,
): Promise<SourceSnapshot> => {
  const doc = (await payload.findByID({
    collection: collection.slug as CollectionSlug,
    id,
    locale: sourceLocale,
    fallbackLocale: false,
    depth: 0,
    draft,
    overrideAccess: true,
  })) as unknown as Record<string, unknown>
  return snapshotOf(collection, doc)
}

export const snapshotOf = (collection: SanitizedCollectionConfig, doc: Record<string, unknown>): SourceSnapshot => {
  const fields = sourceFields(collection.fields, doc).filter(({ value }) => hasText(value))
  return {
    doc,
    hashes: sourceHashes(fields),
    texts: Object.fromEntries(fields.map(({ path, value }) => [path, value])),
    updatedAt: (doc.updatedAt as string | undefined) ?? null,
  }
}

/** Paths whose Chinese text differs between what a translation was made from and now. */
export const changedPaths = (before: Record<string, string> | null | undefined, now: Record<string, string>): string[] => {
  const paths = new Set([...Object.keys(before ?? {}), ...Object.keys(now)])
  return [...paths].filter((path) => (before ?? {})[path] !== now[path]).sort()
}
