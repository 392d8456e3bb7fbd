import type { TaskConfig } from 'payload'

import { inspectLinks, type LinkCheckSummary } from '../links/inspect'
import { readLinkCheckCron, readLinkCheckOptions } from '../links/options'
import { linkStatuses } from '../links/statuses'
import { maintenanceQueue } from './maintenanceQueue'

const cron = readLinkCheckCron()

/**
 * Checks every outbound link of published content (src/links/inspect). Queued daily on the
 * maintenance queue (LINKCHECK_CRON) and by "check now"; one run at a time across instances.
 */
export const checkLinksTask: TaskConfig<{ input: object; output: LinkCheckSummary }> = {
  slug: 'checkLinks',
  label: 'Check outbound links',
  outputSchema: (['links', 'removed', ...linkStatuses] as const).map((name) => ({ name, type: 'number' as const })),
  retries: 1,
  concurrency: { key: () => 'checkLinks', exclusive: true },
  ...(cron ? { schedule: [{ cron, queue: maintenanceQueue }] } : {}),
  handler: async ({ req }) => ({ output: await inspectLinks(req.payload, readLinkCheckOptions()) }),
}
