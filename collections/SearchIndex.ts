import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'
import { localeConfigs } from '../src/localization/locales'
import { searchTypes } from '../src/search/types'

export const searchIndexSlug = 'search-index'

/**
 * The site search's index (src/search): one row per public (document, language), kept in step
 * by hooks, so a query reads one table through any database adapter. Holds only what anyone may
 * read; only server code writes it.
 */
export const SearchIndex: CollectionConfig = {
  slug: searchIndexSlug,
  access: { create: nobody, delete: nobody, read: isAdmin, update: nobody },
  admin: { hidden: true, group: 'Distribution', useAsTitle: 'title' },
  fields: [
    { name: 'type', type: 'select', required: true, options: [...searchTypes] },
    { name: 'docId', type: 'text', required: true },
    { name: 'key', type: 'text', required: true },
    { name: 'locale', type: 'select', required: true, options: localeConfigs.map(({ code }) => code) },
    { name: 'slug', type: 'text', required: true },
    { name: 'title', type: 'text', required: true },
    { name: 'text', type: 'textarea' },
    { name: 'keyTitle', type: 'text', required: true },
    { name: 'content', type: 'textarea', required: true },
    { name: 'date', type: 'date', required: true },
  ],
  indexes: [{ fields: ['type', 'docId'] }, { fields: ['locale', 'key'] }],
}
