import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import type { FeedType } from '../feed/item'
import type { Locale } from '../localization/locales'
import type { LastEvent, WebhookEvent } from './events'
import { queueDelivery } from './queue'

export type ItemRef = { itemType: FeedType; itemId: string; locale: Locale }

/** The last event this partner was sent for the item in that language, if any. */
export const lastEvent = async (payload: Payload, partner: string | number, { itemType, itemId, locale }: ItemRef) => {
  const { docs } = await payload.find({
    collection: 'webhook-deliveries',
    where: {
      and: [
        { partner: { equals: partner } },
        { itemType: { equals: itemType } },
        { itemId: { equals: itemId } },
        { locale: { equals: locale } },
      ],
    },
    sort: '-createdAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] as LastEvent | undefined
}

/**
 * Logs the event and queues its delivery in one transaction: an event is never logged without
 * being sent, and a retried dispatch finds it logged and does not send it again.
 */
export const recordEvent = async (
  payload: Payload,
  partner: string | number,
  event: WebhookEvent,
  itemHash: string | null,
  ref: ItemRef,
): Promise<void> => {
  const req = await createLocalReq({}, payload)
  const owned = await initTransaction(req)
  try {
    const delivery = await payload.create({
      collection: 'webhook-deliveries',
      data: {
        ...ref,
        // Generated types say number (SQLite); ids are UUID strings on PostgreSQL.
        partner: partner as number,
        eventId: event.id,
        eventType: event.type,
        itemHash,
        body: JSON.stringify(event),
        status: 'pending',
      },
      overrideAccess: true,
      req,
    })
    await queueDelivery(payload, delivery.id, req)
    if (owned) await commitTransaction(req)
  } catch (error) {
    if (owned) await killTransaction(req)
    throw error
  }
}
