import type { Payload, PayloadRequest } from 'payload'

import type { Locale } from '../localization/locales'
import { mayReceive, webhookPartners } from './partners'

export const webhooksQueue = 'webhooks'

/**
 * After a save partners must hear about: one dispatch job per language that some partner's
 * webhook could cover. Queued in the saving request's transaction, so a rolled-back save sends
 * nothing and the job sees the committed item.
 */
export const queueDispatch = async (
  req: PayloadRequest,
  itemType: string,
  itemId: string | number,
  locales: readonly Locale[],
) => {
  const partners = await webhookPartners(req.payload, req)
  for (const locale of locales.filter((each) => partners.some((partner) => mayReceive(partner, itemType, each)))) {
    await req.payload.jobs.queue({
      task: 'dispatchWebhooks',
      queue: webhooksQueue,
      input: { itemType, itemId: String(itemId), locale },
      req,
    })
  }
}

/** Queues (another) round of attempts for a delivery; a retry of it still waiting is replaced. */
export const queueDelivery = (payload: Payload, delivery: string | number, req?: PayloadRequest) =>
  payload.jobs.queue({ task: 'deliverWebhook', queue: webhooksQueue, input: { delivery: String(delivery) }, req })
