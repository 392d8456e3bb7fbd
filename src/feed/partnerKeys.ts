import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

import { broadcastInvalidation } from '../cluster/bus'
import type { Partner } from './authenticate'
import { settleMs } from './settle'

/** How long a partner found by its key is reused before it is read again. */
const cacheMs = 10_000

type Keys = { quietUntil: number; partners: Map<string, { partner: Partner; expires: number }> }
const caches = new WeakMap<Payload, Keys>()

const keysOf = (payload: Payload) => {
  let keys = caches.get(payload)
  if (!keys) {
    keys = { quietUntil: 0, partners: new Map() }
    caches.set(payload, keys)
  }
  return keys
}

/**
 * The partner whose key has this hash, or null. Found partners are held briefly (unknown keys are
 * always looked up, so a new key works at once and junk keys take no memory); any change to a
 * partner on this instance empties the cache, so a rotated key or a suspension counts at once
 * here, and within `cacheMs` on other instances.
 */
export const partnerByKeyHash = async (payload: Payload, keyHash: string): Promise<Partner | null> => {
  const cache = keysOf(payload)
  const cached = cache.partners.get(keyHash)
  if (cached && cached.expires > Date.now()) return cached.partner
  const partner = await payload.db.findOne<Partner>({
    collection: 'partners',
    where: { keyHash: { equals: keyHash } },
    select: { keyHash: false },
  })
  if (partner && cache.quietUntil <= Date.now()) cache.partners.set(keyHash, { partner, expires: Date.now() + cacheMs })
  return partner
}

/**
 * Forgets every partner, and caches none for the settle window, since the change may not have committed yet and a lookup meanwhile still reads the old
 * key.
 */
export const forgetPartners = (payload: Payload): void => {
  caches.set(payload, { quietUntil: Date.now() + settleMs(), partners: new Map() })
}

/** Partners afterChange / afterDelete: here at once, and on the other instances through the invalidation bus. */
export const forgetPartnerKeys: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ req }) => {
  forgetPartners(req.payload)
  broadcastInvalidation({ kind: 'partners' })
}
