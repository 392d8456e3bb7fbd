import type { CollectionConfig } from 'payload'

import { imageField } from './fields/relations'
import { slugField } from './fields/slug'
import { localizedRichText, localizedText, localizedTextarea } from './fields/text'
import { urlField } from './fields/url'
import { referenceAccess } from './access'

export const Zones: CollectionConfig = {
  slug: 'zones',
  access: referenceAccess,
  admin: { useAsTitle: 'name', group: 'Taxonomy' },
  labels: { singular: 'Zone', plural: 'Zones' },
  fields: [
    localizedText('name', true),
    localizedTextarea('summary'),
    localizedRichText('description'),
    {
      name: 'highlights',
      type: 'array',
      fields: [localizedText('text', true)],
    },
    {
      name: 'contact',
      type: 'group',
      fields: [
        localizedTextarea('address'),
        { name: 'phone', type: 'text' },
        { name: 'email', type: 'email' },
        urlField({ name: 'website' }),
      ],
    },
    imageField('image'),
    slugField(),
  ],
}
