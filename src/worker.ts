/**
 * `npm run worker`: works the job queue in its own process, for deployments that run the web
 * process with JOBS_AUTORUN=false. Stops after the current job on SIGTERM.
 */
import { getPayload } from 'payload'

import config from './payload.config'
import { translationQueue } from './translation/endpoints/requestMachineTranslation'

const intervalMs = Number(process.env.WORKER_INTERVAL_MS || 2000)
const payload = await getPayload({ config, cron: false })
let stopping = false
process.on('SIGTERM', () => (stopping = true))
process.on('SIGINT', () => (stopping = true))

payload.logger.info(`Job worker started (queue "${translationQueue}", every ${intervalMs} ms).`)
while (!stopping) {
  await payload.jobs.run({ queue: translationQueue, limit: 5 })
  await new Promise((resolve) => setTimeout(resolve, intervalMs))
}
payload.logger.info('Job worker stopped.')
process.exit(0)
