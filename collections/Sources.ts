import type { CollectionConfig } from 'payload'

import { anyone } from '../src/access/anyone'
import { isEditor } from '../src/access/isEditor'
import { slugField } from './fields/slug'
import { localizedText } from './fields/text'
import { urlField } from './fields/url'

/** Authoritative issuing departments (信源). */
export const Sources: CollectionConfig = {
  slug: 'sources',
  access: {
    create: isEditor,
    delete: isEditor,
    read: anyone,
    update: isEditor,
  },
  admin: { useAsTitle: 'name', group: 'Taxonomy' },
  labels: { singular: 'Source department', plural: 'Source departments' },
  fields: [
    localizedText('name', true),
    localizedText('abbreviation'),
    urlField({ name: 'website' }),
    slugField(),
  ],
}
