/**
 * `npm run worker`: works the job queues in its own process, for deployments that run the web
 * process with JOBS_AUTORUN=false. Stops after the current job on SIGTERM.
 */
import { getPayload } from 'payload'

import config from './payload.config'
import { maintenanceQueue } from './jobs/maintenanceQueue'
import { translationQueue } from './translation/endpoints/requestMachineTranslation'
import { webhooksQueue } from './webhooks/queue'

const intervalMs = Number(process.env.WORKER_INTERVAL_MS || 2000)
// The daily link check takes minutes, so its queue has a loop of its own: translations and
// webhooks keep moving meanwhile. The web process's crons queue scheduled jobs (even with
// JOBS_AUTORUN=false); the worker only runs them.
const loops = [[translationQueue, webhooksQueue], [maintenanceQueue]]
const payload = await getPayload({ config, cron: false })
let stopping = false
process.on('SIGTERM', () => (stopping = true))
process.on('SIGINT', () => (stopping = true))

payload.logger.info(`Job worker started (queues ${loops.flat().join(', ')}, every ${intervalMs} ms).`)
const work = async (queues: string[]) => {
  while (!stopping) {
    for (const queue of queues) await payload.jobs.run({ queue, limit: 5 })
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
await Promise.all(loops.map(work))
payload.logger.info('Job worker stopped.')
process.exit(0)
