import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { isAdminField } from '../../src/access/isAdminField'
import { feedTypes, type FeedType } from '../../src/feed/item'
import { forgetPartnerOrigins } from '../../src/feed/partnerOrigins'
import { defaultRateLimitTier, rateLimitTierOptions } from '../../src/feed/rateLimitTiers'
import { targetLocaleOptions } from '../../src/localization/locales'
import { originsField } from '../fields/origins'
import { urlField } from '../fields/url'
import { partnerApiKey } from './authStrategy'
import { rotateKeyEndpoint, rotateWebhookSecretEndpoint } from './endpoints'
import { issueKeyOnCreate, revealKeyOnce } from './hooks/issueKey'
import { issueWebhookSecretOnCreate } from './hooks/issueWebhookSecret'
import { noSessionTokens } from './hooks/noSessionTokens'

/** Key fields are written by the key hooks and the rotate endpoint only, never by a client. */
const keyWriters: FieldAccess = ({ req }) => Boolean(req.context.rotatingKey || req.context.issuedApiKey)
const keyField = { access: { create: keyWriters, update: keyWriters } }

const typeLabels: Record<FeedType, string> = {
  news: 'News',
  services: 'Service guides',
  'policy-interpretations': 'Policy interpretations',
}

/** Partner outlets that pull the feed with an API key, scoped to languages, types and topics. */
export const Partners: CollectionConfig = {
  slug: 'partners',
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: isAdmin,
    update: isAdmin,
  },
  admin: { useAsTitle: 'name', group: 'Distribution', defaultColumns: ['name', 'active', 'allowedLocales', 'keyPrefix'] },
  // The API key is a partner's only credential: no password, no login, on the feed and on /api alike.
  auth: { disableLocalStrategy: true, strategies: [partnerApiKey] },
  fields: [
    { name: 'name', type: 'text', required: true, admin: { description: 'The outlet or platform, as its people call it.' } },
    { name: 'contactEmail', type: 'email', admin: { description: 'Who to tell about key changes and outages.' } },
    {
      name: 'allowedLocales',
      type: 'select',
      hasMany: true,
      options: [{ label: '中文', value: 'zh' }, ...targetLocaleOptions],
      admin: {
        description:
          'Languages this partner may pull. Only approved translations are ever served. Leave empty for all languages.',
      },
    },
    {
      name: 'allowedTypes',
      type: 'select',
      hasMany: true,
      options: feedTypes.map((value) => ({ label: typeLabels[value], value })),
      admin: { description: 'Kinds of content this partner may pull. Leave empty for all of them.' },
    },
    {
      name: 'allowedTopics',
      type: 'relationship',
      relationTo: 'topics',
      hasMany: true,
      admin: { description: 'Only items on at least one of these topics are served. Leave empty for every topic.' },
    },
    originsField({
      name: 'allowedOrigins',
      admin: {
        description:
          'Web origins whose browser code may call the feed with this key (CORS), e.g. https://news.example.com. Server-to-server use needs none.',
      },
    }),
    {
      name: 'rateLimitTier',
      type: 'select',
      defaultValue: defaultRateLimitTier,
      options: rateLimitTierOptions,
      admin: { description: 'Requests per minute for this partner, shared by all its keys and app instances.' },
    },
    urlField({
      name: 'webhookUrl',
      admin: { description: 'Where the portal POSTs publish, update and withdraw events. Leave empty for no webhooks.' },
    }),
    {
      ...keyField,
      name: 'webhookSecret',
      type: 'text',
      // Admins copy it to the partner; nobody else reads it, and it is never logged.
      access: { ...keyField.access, read: isAdminField },
      admin: {
        readOnly: true,
        description: 'Signs webhook deliveries (X-Portal-Signature). Give it to the partner; rotate-webhook-secret replaces it.',
      },
      hooks: { beforeChange: [issueWebhookSecretOnCreate] },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      admin: {
        description: 'Untick to suspend the partner at once: its key stops working, and the feed tells it the reason below.',
      },
    },
    {
      name: 'inactiveReason',
      type: 'text',
      admin: { description: 'Told to the partner when a suspended key is used, e.g. "contract ended".' },
    },
    {
      ...keyField,
      name: 'keyPrefix',
      type: 'text',
      label: 'Key prefix',
      // Shown as the API key panel: the current key's start and date, and rotation.
      admin: { position: 'sidebar', components: { Field: '/feed/admin/ApiKeyPanel#ApiKeyPanel' } },
    },
    { ...keyField, name: 'keyIssuedAt', type: 'date', admin: { hidden: true } },
    // Only the hash is stored; it is never readable through the API.
    { ...keyField, name: 'keyHash', type: 'text', unique: true, index: true, hidden: true },
  ],
  endpoints: [rotateKeyEndpoint, rotateWebhookSecretEndpoint],
  hooks: {
    afterChange: [forgetPartnerOrigins],
    afterDelete: [forgetPartnerOrigins],
    beforeChange: [issueKeyOnCreate],
    beforeOperation: [noSessionTokens],
    afterOperation: [revealKeyOnce],
  },
}
