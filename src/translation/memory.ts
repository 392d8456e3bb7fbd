/**
 * Translation memory: machine translations of single segments, keyed by
 * (source segment, target language, glossary version[, tagged]), so that an edit to a document
 * re-bills only the segments that changed, and a glossary change re-translates everything in
 * that language (its version is part of the key).
 *
 * Stored in the hidden `translation-memory` collection; every access here goes through the
 * Local API with overrideAccess (the collection refuses writes from REST/GraphQL).
 */
import { createHash } from 'node:crypto'

import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

/** Slug of the collection (typed loosely so this compiles before payload-types is regenerated). */
export const translationMemorySlug = 'translation-memory' as string as CollectionSlug

/** Keys per `key in [...]` query. */
const CHUNK = 200

export type MemoryItem = {
  /** The exact segment sent to DeepL (plain text, or XML/HTML with tags when `tagged`). */
  source: string
  locale: string
  glossaryVersion: string
  /** Sent with tag handling (rich-text blocks with inline marks as tags). Part of the key. */
  tagged?: boolean
}

export type MemoryEntry = MemoryItem & {
  translation: string
  /** e.g. 'deepl' or 'deepl:en-GB'. */
  engine: string
}

export type MemoryOptions = {
  /** Run inside this request's transaction (e.g. a job's req). */
  req?: Partial<PayloadRequest>
}

type MemoryDoc = { id: string | number; key: string; translation: string; hits?: number | null }

/** sha256 (hex) of JSON [source, locale, glossaryVersion] — plus `true` for tagged segments. */
export function memoryKey(item: MemoryItem): string
export function memoryKey(source: string, locale: string, glossaryVersion: string, tagged?: boolean): string
export function memoryKey(
  itemOrSource: MemoryItem | string,
  locale?: string,
  glossaryVersion?: string,
  tagged?: boolean,
): string {
  const item: MemoryItem =
    typeof itemOrSource === 'string'
      ? { source: itemOrSource, locale: locale ?? '', glossaryVersion: glossaryVersion ?? '', tagged }
      : itemOrSource
  const parts: unknown[] = [item.source, item.locale, item.glossaryVersion]
  if (item.tagged) parts.push(true)
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex')
}

const chunks = <T>(items: T[], size = CHUNK): T[][] => {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}

const findByKeys = async (payload: Payload, keys: string[], options: MemoryOptions): Promise<MemoryDoc[]> => {
  const docs: MemoryDoc[] = []
  for (const chunk of chunks(keys)) {
    const result = await payload.find({
      collection: translationMemorySlug,
      where: { key: { in: chunk } },
      pagination: false,
      depth: 0,
      overrideAccess: true,
      select: { key: true, translation: true, hits: true } as never,
      req: options.req,
    })
    docs.push(...(result.docs as unknown as MemoryDoc[]))
  }
  return docs
}

/**
 * Looks the segments up; returns key → stored translation for the ones found (compute keys with
 * memoryKey(item)). Counts a hit on every entry found (best effort: a failure to count is ignored).
 */
export const lookupMemory = async (
  payload: Payload,
  items: readonly MemoryItem[],
  options: MemoryOptions & { countHits?: boolean } = {},
): Promise<Map<string, string>> => {
  const keys = [...new Set(items.map((item) => memoryKey(item)))]
  const found = new Map<string, string>()
  if (keys.length === 0) return found
  const docs = await findByKeys(payload, keys, options)
  for (const doc of docs) if (typeof doc.translation === 'string') found.set(doc.key, doc.translation)
  if (options.countHits !== false && docs.length > 0) {
    try {
      for (const chunk of chunks(docs.map((doc) => doc.id))) {
        await payload.db.updateMany({
          collection: translationMemorySlug,
          where: { id: { in: chunk } },
          data: { hits: { $inc: 1 } },
          returning: false,
          req: options.req,
        })
      }
    } catch (error) {
      payload.logger.warn({ err: error }, 'translation memory: could not count hits')
    }
  }
  return found
}

const isUniqueViolation = (error: unknown): boolean => {
  const e = error as { name?: string; message?: string; code?: unknown; data?: { errors?: { path?: string }[] } }
  if (e?.data?.errors?.some((fieldError) => fieldError.path === 'key')) return true
  const text = `${e?.name ?? ''} ${e?.message ?? ''} ${String(e?.code ?? '')}`
  return /unique|duplicate|E11000|23505|SQLITE_CONSTRAINT/i.test(text)
}

/**
 * Stores new translations. Entries already in memory (same key) are left as they are, duplicates
 * within `entries` are stored once, and a concurrent writer storing the same key first is not an
 * error. Empty sources or translations are skipped. Returns how many entries were created.
 */
export const storeMemory = async (
  payload: Payload,
  entries: readonly MemoryEntry[],
  options: MemoryOptions = {},
): Promise<number> => {
  const byKey = new Map<string, MemoryEntry>()
  for (const entry of entries) {
    if (!entry.source || !entry.translation) continue
    const key = memoryKey(entry)
    if (!byKey.has(key)) byKey.set(key, entry)
  }
  if (byKey.size === 0) return 0
  const existing = new Set((await findByKeys(payload, [...byKey.keys()], options)).map((doc) => doc.key))
  let created = 0
  for (const [key, entry] of byKey) {
    if (existing.has(key)) continue
    try {
      await payload.create({
        collection: translationMemorySlug,
        data: {
          key,
          source: entry.source,
          locale: entry.locale,
          glossaryVersion: entry.glossaryVersion,
          translation: entry.translation,
          engine: entry.engine,
          hits: 0,
        } as never,
        depth: 0,
        overrideAccess: true,
        req: options.req,
      })
      created++
    } catch (error) {
      // Someone else stored the same segment meanwhile: theirs is as good as ours.
      if (isUniqueViolation(error)) continue
      throw error
    }
  }
  return created
}
