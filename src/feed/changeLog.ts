import type { CollectionSlug, Payload, PayloadRequest } from 'payload'

import { broadcastInvalidation } from '../cluster/bus'
import type { Locale } from '../localization/locales'
import { forgetRendered } from './itemCache'
import { forgetPages } from './pageCache'

export const feedStateSlug = 'feed-state' as CollectionSlug

type Row = { id: string | number; key: string; sequence: number }

export type FeedStateRow = { sequence: number; itemType: string; itemId: string }

/** The change log row of one item in one language. */
export const feedStateKey = (itemType: string, itemId: string | number, locale: string): string =>
  `${itemType}:${itemId}:${locale}`

let lastSequence = 0
const floors = new WeakMap<Payload, Promise<void>>()

/**
 * Once per process, starts numbering after the newest number already stored: a restart with a
 * clock set back must not write numbers below those partners have passed.
 */
const raiseToStored = (payload: Payload, req?: PayloadRequest): Promise<void> => {
  let floor = floors.get(payload)
  if (!floor) {
    floor = payload.db
      .find<Row>({ collection: feedStateSlug, sort: '-sequence', limit: 1, pagination: false, req })
      .then(({ docs }) => {
        lastSequence = Math.max(lastSequence, docs[0]?.sequence ?? 0)
      })
    floor.catch(() => floors.delete(payload))
    floors.set(payload, floor)
  }
  return floor
}

/**
 * Microseconds since the epoch, never repeating or going back within this process: ordered like
 * the changes and comparable with the settle window. The sub-millisecond part comes from the
 * monotonic clock, so two instances saving in the same millisecond rarely pick the same number.
 */
const nextSequence = () => {
  const now = Date.now() * 1000 + Math.floor((performance.now() % 1) * 1000)
  lastSequence = Math.max(lastSequence + 1, now)
  return lastSequence
}

/**
 * Marks (item, language) pairs as changed: each moves to a fresh sequence number, after every
 * earlier change. Runs in the saving request's transaction, so a rolled-back save leaves no mark.
 * Talks to the database adapter directly: one read for the item's rows, then one statement per
 * language, where the collection API would add access checks, hooks and re-reads per row.
 */
export const markChanged = async (
  payload: Payload,
  itemType: string,
  itemId: string | number,
  locales: readonly Locale[],
  req?: PayloadRequest,
): Promise<void> => {
  await raiseToStored(payload, req)
  const keyOf = (locale: Locale) => feedStateKey(itemType, itemId, locale)
  const { docs } = await payload.db.find<Row>({
    collection: feedStateSlug,
    where: { key: { in: locales.map(keyOf) } },
    limit: 0,
    pagination: false,
    select: { key: true },
    req,
  })
  const existing = new Map(docs.map((row) => [row.key, row.id]))
  for (const locale of locales) {
    const key = keyOf(locale)
    const id = existing.get(key)
    const sequence = nextSequence()
    if (id !== undefined) {
      await payload.db.updateOne({ collection: feedStateSlug, id, data: { sequence }, req, returning: false })
    } else {
      const data = { key, sequence, itemType, itemId: String(itemId), locale }
      await payload.db.create({ collection: feedStateSlug, data, req, returning: false })
    }
  }
  forgetRendered(payload, itemType, itemId)
  forgetPages(payload)
  broadcastInvalidation({ kind: 'feed-item', type: itemType, id: String(itemId) })
}
