import type { CollectionConfig } from 'payload'

import { isStaff } from '../../src/access/isStaff'
import { nobody } from '../../src/access/nobody'
import { errorKinds, linkStatuses } from '../../src/links/statuses'
import { localeConfigs } from '../../src/localization/locales'
import { reportEndpoint, runEndpoint } from './endpoints'

const sidebar = { position: 'sidebar' as const, readOnly: true }
const dateTime = { ...sidebar, date: { pickerAppearance: 'dayAndTime' as const } }

/**
 * One outbound link of published content: its current state, where it is used, and the results
 * of the last checks. Written only by the link check job; staff read it.
 */
export const LinkChecks: CollectionConfig = {
  slug: 'link-checks',
  access: { create: nobody, delete: nobody, read: isStaff, update: nobody },
  admin: {
    group: 'Governance',
    useAsTitle: 'url',
    defaultColumns: ['url', 'status', 'httpStatus', 'lastCheckedAt', 'firstBrokenAt'],
    description: 'Outbound links of published content, checked daily. "Broken links" in the navigation lists the ones that fail.',
    components: { beforeListTable: ['/links/admin/CheckNowButton#CheckNowButton'] },
  },
  labels: { singular: 'Link check', plural: 'Link checks' },
  fields: [
    { name: 'url', type: 'text', required: true, unique: true, index: true, admin: { readOnly: true } },
    { name: 'host', type: 'text', index: true, admin: { readOnly: true } },
    { name: 'status', type: 'select', required: true, index: true, options: [...linkStatuses], admin: sidebar },
    { name: 'httpStatus', type: 'number', admin: sidebar },
    { name: 'errorKind', type: 'select', options: [...errorKinds], admin: sidebar },
    { name: 'error', type: 'textarea', admin: { readOnly: true } },
    { name: 'finalUrl', type: 'text', admin: { readOnly: true, description: 'Where the redirects led.' } },
    {
      name: 'redirects',
      type: 'array',
      admin: { readOnly: true, description: 'Each address that redirected, in order.' },
      fields: [
        { name: 'url', type: 'text', required: true },
        { name: 'httpStatus', type: 'number', required: true },
      ],
    },
    { name: 'lastCheckedAt', type: 'date', index: true, admin: dateTime },
    {
      name: 'firstBrokenAt',
      type: 'date',
      admin: { ...dateTime, description: 'Since when the link has failed without a break.' },
    },
    {
      name: 'usages',
      type: 'array',
      admin: { readOnly: true, description: 'Where the link appears in published content.' },
      fields: [
        { name: 'collection', type: 'text', required: true, index: true },
        { name: 'docId', type: 'text', required: true },
        { name: 'title', type: 'text' },
        { name: 'fieldPath', type: 'text', required: true },
        {
          name: 'locale',
          type: 'select',
          options: localeConfigs.map(({ code }) => code),
          admin: { description: 'Empty: the field is the same in every language.' },
        },
      ],
    },
    {
      name: 'history',
      type: 'array',
      admin: { readOnly: true, description: 'The latest results, newest first.' },
      fields: [
        { name: 'checkedAt', type: 'date', required: true },
        { name: 'status', type: 'select', required: true, options: [...linkStatuses] },
        { name: 'httpStatus', type: 'number' },
        { name: 'error', type: 'text' },
        { name: 'durationMs', type: 'number' },
      ],
    },
  ],
  endpoints: [runEndpoint, reportEndpoint],
}
