import type { FieldAccess, GroupField } from 'payload'

import { isStaffField } from '../../src/access/isStaffField'
import { translationGroupName } from '../../src/translation/sourceFields'
import { translationMethods, translationStates } from '../../src/translation/states'

/** Only the workflow (endpoints, jobs, hooks) writes the state; no client can post it. */
const workflowOnly: FieldAccess = ({ req }) => req.context?.translationWorkflow === true

const options = (values: readonly string[]) => values.map((value) => ({ label: value.replace('_', ' '), value }))

/**
 * Per-language workflow record kept on every translatable document: state, how it was made,
 * who reviewed it and when, and what Chinese text it was made from.
 */
export const translationField = (): GroupField => ({
  name: translationGroupName,
  type: 'group',
  localized: true,
  access: { create: workflowOnly, update: workflowOnly },
  admin: { position: 'sidebar', readOnly: true, description: 'Translation workflow for this language.' },
  fields: [
    { name: 'state', type: 'select', index: true, defaultValue: 'missing', options: options(translationStates) },
    { name: 'method', type: 'select', options: options(translationMethods) },
    { name: 'engine', type: 'text' },
    { name: 'translatedAt', type: 'date' },
    { name: 'reviewedBy', type: 'relationship', relationTo: 'users' },
    { name: 'reviewerDepartment', type: 'text' },
    { name: 'reviewedAt', type: 'date' },
    { name: 'sourceUpdatedAt', type: 'date', admin: { description: 'When the Chinese text it was made from was saved.' } },
    { name: 'sourceHashes', type: 'json', access: { read: isStaffField }, admin: { hidden: true } },
    { name: 'sourceSnapshot', type: 'json', access: { read: isStaffField }, admin: { hidden: true } },
    {
      name: 'outdatedFields',
      type: 'json',
      access: { read: isStaffField },
      admin: { description: 'Fields whose Chinese source changed since approval.' },
    },
    {
      name: 'terminology',
      type: 'json',
      access: { read: isStaffField },
      admin: { description: 'Glossary terms whose approved rendering is missing from this language.' },
    },
    {
      name: 'facts',
      type: 'json',
      access: { read: isStaffField },
      admin: { description: 'Numbers, dates, times, amounts, phones, links and document numbers that differ from the Chinese.' },
    },
    {
      name: 'factOverrides',
      type: 'json',
      access: { read: isStaffField },
      admin: { description: 'Fact findings a reviewer approved despite, with who, when and why.' },
    },
  ],
})
