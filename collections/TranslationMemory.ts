import type { CollectionConfig } from 'payload'

import { isStaff } from '../src/access/isStaff'
import { targetLocaleOptions } from '../src/localization/locales'
import { nobody } from '../src/access/nobody'

/**
 * Machine translations of single segments, keyed by (source segment, target language, glossary
 * version[, tagged]) so that an edit re-bills only the segments that changed. Written only by the
 * translation code (Local API with overrideAccess); staff can read it.
 */
export const TranslationMemory: CollectionConfig = {
  slug: 'translation-memory',
  access: {
    create: nobody,
    delete: nobody,
    read: isStaff,
    update: nobody,
  },
  admin: {
    hidden: true,
    group: 'Translation',
    useAsTitle: 'key',
    defaultColumns: ['locale', 'source', 'translation', 'createdAt'],
  },
  labels: { singular: 'Translation memory entry', plural: 'Translation memory' },
  fields: [
    {
      name: 'key',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      admin: { description: 'sha256 of [source, language, glossary version, tagged].' },
    },
    { name: 'source', type: 'textarea', required: true },
    { name: 'locale', type: 'select', required: true, options: targetLocaleOptions },
    { name: 'glossaryVersion', type: 'text' },
    { name: 'translation', type: 'textarea', required: true },
    { name: 'engine', type: 'text' },
  ],
}
