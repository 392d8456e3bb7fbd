import type { CollectionConfig } from 'payload'

/** Drafts and version history for editorial content. */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: true,
  maxPerDoc: 50,
}
