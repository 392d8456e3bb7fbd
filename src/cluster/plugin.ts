import type { Config, Plugin } from 'payload'

import { forgetRendered } from '../feed/itemCache'
import { forgetPages } from '../feed/pageCache'
import { forgetPartners } from '../feed/partnerKeys'
import { settleMs } from '../feed/settle'
import { clearSiteCache } from '../site/cache'
import { listenForInvalidations } from './bus'
import { lockQueueRuns } from './queueLock'

/**
 * What several instances on one database need (REDIS_URL): every instance's per-process caches
 * (site page data, feed items and pages, partners by key) follow writes made on the others, and
 * no two instances run the same job queue at once.
 */
export const clusterCoordination =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      lockQueueRuns(payload)
      listenForInvalidations(payload, (message) => {
        if (message.kind === 'feed-item') {
          forgetRendered(payload, message.type, message.id)
          forgetPages(payload)
        } else if (message.kind === 'partners') {
          forgetPartners(payload)
        } else {
          // The message may arrive before the writer's transaction commits: clear again once it has.
          clearSiteCache()
          setTimeout(clearSiteCache, settleMs()).unref()
        }
      })
    },
  })
