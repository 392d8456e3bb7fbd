import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { targetLocaleOptions } from '../src/localization/locales'
import { urlField } from './fields/url'

/** Partner outlets that pull the feed. Keys and scopes are completed by the feed. */
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
  ],
}
