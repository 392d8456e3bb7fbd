/**
 * `npm run worker`: works the job queues in its own process, for deployments that run the web
 * process with JOBS_AUTORUN=false. Stops after the current job on SIGTERM.
 */
import './operations/checkConfiguration'

import { getPayload } from 'payload'

import config from './payload.config'
import { maintenanceQueue } from './jobs/maintenanceQueue'
import { scheduleQueue } from './jobs/scheduleQueue'
import { closeDatabase } from './operations/shutdown'
import { translationQueue } from './translation/endpoints/requestMachineTranslation'
import { webhooksQueue } from './webhooks/queue'

const intervalMs = Number(process.env.WORKER_INTERVAL_MS || 2000)
// The daily link check takes minutes, so its queue has a loop of its own: translations and
// webhooks keep moving meanwhile. It is never urgent, so it is polled only every 15 s, like the
// web process's cron. That cron queues scheduled jobs (even with JOBS_AUTORUN=false); the worker
// only runs them.
const loops = [
  { queues: [translationQueue, webhooksQueue, scheduleQueue], everyMs: intervalMs },
  { queues: [maintenanceQueue], everyMs: Math.max(intervalMs, 15_000) },
]
const payload = await getPayload({ config, cron: false })
let stopping = false
process.on('SIGTERM', () => (stopping = true))
process.on('SIGINT', () => (stopping = true))

payload.logger.info(`Job worker started (queues ${loops.flatMap(({ queues }) => queues).join(', ')}, every ${intervalMs} ms).`)
const work = async ({ queues, everyMs }: (typeof loops)[number]) => {
  while (!stopping) {
    // In steps of the interval, so a stop is noticed however long the pause.
    for (let waited = 0; waited < everyMs && !stopping; waited += intervalMs) {
      await new Promise((resolve) => setTimeout(resolve, intervalMs))
    }
    for (const queue of queues) if (!stopping) await payload.jobs.run({ queue, limit: 5 })
  }
}
await Promise.all(loops.map(work))
// Closed, so SQLite folds its write-ahead log back in and a restore finds the database at rest.
await closeDatabase(payload)
payload.logger.info('Job worker stopped.')
process.exit(0)
