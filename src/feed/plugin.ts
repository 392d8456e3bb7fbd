import type { CollectionSlug, Config, Plugin } from 'payload'

import { FeedState } from '../../collections/FeedState'
import { recordFeedChange, recordFeedDeletion } from './hooks/recordFeedChanges'

/** Records, for the listed collections, every change partners must hear about (see changeLog). */
export const feedChanges =
  ({ collections }: { collections: CollectionSlug[] }): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collections.includes(collection.slug as CollectionSlug)
          ? {
              ...collection,
              hooks: {
                ...collection.hooks,
                afterChange: [...(collection.hooks?.afterChange ?? []), recordFeedChange],
                afterDelete: [...(collection.hooks?.afterDelete ?? []), recordFeedDeletion],
              },
            }
          : collection,
      ),
      FeedState,
    ],
  })
