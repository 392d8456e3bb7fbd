import type { CollectionConfig, TextField } from 'payload'

import { dateNotBefore } from './fields/dates'
import { sourceField, topicsField } from './fields/relations'
import { slugField } from './fields/slug'
import { localizedRichText, localizedText } from './fields/text'
import { urlField } from './fields/url'
import { referenceAccess } from './access'

/** 文号 such as 沪府办规〔2026〕5号: issuer abbreviation, year in 〔〕, serial number, 号. */
export const documentNumberPattern = /^[\p{Script=Han}A-Za-z0-9]{1,20}〔(?:19|20)\d{2}〕\d{1,5}号$/u

const documentNumber: TextField = {
  name: 'documentNumber',
  type: 'text',
  label: 'Document number (文号)',
  required: true,
  unique: true,
  index: true,
  admin: { description: 'For example 沪府办规〔2026〕5号.' },
  validate: (value: null | string | undefined) => {
    if (!value) return 'This field is required.'
    return documentNumberPattern.test(value.trim())
      ? true
      : 'Use the official form: issuer abbreviation, year in 〔〕, serial number and 号, e.g. 沪府办规〔2026〕5号.'
  },
}

export const PolicyDocuments: CollectionConfig = {
  slug: 'policy-documents',
  access: referenceAccess,
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'documentNumber', 'validity', 'effectiveDate'],
    group: 'Content',
  },
  fields: [
    localizedText('title', true),
    documentNumber,
    sourceField('Issuing department'),
    { name: 'issueDate', type: 'date', required: true },
    dateNotBefore('effectiveDate', { field: 'issueDate', label: 'issue date' }),
    dateNotBefore('expiryDate', { field: 'effectiveDate', label: 'effective date' }),
    {
      name: 'validity',
      type: 'select',
      required: true,
      defaultValue: 'in_force',
      options: [
        { label: 'Not yet in force', value: 'not_yet_effective' },
        { label: 'In force', value: 'in_force' },
        { label: 'Amended', value: 'amended' },
        { label: 'Repealed', value: 'repealed' },
        { label: 'Expired', value: 'expired' },
      ],
    },
    {
      name: 'replacedBy',
      type: 'relationship',
      relationTo: 'policy-documents',
      admin: { description: 'The document that replaces this one; interpretations of this one are flagged for review.' },
    },
    localizedRichText('fullText'),
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
    },
    urlField({ name: 'originalUrl', label: 'Original publication URL' }),
    slugField(),
    topicsField(),
  ],
}
