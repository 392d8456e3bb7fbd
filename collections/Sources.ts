import type { CollectionConfig } from 'payload'

import { slugField } from './fields/slug'
import { localizedText } from './fields/text'
import { urlField } from './fields/url'
import { referenceAccess } from './access'

/** Authoritative issuing departments (信源). */
export const Sources: CollectionConfig = {
  slug: 'sources',
  access: referenceAccess,
  admin: { useAsTitle: 'name', group: 'Taxonomy' },
  labels: { singular: 'Source department', plural: 'Source departments' },
  fields: [
    localizedText('name', true),
    localizedText('abbreviation'),
    urlField({ name: 'website' }),
    slugField(),
  ],
}
