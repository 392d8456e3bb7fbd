import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionConfig,
  CollectionSlug,
  Config,
  Plugin,
} from 'payload'

import { FeedState } from '../../collections/FeedState'
import { recordFeedChange, recordFeedDeletion } from './hooks/recordFeedChanges'
import { forgetPartnerKeys } from './partnerKeys'

const withHooks = (
  collection: CollectionConfig,
  afterChange: CollectionAfterChangeHook,
  afterDelete: CollectionAfterDeleteHook,
): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
    afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
  },
})

/**
 * Records, for the listed collections, every change partners must hear about (see changeLog),
 * and drops the feed's cached partners whenever a partner changes.
 */
export const feedChanges =
  ({ collections }: { collections: CollectionSlug[] }): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) => {
        if (collections.includes(collection.slug as CollectionSlug)) {
          return withHooks(collection, recordFeedChange, recordFeedDeletion)
        }
        return collection.slug === 'partners' ? withHooks(collection, forgetPartnerKeys, forgetPartnerKeys) : collection
      }),
      FeedState,
    ],
  })
