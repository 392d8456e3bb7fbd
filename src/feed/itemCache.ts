import type { Payload } from 'payload'

import { envMs } from './envMs'
import type { FeedItem } from './item'
import { settleMs } from './settle'

/**
 * An item rendered as anonymous readers see it, before any partner's scope is applied: null when
 * it is not public in that language. `topics` and `zones` are ids, for scope checks.
 */
export type Rendered = { item: FeedItem; topics: string[]; zones: string[] } | null

type Entry = { sequence: number; storedAt: number; rendered: Rendered }
type ItemEntries = { quietUntil: number; variants: Map<string, Entry> }

const defaultTtlMs = 30_000
const maxItems = 20_000

/**
 * How long a rendered item is reused (FEED_ITEM_CACHE_MS, default 30 s; 0 turns the cache off).
 * Changes to the item itself are caught at once by its sequence number; the time limit bounds
 * what the number does not cover: a renamed topic or source, a replaced image, another
 * language's approval (alternates), each of which is then at most this old.
 */
const ttlMs = (): number => envMs('FEED_ITEM_CACHE_MS', defaultTtlMs)

/** Per Payload instance: item (type:id) -> its renderings by language and site URL. */
const caches = new WeakMap<Payload, Map<string, ItemEntries>>()

const itemsOf = (payload: Payload) => {
  let items = caches.get(payload)
  if (!items) {
    items = new Map()
    caches.set(payload, items)
  }
  return items
}

/** Sets an item's entries; the oldest item goes first, so memory stays bounded however large the corpus. */
const setEntries = (items: Map<string, ItemEntries>, key: string, entries: ItemEntries) => {
  if (!items.has(key) && items.size >= maxItems) items.delete(items.keys().next().value!)
  items.set(key, entries)
  return entries
}

const variant = (locale: string, siteUrl: string) => `${locale} ${siteUrl}`

/**
 * The rendering stored for this sequence number, if still fresh. Only a reader that read the
 * change log row before the item stores one, so it is never older than the change that number
 * stands for.
 */
export const cachedRendering = (
  payload: Payload,
  type: string,
  id: string,
  locale: string,
  siteUrl: string,
  sequence: number,
): { rendered: Rendered } | undefined => {
  const entry = caches.get(payload)?.get(`${type}:${id}`)?.variants.get(variant(locale, siteUrl))
  return entry && entry.sequence === sequence && entry.storedAt + ttlMs() > Date.now() ? { rendered: entry.rendered } : undefined
}

export const storeRendering = (
  payload: Payload,
  type: string,
  id: string,
  locale: string,
  siteUrl: string,
  sequence: number,
  rendered: Rendered,
): void => {
  if (ttlMs() === 0) return
  const items = itemsOf(payload)
  const key = `${type}:${id}`
  const entries = items.get(key) ?? setEntries(items, key, { quietUntil: 0, variants: new Map() })
  if (entries.quietUntil > Date.now()) return
  entries.variants.set(variant(locale, siteUrl), { sequence, storedAt: Date.now(), rendered })
}

/**
 * Drops every language of an item when it changes on this instance, and stores none of it for
 * the settle window: the save may not have committed yet, and a reader meanwhile still sees the
 * state before it.
 */
export const forgetRendered = (payload: Payload, type: string, id: string | number): void => {
  setEntries(itemsOf(payload), `${type}:${String(id)}`, { quietUntil: Date.now() + settleMs(), variants: new Map() })
}
