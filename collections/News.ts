import type { CollectionConfig } from 'payload'

import { publishedAtField } from './fields/publishedAt'
import { imageField, sourceField, topicsField, zonesField } from './fields/relations'
import { slugField } from './fields/slug'
import { localizedRichText, localizedText, localizedTextarea } from './fields/text'
import { urlField } from './fields/url'
import { editorialVersions } from './fields/versions'
import { editorialAccess } from './access'

export const News: CollectionConfig = {
  slug: 'news',
  access: editorialAccess('news'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'source', 'publishedAt', '_status'],
    group: 'Content',
  },
  labels: { singular: 'News article', plural: 'News' },
  fields: [
    localizedText('title', true),
    localizedTextarea('summary'),
    localizedRichText('body'),
    imageField(),
    urlField({
      name: 'originalUrl',
      label: 'Original Chinese publication URL',
      admin: { description: 'Where the Chinese original was first published.' },
    }),
    slugField(),
    sourceField(),
    topicsField(),
    zonesField(),
    publishedAtField(),
  ],
  versions: editorialVersions,
}
