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
const queues = [translationQueue, webhooksQueue, maintenanceQueue]
const payload = await getPayload({ config, cron: false })
let stopping = false
process.on('SIGTERM', () => (stopping = true))
process.on('SIGINT', () => (stopping = true))

payload.logger.info(`Job worker started (queues ${queues.join(', ')}, every ${intervalMs} ms).`)
// Each queue in its own loop, so a long link check does not hold up translations and webhooks.
const work = async (queue: string) => {
  while (!stopping) {
    // Queues scheduled tasks when due (the daily link check), as the web process's crons do.
    await payload.jobs.handleSchedules({ queue })
    await payload.jobs.run({ queue, limit: 5 })
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
await Promise.all(queues.map(work))
payload.logger.info('Job worker stopped.')
process.exit(0)
