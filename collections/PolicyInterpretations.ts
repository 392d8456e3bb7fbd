import type { CollectionConfig } from 'payload'

import { qaArray } from './fields/qa'
import { publishedAtField } from './fields/publishedAt'
import { reviewCycleFields } from './fields/reviewCycle'
import { imageField, sourceField, topicsField, zonesField } from './fields/relations'
import { slugField } from './fields/slug'
import { localizedRichText, localizedText, localizedTextarea } from './fields/text'
import { editorialVersions } from './fields/versions'
import { editorialAccess } from './access'

export const PolicyInterpretations: CollectionConfig = {
  slug: 'policy-interpretations',
  access: editorialAccess('policy-interpretations'),
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'interprets', 'format', '_status'],
    group: 'Content',
  },
  fields: [
    localizedText('title', true),
    localizedTextarea('summary'),
    {
      name: 'keyPoints',
      type: 'array',
      fields: [localizedText('point', true)],
    },
    localizedRichText('body'),
    qaArray('questions'),
    imageField(),
    {
      name: 'interprets',
      type: 'relationship',
      relationTo: 'policy-documents',
      required: true,
      label: 'Policy document interpreted',
    },
    {
      name: 'audience',
      type: 'select',
      hasMany: true,
      options: [
        { label: 'Foreign residents', value: 'residents' },
        { label: 'Foreign professionals', value: 'professionals' },
        { label: 'Foreign students', value: 'students' },
        { label: 'Investors and businesses', value: 'businesses' },
        { label: 'Visitors', value: 'visitors' },
      ],
    },
    {
      name: 'format',
      type: 'select',
      required: true,
      defaultValue: 'text',
      options: [
        { label: 'Text', value: 'text' },
        { label: 'Q&A', value: 'qa' },
        { label: 'Graphic', value: 'graphic' },
      ],
    },
    {
      name: 'relatedServices',
      type: 'relationship',
      relationTo: 'services',
      hasMany: true,
    },
    ...reviewCycleFields(),
    slugField(),
    sourceField(),
    topicsField(),
    zonesField(),
    publishedAtField(),
  ],
  versions: editorialVersions,
}
