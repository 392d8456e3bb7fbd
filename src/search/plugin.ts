import type { Config, Plugin } from 'payload'

import { SearchIndex } from '../../collections/SearchIndex'
import { withAfterWriteHooks } from '../plugins/afterWriteHooks'
import { removeFromSearchIndex, updateSearchIndex } from './hooks/updateSearchIndex'
import type { SearchType } from './types'

/** The site search's index (collections/SearchIndex), kept in step with the listed collections. */
export const siteSearch =
  ({ collections }: { collections: readonly SearchType[] }): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...withAfterWriteHooks(config.collections ?? [], collections, {
        afterChange: updateSearchIndex,
        afterDelete: removeFromSearchIndex,
      }),
      SearchIndex,
    ],
  })
