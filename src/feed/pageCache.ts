import type { Payload } from 'payload'

import { envMs } from './envMs'
import { settleMs } from './settle'

export type CachedPage = { body: string; etag: string; storedAt: number }

type Pages = { quietUntil: number; pages: Map<string, CachedPage> }

const defaultTtlMs = 2000
const maxPages = 200

/** How long a full page of GET /feed/v1/items is reused (FEED_PAGE_CACHE_MS, default 2 s; 0 turns it off). */
const ttlMs = (): number => envMs('FEED_PAGE_CACHE_MS', defaultTtlMs)

const caches = new WeakMap<Payload, Pages>()

const pagesOf = (payload: Payload) => {
  let pages = caches.get(payload)
  if (!pages) {
    pages = { quietUntil: 0, pages: new Map() }
    caches.set(payload, pages)
  }
  return pages
}

export const cachedPage = (payload: Payload, key: string): CachedPage | undefined => {
  const page = caches.get(payload)?.pages.get(key)
  return page && page.storedAt + ttlMs() > Date.now() ? page : undefined
}

/**
 * Keeps a full page (as many rows as asked for). Its rows are settled, so no change can still
 * join them: served again it is a page that was true a moment ago, and its `next` skips nothing.
 * The head of the log (a short page) is always read afresh.
 */
export const storePage = (payload: Payload, key: string, body: string, etag: string): void => {
  const cache = pagesOf(payload)
  if (ttlMs() === 0 || cache.quietUntil > Date.now()) return
  if (cache.pages.size >= maxPages) cache.pages.delete(cache.pages.keys().next().value!)
  cache.pages.set(key, { body, etag, storedAt: Date.now() })
}

/** Drops every page when an item changes on this instance, and keeps none until the change has settled. */
export const forgetPages = (payload: Payload): void => {
  caches.set(payload, { quietUntil: Date.now() + settleMs(), pages: new Map() })
}
