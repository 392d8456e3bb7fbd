/**
 * Translation memory: machine translations of single segments, keyed by (source segment, target
 * language, glossary version, tagged), so that an edit to a document re-bills only the segments
 * that changed, and a glossary change re-translates that language (its version is in the key).
 * Stored in the hidden `translation-memory` collection, which refuses writes from REST/GraphQL.
 */
import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import { targetLocales } from '../localization/locales'

export const translationMemorySlug = 'translation-memory' as CollectionSlug

/** Keys per `key in [...]` query. */
const chunkSize = 200

export type MemoryItem = {
  /** The exact segment sent to DeepL (plain text, or HTML with tags when `tagged`). */
  source: string
  locale: string
  glossaryVersion: string
  tagged?: boolean
}

export type MemoryEntry = MemoryItem & { translation: string; engine: string }

export function memoryKey(item: MemoryItem): string
export function memoryKey(source: string, locale: string, glossaryVersion: string, tagged?: boolean): string
export function memoryKey(
  itemOrSource: MemoryItem | string,
  locale?: string,
  glossaryVersion?: string,
  tagged?: boolean,
): string {
  const item = typeof itemOrSource === 'string' ? { source: itemOrSource, locale: locale!, glossaryVersion: glossaryVersion!, tagged } : itemOrSource
  const parts: unknown[] = [item.source, item.locale, item.glossaryVersion]
  if (item.tagged) parts.push(true)
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

const chunks = <T>(items: T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / chunkSize) }, (_, index) => items.slice(index * chunkSize, (index + 1) * chunkSize))

/** Stored translations for the items, by memory key. */
export const lookupMemory = async (payload: Payload, items: MemoryItem[]): Promise<Map<string, string>> => {
  const found = new Map<string, string>()
  const keys = [...new Set(items.map((item) => memoryKey(item)))]
  for (const chunk of chunks(keys)) {
    const { docs } = await payload.find({
      collection: translationMemorySlug,
      where: { key: { in: chunk } },
      limit: chunk.length,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { key: true, translation: true } as never,
    })
    for (const doc of docs as unknown as { key: string; translation: string }[]) found.set(doc.key, doc.translation)
  }
  return found
}

/**
 * Stores new translations; entries already stored (or stored meanwhile by another worker) are
 * skipped. Writes go through the database adapter directly: these are machine records with no
 * hooks or validation to run, and a full Local API create per segment would dominate the cost.
 * Returns how many were created.
 */
export const storeMemory = async (payload: Payload, entries: MemoryEntry[]): Promise<number> => {
  for (const { locale } of entries) {
    if (!(targetLocales as readonly string[]).includes(locale)) throw new Error(`"${locale}" is not a target language.`)
  }
  const fresh = new Map<string, MemoryEntry>()
  for (const entry of entries) {
    if (entry.source && entry.translation && !fresh.has(memoryKey(entry))) fresh.set(memoryKey(entry), entry)
  }
  const stored = await lookupMemory(payload, [...fresh.values()])
  let created = 0
  for (const [key, entry] of fresh) {
    if (stored.has(key)) continue
    const now = new Date().toISOString()
    const data = { key, source: entry.source, locale: entry.locale, glossaryVersion: entry.glossaryVersion, translation: entry.translation, engine: entry.engine, createdAt: now, updatedAt: now }
    // A unique-key conflict means another writer stored the same segment first: fine.
    if (await payload.db.create({ collection: translationMemorySlug, data }).then(() => true, () => false)) created += 1
  }
  return created
}
