import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Locale } from '../localization/locales'

export const feedStateSlug = 'feed-state' as CollectionSlug

type Row = { id: string | number; key: string; sequence: number }

let lastSequence = 0

/**
 * Microseconds since the epoch, never repeating or going back within this process: ordered
 * like the changes, and unlike "largest so far + 1" two concurrent saves cannot take the same
 * number (a clash inside a PostgreSQL transaction would abort the editor's save).
 */
const nextSequence = () => {
  lastSequence = Math.max(lastSequence + 1, Date.now() * 1000)
  return lastSequence
}

/**
 * Marks (item, language) pairs as changed: each moves to a fresh sequence number, after every
 * earlier change. Runs in the saving request's transaction, so a rolled-back save leaves no mark.
 */
export const markChanged = async (
  payload: Payload,
  itemType: string,
  itemId: string | number,
  locales: readonly Locale[],
  req?: PayloadRequest,
): Promise<void> => {
  for (const locale of locales) {
    const key = `${itemType}:${itemId}:${locale}`
    const sequence = nextSequence()
    const { docs } = await payload.find({
      collection: feedStateSlug,
      where: { key: { equals: key } },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const existing = docs[0] as unknown as Row | undefined
    if (existing) {
      await payload.update({ collection: feedStateSlug, id: existing.id, data: { sequence } as never, overrideAccess: true, req })
    } else {
      await payload.create({
        collection: feedStateSlug,
        data: { key, sequence, itemType, itemId: String(itemId), locale } as never,
        overrideAccess: true,
        req,
      })
    }
  }
}
