import type { CollectionConfig } from 'payload'

/** Drafts and version history for editorial content; editors can schedule publish and unpublish (src/schedule). */
export const editorialVersions: CollectionConfig['versions'] = {
  drafts: { schedulePublish: true },
  maxPerDoc: 50,
}
