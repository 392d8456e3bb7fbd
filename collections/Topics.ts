import type { CollectionConfig, Validate } from 'payload'

import { slugField } from './fields/slug'
import { localizedText, localizedTextarea } from './fields/text'
import { referenceAccess } from './access'

type TopicRef = null | string | number | { id: string | number; parent?: TopicRef } | undefined

const idOf = (ref: TopicRef) => (ref && typeof ref === 'object' ? ref.id : ref)

/** A topic may not be its own ancestor. */
const noCycle: Validate = async (value, { id, req }) => {
  let current = idOf(value as TopicRef)
  for (let hops = 0; current && hops < 20; hops += 1) {
    if (id !== undefined && String(current) === String(id)) return 'A topic cannot be nested under itself.'
    const parent = await req.payload
      .findByID({ collection: 'topics', id: current, depth: 0, req, overrideAccess: true, disableErrors: true })
      .catch(() => null)
    current = idOf((parent as { parent?: TopicRef } | null)?.parent)
  }
  return true
}

export const Topics: CollectionConfig = {
  slug: 'topics',
  access: referenceAccess,
  admin: { useAsTitle: 'name', group: 'Taxonomy', defaultColumns: ['name', 'parent', 'slug'] },
  fields: [
    localizedText('name', true),
    localizedTextarea('description'),
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'topics',
      validate: noCycle,
      admin: { position: 'sidebar' },
    },
    slugField(),
  ],
}
