import type { CollectionConfig } from 'payload'

import { isEditor } from '../src/access/isEditor'
import { isStaff } from '../src/access/isStaff'
import { targetLocaleOptions } from '../src/localization/locales'

/** Official terminology: one Chinese term and its approved rendering in each target language. */
export const Glossary: CollectionConfig = {
  slug: 'glossary',
  access: {
    create: isEditor,
    delete: isEditor,
    read: isStaff,
    update: isEditor,
  },
  admin: { useAsTitle: 'term', group: 'Translation', defaultColumns: ['term', 'approved', 'doNotTranslate'] },
  labels: { singular: 'Glossary term', plural: 'Glossary' },
  fields: [
    { name: 'term', type: 'text', label: 'Chinese term', required: true, unique: true, index: true },
    {
      name: 'approved',
      type: 'group',
      label: 'Approved rendering',
      fields: targetLocaleOptions.map(({ label, value }) => ({ name: value, label, type: 'text' as const })),
    },
    {
      name: 'doNotTranslate',
      type: 'checkbox',
      defaultValue: false,
      admin: { description: 'Keep the term as written (brand names, codes).' },
    },
    { name: 'notes', type: 'textarea' },
  ],
}
