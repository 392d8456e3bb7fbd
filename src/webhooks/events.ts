import { createHash, randomUUID } from 'node:crypto'

import type { Locale } from '../localization/locales'
import type { FeedItem, FeedType } from '../feed/item'

export const webhookEventTypes = ['item.published', 'item.updated', 'item.withdrawn'] as const
export type WebhookEventType = (typeof webhookEventTypes)[number]

export type Tombstone = { id: string; type: FeedType; locale: Locale; deleted: true }

/** What a partner is told: the item as the feed shows it, or a tombstone when it left the partner's view. */
export type WebhookEvent = { id: string; type: WebhookEventType; createdAt: string; item: FeedItem | Tombstone }

/** The last event a partner was sent for one (item, language). */
export type LastEvent = { eventType: WebhookEventType; itemHash?: string | null }

export const hashItem = (item: FeedItem): string => createHash('sha256').update(JSON.stringify(item)).digest('hex')

/**
 * The event a partner needs, comparing what it sees now with what it was last sent: nothing when
 * it saw this very item already, and no tombstone for an item it never had.
 */
export const nextEventType = (last: LastEvent | undefined, currentHash: string | null): WebhookEventType | null => {
  const hadIt = last !== undefined && last.eventType !== 'item.withdrawn'
  if (currentHash === null) return hadIt ? 'item.withdrawn' : null
  if (!hadIt) return 'item.published'
  return last.itemHash === currentHash ? null : 'item.updated'
}

export const newEvent = (type: WebhookEventType, item: FeedItem | Tombstone): WebhookEvent => ({
  id: randomUUID(),
  type,
  createdAt: new Date().toISOString(),
  item,
})
