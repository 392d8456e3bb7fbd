import type { RelationshipField, UploadField } from 'payload'

/** The issuing department every published item cites. */
export const sourceField = (label = 'Source department'): RelationshipField => ({
  name: 'source',
  type: 'relationship',
  relationTo: 'sources',
  required: true,
  label,
  admin: { position: 'sidebar' },
})

export const topicsField = (): RelationshipField => ({
  name: 'topics',
  type: 'relationship',
  relationTo: 'topics',
  hasMany: true,
  admin: { position: 'sidebar' },
})

export const zonesField = (): RelationshipField => ({
  name: 'zones',
  type: 'relationship',
  relationTo: 'zones',
  hasMany: true,
  admin: { position: 'sidebar' },
})

export const imageField = (name = 'heroImage'): UploadField => ({
  name,
  type: 'upload',
  relationTo: 'media',
})
