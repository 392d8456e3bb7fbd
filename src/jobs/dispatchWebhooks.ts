import { JobCancelledError, type TaskConfig } from 'payload'

import { feedTypes } from '../feed/item'
import { visibleItem } from '../feed/visibleItem'
import { isLocale } from '../localization/locales'
import { type ItemRef, lastEvent, recordEvent } from '../webhooks/deliveries'
import { hashItem, newEvent, nextEventType } from '../webhooks/events'
import { mayReceive, webhookPartners } from '../webhooks/partners'

type DispatchInput = { itemType: string; itemId: string; locale: string }

const checkedRef = ({ itemType, itemId, locale }: DispatchInput): ItemRef => {
  if (!(feedTypes as readonly string[]).includes(itemType) || !isLocale(locale)) {
    throw new JobCancelledError(`Not a feed item: ${itemType} ${itemId} in ${locale}.`)
  }
  return { itemType: itemType as ItemRef['itemType'], itemId, locale }
}

/**
 * After an item changed in one language: renders it as each webhook partner sees it now and
 * queues the event that partner needs (published, updated or withdrawn), if any. Jobs for the
 * same item and language run one at a time, and a newer one replaces one still waiting: the
 * item is read when the job runs, so only its latest state matters.
 */
export const dispatchWebhooksTask: TaskConfig<{ input: DispatchInput; output: { events: number } }> = {
  slug: 'dispatchWebhooks',
  label: 'Work out the webhook events of a change',
  inputSchema: [
    { name: 'itemType', type: 'text', required: true },
    { name: 'itemId', type: 'text', required: true },
    { name: 'locale', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'events', type: 'number' }],
  retries: { attempts: 3, backoff: { type: 'exponential', delay: Number(process.env.WEBHOOK_RETRY_DELAY_MS || 60_000) } },
  concurrency: {
    key: ({ input }) => `dispatchWebhooks:${input.itemType}:${input.itemId}:${input.locale}`,
    exclusive: true,
    supersedes: true,
  },
  handler: async ({ input, req: { payload } }) => {
    const ref = checkedRef(input)
    const siteUrl = process.env.PUBLIC_URL || payload.config.serverURL
    let events = 0
    for (const partner of await webhookPartners(payload)) {
      if (!mayReceive(partner, ref.itemType, ref.locale)) continue
      // As anonymous readers see it, narrowed to the partner's scope: never a draft or an unapproved language.
      const item = await visibleItem(payload, partner, ref.itemType, ref.itemId, ref.locale, { siteUrl })
      const itemHash = item && hashItem(item)
      const eventType = nextEventType(await lastEvent(payload, partner.id, ref), itemHash)
      if (!eventType) continue
      const tombstone = { id: ref.itemId, type: ref.itemType, locale: ref.locale, deleted: true as const }
      await recordEvent(payload, partner.id, newEvent(eventType, item ?? tombstone), itemHash, ref)
      events += 1
    }
    return { output: { events } }
  },
}
