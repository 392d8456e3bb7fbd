import type { CollectionConfig } from 'payload'

import { isStaff } from '../src/access/isStaff'
import { targetLocaleOptions } from '../src/localization/locales'
import { nobody } from '../src/access/nobody'

/** One bulk machine-translation request and its progress (done / total), written by its job. */
export const TranslationBatches: CollectionConfig = {
  slug: 'translation-batches',
  access: { create: nobody, delete: nobody, read: isStaff, update: nobody },
  admin: {
    group: 'Translation',
    useAsTitle: 'label',
    defaultColumns: ['label', 'status', 'done', 'total', 'failed', 'updatedAt'],
  },
  labels: { singular: 'Bulk translation', plural: 'Bulk translations' },
  fields: [
    { name: 'label', type: 'text' },
    { name: 'targetCollection', type: 'text', required: true },
    // Not `locales`: its table would clash with the SQL adapters' table of localized fields.
    { name: 'languages', type: 'select', hasMany: true, options: targetLocaleOptions, required: true },
    { name: 'documents', type: 'json', admin: { description: 'Ids to translate, in order.' } },
    { name: 'completed', type: 'json', admin: { description: 'Ids already translated.' } },
    {
      name: 'status',
      type: 'select',
      defaultValue: 'queued',
      options: ['queued', 'running', 'done', 'failed'].map((value) => ({ label: value, value })),
    },
    { name: 'total', type: 'number' },
    { name: 'done', type: 'number', defaultValue: 0 },
    { name: 'failed', type: 'number', defaultValue: 0 },
    { name: 'requests', type: 'number', defaultValue: 0 },
    { name: 'billedCharacters', type: 'number', defaultValue: 0 },
    { name: 'message', type: 'textarea' },
    { name: 'requestedBy', type: 'relationship', relationTo: 'users' },
  ],
}
