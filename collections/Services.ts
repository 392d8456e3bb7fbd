import type { CollectionConfig } from 'payload'

import { officesArray } from './fields/offices'
import { qaArray } from './fields/qa'
import { publishedAtField } from './fields/publishedAt'
import { reviewCycleFields } from './fields/reviewCycle'
import { imageField, sourceField, topicsField, zonesField } from './fields/relations'
import { slugField } from './fields/slug'
import { localizedRichText, localizedText, localizedTextarea } from './fields/text'
import { urlField } from './fields/url'
import { editorialVersions } from './fields/versions'
import { editorialAccess } from './access'

export const Services: CollectionConfig = {
  slug: 'services',
  access: editorialAccess('services'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'source', 'lastReviewedAt', '_status'],
    group: 'Content',
  },
  labels: { singular: 'Service guide', plural: 'Service guides' },
  fields: [
    localizedText('title', true),
    localizedTextarea('summary', true),
    localizedRichText('eligibility'),
    {
      name: 'materials',
      type: 'array',
      fields: [
        localizedText('name', true),
        localizedTextarea('notes'),
        { name: 'copies', type: 'number', min: 1 },
        { name: 'originalRequired', type: 'checkbox', defaultValue: false },
      ],
    },
    {
      name: 'steps',
      type: 'array',
      fields: [localizedText('title', true), localizedTextarea('description')],
    },
    localizedTextarea('fees'),
    localizedText('processingTime'),
    {
      name: 'onlineApplication',
      type: 'group',
      label: 'Online application (Government Online-Offline Shanghai)',
      fields: [
        urlField({ name: 'url', label: 'Application URL' }),
        {
          name: 'lastCheck',
          type: 'group',
          admin: { readOnly: true, description: 'Filled in by the link inspection job.' },
          fields: [
            { name: 'checkedAt', type: 'date' },
            { name: 'httpStatus', type: 'number' },
            { name: 'ok', type: 'checkbox' },
            { name: 'error', type: 'text' },
          ],
        },
      ],
    },
    officesArray(),
    {
      name: 'legalBasis',
      type: 'relationship',
      relationTo: 'policy-documents',
      hasMany: true,
    },
    qaArray(),
    localizedRichText('body'),
    imageField(),
    ...reviewCycleFields(),
    slugField(),
    sourceField(),
    topicsField(),
    zonesField(),
    publishedAtField(),
  ],
  versions: editorialVersions,
}
