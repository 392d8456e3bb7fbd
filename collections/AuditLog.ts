import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { nobody } from '../src/access/nobody'
import { actorTypes, auditActions } from '../src/audit/actions'
import { refuseChanges } from '../src/audit/hooks/refuseChanges'

const label = (value: string) => value[0].toUpperCase() + value.slice(1).replaceAll('-', ' ')

/**
 * Who did what and when: append-only. Entries are written by src/audit/record with
 * overrideAccess; no API creates, edits or deletes one, and only admins read them.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  access: {
    create: nobody,
    delete: nobody,
    read: isAdmin,
    update: nobody,
  },
  admin: {
    group: 'Administration',
    useAsTitle: 'summary',
    defaultColumns: ['at', 'actor', 'action', 'title'],
    listSearchableFields: ['actor', 'title', 'documentId', 'summary'],
    description: 'Who published, withdrew, deleted, approved or changed what, and when. Entries cannot be changed.',
  },
  defaultSort: '-at',
  graphQL: { disableMutations: true },
  labels: { singular: 'Audit entry', plural: 'Audit log' },
  timestamps: false,
  fields: [
    {
      name: 'at',
      type: 'date',
      label: 'Time',
      required: true,
      index: true,
      defaultValue: () => new Date().toISOString(),
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'yyyy-MM-dd HH:mm:ss' } },
    },
    {
      name: 'actorType',
      type: 'select',
      required: true,
      index: true,
      options: actorTypes.map((value) => ({ label: label(value), value })),
    },
    {
      name: 'actorId',
      type: 'text',
      index: true,
      admin: { description: 'The id of the user or partner who acted; empty for the system (jobs, schedules).' },
    },
    { name: 'actor', type: 'text', index: true, admin: { description: 'Their email or name at the time.' } },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      options: auditActions.map((value) => ({ label: label(value), value })),
    },
    { name: 'collectionSlug', type: 'text', label: 'Collection', required: true, index: true },
    { name: 'documentId', type: 'text', required: true, index: true },
    { name: 'title', type: 'text', label: 'Document', admin: { description: 'Its title at the time.' } },
    { name: 'locale', type: 'text', index: true, admin: { description: 'The language acted on, when only one was.' } },
    { name: 'summary', type: 'textarea' },
    { name: 'requestId', type: 'text', index: true },
  ],
  hooks: {
    beforeOperation: [refuseChanges],
  },
}
