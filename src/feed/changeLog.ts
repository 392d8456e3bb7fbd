import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import type { Locale } from '../localization/locales'

export const feedStateSlug = 'feed-state' as CollectionSlug

type Row = { id: string | number; key: string; sequence: number }

const nextSequence = async (payload: Payload, req?: PayloadRequest) => {
  const { docs } = await payload.find({
    collection: feedStateSlug,
    sort: '-sequence',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return ((docs[0] as unknown as Row | undefined)?.sequence ?? 0) + 1
}

/**
 * Marks (item, language) pairs as changed: each moves to a fresh sequence number, after every
 * earlier change. Runs in the saving request's transaction, so a rolled-back save leaves no mark;
 * a unique-number clash with a concurrent writer is retried.
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
    for (let attempt = 0; ; attempt += 1) {
      try {
        const sequence = await nextSequence(payload, req)
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
          await payload.update({
            collection: feedStateSlug,
            id: existing.id,
            data: { sequence } as never,
            overrideAccess: true,
            req,
          })
        } else {
          await payload.create({
            collection: feedStateSlug,
            data: { key, sequence, itemType, itemId: String(itemId), locale } as never,
            overrideAccess: true,
            req,
          })
        }
        break
      } catch (error) {
        if (attempt >= 4) throw error
      }
    }
  }
}
