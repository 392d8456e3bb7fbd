import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { targetLocaleOptions } from '../src/localization/locales'
import { nobody } from '../src/access/nobody'

/**
 * Which DeepL glossary serves each zh->target pair, and from which version of the `glossary`
 * terms it was built. Written only by the glossary sync (Local API with overrideAccess); admins
 * can look at it. One document per target language.
 */
export const DeeplGlossaries: CollectionConfig = {
  slug: 'deepl-glossaries',
  access: {
    create: nobody,
    delete: nobody,
    read: isAdmin,
    update: nobody,
  },
  admin: {
    useAsTitle: 'locale',
    group: 'Translation',
    defaultColumns: ['locale', 'entryCount', 'version', 'syncedAt'],
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  labels: { singular: 'DeepL glossary', plural: 'DeepL glossaries' },
  fields: [
    {
      name: 'locale',
      type: 'select',
      label: 'Target language',
      required: true,
      unique: true,
      index: true,
      options: targetLocaleOptions,
    },
    {
      name: 'glossaryId',
      type: 'text',
      label: 'DeepL glossary id',
      admin: { description: 'Empty when no term has a rendering in this language.' },
    },
    { name: 'version', type: 'text', required: true, admin: { description: 'Hash of the entries sent to DeepL.' } },
    { name: 'entryCount', type: 'number', min: 0, defaultValue: 0 },
    { name: 'syncedAt', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
  ],
}
