import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { nobody } from '../../src/access/nobody'
import { feedTypes } from '../../src/feed/item'
import { localeConfigs } from '../../src/localization/locales'
import { webhookEventTypes } from '../../src/webhooks/events'
import { replayEndpoint } from './endpoints'

/**
 * One webhook event for one partner and how its delivery went. Written only by the webhook jobs
 * (so read-only in the admin); the last event per (partner, item, language) is what the next
 * change is compared with.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: {
    group: 'Distribution',
    useAsTitle: 'eventId',
    defaultColumns: ['eventType', 'partner', 'itemType', 'itemId', 'locale', 'status', 'attempts', 'lastStatusCode', 'createdAt'],
    description: 'Every webhook event sent to partners, with its attempts. Replay re-sends an event with the same id.',
  },
  fields: [
    { name: 'partner', type: 'relationship', relationTo: 'partners', index: true },
    // The receiver's idempotency key: the same on every retry and replay.
    { name: 'eventId', type: 'text', required: true, unique: true, index: true },
    { name: 'eventType', type: 'select', required: true, options: [...webhookEventTypes] },
    { name: 'itemType', type: 'select', required: true, options: [...feedTypes] },
    { name: 'itemId', type: 'text', required: true },
    { name: 'locale', type: 'select', required: true, options: localeConfigs.map(({ code }) => code) },
    // What the partner saw in the event, to tell a real update from a save that changed nothing for it.
    { name: 'itemHash', type: 'text', admin: { hidden: true } },
    // The exact bytes sent, so every retry and replay carries the same body (JSON columns may reorder keys).
    { name: 'body', type: 'code', required: true, admin: { language: 'json' } },
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      index: true,
      options: ['pending', 'delivered', 'failed'],
      admin: { position: 'sidebar' },
    },
    { name: 'attempts', type: 'number', defaultValue: 0, admin: { position: 'sidebar' } },
    { name: 'lastStatusCode', type: 'number', admin: { position: 'sidebar' } },
    { name: 'lastError', type: 'textarea' },
    { name: 'deliveredAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    { name: 'nextAttemptAt', type: 'date', admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } } },
    {
      name: 'replay',
      type: 'ui',
      admin: { position: 'sidebar', disableListColumn: true, components: { Field: '/webhooks/admin/ReplayButton#ReplayButton' } },
    },
  ],
  endpoints: [replayEndpoint],
  indexes: [{ fields: ['partner', 'itemType', 'itemId', 'locale'] }],
}
