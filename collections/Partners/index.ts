import type { CollectionConfig, FieldAccess } from 'payload'

import { isAdmin } from '../../src/access/isAdmin'
import { targetLocaleOptions } from '../../src/localization/locales'
import { urlField } from '../fields/url'
import { rotateKeyEndpoint } from './endpoints'
import { issueKeyOnCreate, revealKeyOnce } from './hooks/issueKey'

/** Partner outlets that pull the feed with an API key, scoped to languages, types and topics. */
/** Key fields are written by the key hooks and the rotate endpoint only, never by a client. */
const keyWriters: FieldAccess = ({ req }) => Boolean(req.context.rotatingKey || req.context.issuedApiKey)
const keyField = { access: { create: keyWriters, update: keyWriters } }

export const Partners: CollectionConfig = {
  slug: 'partners',
  access: {
    create: isAdmin,
    delete: isAdmin,
    read: isAdmin,
    update: isAdmin,
  },
  admin: { useAsTitle: 'name', group: 'Distribution' },
  fields: [
    { name: 'name', type: 'text', required: true },
    { name: 'contactEmail', type: 'email' },
    {
      name: 'allowedLocales',
      type: 'select',
      hasMany: true,
      options: [{ label: '中文', value: 'zh' }, ...targetLocaleOptions],
    },
    {
      name: 'allowedTypes',
      type: 'select',
      hasMany: true,
      options: ['news', 'policy-interpretations', 'services', 'policy-documents', 'zones'],
    },
    { name: 'allowedTopics', type: 'relationship', relationTo: 'topics', hasMany: true },
    urlField({ name: 'webhookUrl' }),
    { name: 'active', type: 'checkbox', defaultValue: true },
    { name: 'inactiveReason', type: 'text', admin: { description: 'Told to the partner when an inactive key is used.' } },
    {
      ...keyField,
      name: 'keyPrefix',
      type: 'text',
      admin: {
        readOnly: true,
        position: 'sidebar',
        description: 'Start of the current API key (the key itself is shown only once).',
      },
    },
    { ...keyField, name: 'keyIssuedAt', type: 'date', admin: { readOnly: true, position: 'sidebar' } },
    // Only the hash is stored; it is never readable through the API.
    { ...keyField, name: 'keyHash', type: 'text', unique: true, index: true, hidden: true },
  ],
  endpoints: [rotateKeyEndpoint],
  hooks: {
    beforeChange: [issueKeyOnCreate],
    afterOperation: [revealKeyOnce],
  },
}
