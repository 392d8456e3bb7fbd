import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, CollectionSlug, Config, Plugin } from 'payload'

import { invalidateAfterWrite } from './cache'

const afterChange: CollectionAfterChangeHook = ({ doc, req }) => {
  invalidateAfterWrite(req)
  return doc
}

const afterDelete: CollectionAfterDeleteHook = ({ req }) => {
  invalidateAfterWrite(req)
}

/** Any saved or deleted item of the listed collections refreshes the public site's page data. */
export const siteCacheRefresh =
  ({ collections }: { collections: CollectionSlug[] }): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      collections.includes(collection.slug as CollectionSlug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
            },
          }
        : collection,
    ),
  })
