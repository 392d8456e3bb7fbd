/**
 * In-memory cache of the public site's page data, keyed by locale and path.
 *
 * Next's revalidatePath cannot help here: Payload's REST and admin writes reach the database
 * through Express, outside any Next request. Instead the site plugin's afterChange/afterDelete
 * hooks clear this cache in the same process, so the next request reads fresh data. One item
 * shows on many pages (home, lists, topic, zone and department pages, related items), so any
 * content change clears every entry: cheap, and never wrong.
 *
 * The store lives on globalThis: Next's server bundle and the tsx-loaded Payload config (whose
 * hooks clear it) are separate module graphs in one process.
 */
import type { PayloadRequest } from 'payload'

import { broadcastInvalidation } from '../cluster/bus'

type Entry = { value: Promise<unknown>; expires: number }
type Store = { entries: Map<string, Entry> }

const storeKey = Symbol.for('portal.siteCache')
const store: Store = ((globalThis as Record<symbol, Store | undefined>)[storeKey] ??= { entries: new Map() })

/** Bounds memory when readers walk far into paginated lists. */
const maxEntries = 2000
/**
 * Other instances clear this cache through Redis (src/cluster) when REDIS_URL is set; entries
 * expire anyway, so without Redis their changes show within this time.
 */
const ttlMs = 60_000

/** The cached value for a key, loading it once (concurrent readers share the same load). */
export const cached = <T>(key: string, load: () => Promise<T>): Promise<T> => {
  const now = Date.now()
  const hit = store.entries.get(key)
  if (hit && hit.expires > now) return hit.value as Promise<T>
  if (store.entries.size >= maxEntries) store.entries.delete(store.entries.keys().next().value as string)
  const value = load()
  const entry = { value, expires: now + ttlMs }
  store.entries.set(key, entry)
  // A failed load is not remembered.
  value.catch(() => {
    if (store.entries.get(key) === entry) store.entries.delete(key)
  })
  return value
}

export const clearSiteCache = (): void => store.entries.clear()

export const siteCacheSize = (): number => store.entries.size

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Resolves once the request's transaction is committed or rolled back (at most `limitMs`). */
const transactionSettled = async (req: PayloadRequest, limitMs = 10_000) => {
  for (let waited = 0; req.transactionID && waited < limitMs; waited += 20) await sleep(20)
}

/**
 * Clears now, and again after the write's transaction commits: a page read between the hook and
 * the commit would otherwise cache what the database held before.
 */
export const invalidateAfterWrite = (req: PayloadRequest): void => {
  clearSiteCache()
  broadcastInvalidation({ kind: 'site' })
  if (req.transactionID) void transactionSettled(req).then(clearSiteCache)
}
