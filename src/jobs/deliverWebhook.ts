import { JobCancelledError, type TaskConfig } from 'payload'

import { isHttpUrl } from '../../collections/fields/url'
import { idOf } from '../feed/visibleItem'
import type { WebhookDelivery } from '../payload-types'
import type { WebhookPartner } from '../webhooks/partners'
import { sendWebhook } from '../webhooks/send'

/** Retries after the first attempt; the waits double from WEBHOOK_RETRY_DELAY_MS (1, 2, 4 … 32 minutes by default). */
export const webhookRetries = 6
const retryDelayMs = Number(process.env.WEBHOOK_RETRY_DELAY_MS || 60_000)
const timeoutMs = () => Number(process.env.WEBHOOK_TIMEOUT_MS || 10_000)

/** Why nothing can be sent to this partner now, or null. Retrying would not help. */
const undeliverable = (partner: WebhookPartner | null): string | null => {
  if (!partner) return 'The partner no longer exists.'
  if (partner.active === false) return 'The partner is inactive.'
  if (!partner.webhookUrl) return 'The partner has no webhook URL.'
  if (!isHttpUrl(partner.webhookUrl)) return 'The webhook URL is not an http(s) URL.'
  if (!partner.webhookSecret) return 'The partner has no signing secret: rotate it, then replay.'
  return null
}

/**
 * POSTs one logged event to its partner's current webhook URL and records the attempt. A
 * network error or a non-2xx answer throws, so the queue retries with exponential backoff; after
 * the last attempt the delivery is marked failed (an admin can replay it).
 */
export const deliverWebhookTask: TaskConfig<{ input: { delivery: string }; output: { statusCode: number } }> = {
  slug: 'deliverWebhook',
  label: 'Deliver a webhook event',
  inputSchema: [{ name: 'delivery', type: 'text', required: true }],
  outputSchema: [{ name: 'statusCode', type: 'number' }],
  retries: { attempts: webhookRetries, backoff: { type: 'exponential', delay: retryDelayMs } },
  // A replay replaces a retry still waiting for its turn.
  concurrency: { key: ({ input }) => `deliverWebhook:${input.delivery}`, exclusive: true, supersedes: true },
  handler: async ({ input, job, req }) => {
    const { payload } = req
    const delivery = (await payload.findByID({
      collection: 'webhook-deliveries',
      id: input.delivery,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
    })) as WebhookDelivery | null
    if (!delivery) throw new JobCancelledError(`Webhook delivery ${input.delivery} no longer exists.`)
    const record = (data: Partial<WebhookDelivery>) =>
      payload.update({ collection: 'webhook-deliveries', id: delivery.id, data, overrideAccess: true, req })

    const partner = delivery.partner
      ? ((await payload.findByID({
          collection: 'partners',
          id: idOf(delivery.partner),
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })) as WebhookPartner | null)
      : null
    const refusal = undeliverable(partner)
    if (refusal) {
      await record({ status: 'failed', lastError: refusal, nextAttemptAt: null })
      throw new JobCancelledError(refusal)
    }

    const result = await sendWebhook({
      url: partner!.webhookUrl!,
      secret: partner!.webhookSecret!,
      eventId: delivery.eventId,
      body: delivery.body,
      timeoutMs: timeoutMs(),
    })
    const attempts = (delivery.attempts ?? 0) + 1
    if (result.ok) {
      await record({
        status: 'delivered',
        attempts,
        lastStatusCode: result.status,
        lastError: null,
        deliveredAt: new Date().toISOString(),
        nextAttemptAt: null,
      })
      return { output: { statusCode: result.status } }
    }
    // Earlier attempts of this job: a replay starts a new job, so a new round of retries.
    const tried = job.totalTried ?? 0
    const last = tried >= webhookRetries
    await record({
      status: last ? 'failed' : 'pending',
      attempts,
      lastStatusCode: result.status,
      lastError: result.error,
      nextAttemptAt: last ? null : new Date(Date.now() + retryDelayMs * 2 ** tried).toISOString(),
    })
    throw new Error(`Webhook ${delivery.eventId} not delivered: ${result.error}`)
  },
}
