import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Payload } from 'payload'

/** How long the list of allowed origins is reused before it is read again. */
const cacheMs = 60_000

type OriginCache = { expires: number; origins: Promise<Set<string>> }
const caches = new WeakMap<Payload, OriginCache>()

/** Every browser origin some active partner allows; held briefly, and dropped when a partner changes here. */
export const activePartnerOrigins = (payload: Payload): Promise<Set<string>> => {
  const cached = caches.get(payload)
  if (cached && cached.expires > Date.now()) return cached.origins
  const origins = payload
    .find({
      collection: 'partners',
      where: { active: { not_equals: false } },
      pagination: false,
      depth: 0,
      select: { allowedOrigins: true },
      overrideAccess: true,
    })
    .then(({ docs }) => new Set(docs.flatMap((partner) => partner.allowedOrigins ?? [])))
  // A failed read is not remembered: the next preflight asks again.
  origins.catch(() => caches.delete(payload))
  caches.set(payload, { expires: Date.now() + cacheMs, origins })
  return origins
}

/** Partners afterChange / afterDelete: a changed origin list or active flag counts from the next preflight. */
export const forgetPartnerOrigins: CollectionAfterChangeHook & CollectionAfterDeleteHook = ({ req }) => {
  caches.delete(req.payload)
}
