import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionConfig, CollectionSlug } from 'payload'

/**
 * The listed collections with hooks appended after their own: what plugins that follow every
 * save and delete of some collections (feed changes, site cache, search index) have in common.
 */
export const withAfterWriteHooks = (
  collections: readonly CollectionConfig[],
  slugs: readonly CollectionSlug[],
  hooks: { afterChange: CollectionAfterChangeHook; afterDelete: CollectionAfterDeleteHook },
): CollectionConfig[] =>
  collections.map((collection) =>
    slugs.includes(collection.slug as CollectionSlug)
      ? {
          ...collection,
          hooks: {
            ...collection.hooks,
            afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
            afterDelete: [...(collection.hooks?.afterDelete ?? []), hooks.afterDelete],
          },
        }
      : collection,
  )
