import type { Config, Plugin } from 'payload'

import { guardScheduleDeletion, guardScheduling } from './guardScheduling'

/**
 * Scheduled publishing and withdrawal (Payload's `schedulePublish`, on for editorial content in
 * collections/fields/versions.ts): only editors and admins may schedule. The jobs run in the
 * schedule queue (src/jobs/scheduleQueue.ts), worked by the autorun cron or `npm run worker`.
 */
export const scheduledPublishing =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    onInit: async (payload) => {
      await config.onInit?.(payload)
      guardScheduling(payload)
      guardScheduleDeletion(payload)
    },
  })
