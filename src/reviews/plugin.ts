import type { CollectionConfig, Config, Plugin, UIField } from 'payload'

import { withAdminView } from '../plugins/adminView'
import { type ReviewedCollection, reviewedCollections } from './cycles'
import { markReviewedEndpoint, upkeepEndpoint } from './endpoints'

/** Admin components, by path relative to `admin.importMap.baseDir` (src/). */
const adminComponents = {
  markReviewed: '/reviews/admin/MarkReviewedButton#MarkReviewedButton',
  navLink: '/reviews/admin/NavLink#ContentUpkeepNavLink',
  view: '/reviews/admin/UpkeepView#UpkeepView',
}

/** "Mark reviewed, still accurate" in the sidebar; stores nothing itself. */
const markReviewedButton: UIField = {
  name: 'markReviewed',
  type: 'ui',
  admin: { position: 'sidebar', disableListColumn: true, components: { Field: adminComponents.markReviewed } },
}

const isReviewed = (collection: CollectionConfig): collection is CollectionConfig & { slug: ReviewedCollection } =>
  (reviewedCollections as readonly string[]).includes(collection.slug)

const withMarkReviewed = (collection: CollectionConfig & { slug: ReviewedCollection }): CollectionConfig => {
  // Right after the review fields (collections/fields/reviewCycle.ts), where the editor looks.
  const after = collection.fields.findIndex((field) => 'name' in field && field.name === 'reviewBy') + 1
  return {
    ...collection,
    fields: after > 0 ? collection.fields.toSpliced(after, 0, markReviewedButton) : [...collection.fields, markReviewedButton],
    endpoints: [...(collection.endpoints || []), markReviewedEndpoint(collection.slug)],
  }
}

/**
 * Review cycles: "mark reviewed, still accurate" on service guides and policy interpretations
 * (sidebar button and POST /api/{collection}/:id/mark-reviewed), and the content-upkeep screen
 * (/admin/content-upkeep, with its navigation link) and its data (GET /api/reviews/upkeep).
 */
export const reviewCycles =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    admin: withAdminView(config.admin, {
      name: 'contentUpkeep',
      path: '/content-upkeep',
      Component: adminComponents.view,
      navLink: adminComponents.navLink,
    }),
    endpoints: [...(config.endpoints ?? []), upkeepEndpoint],
    collections: (config.collections ?? []).map((collection) =>
      isReviewed(collection) ? withMarkReviewed(collection) : collection,
    ),
  })
