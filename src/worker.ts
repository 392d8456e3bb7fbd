/**
 * `npm run worker`: works the job queues in its own process, for deployments that run the web
 * process with JOBS_AUTORUN=false. Stops after the current job on SIGTERM.
 */
import { getPayload } from 'payload'

import config from './payload.config'
import { translationQueue } from './translation/endpoints/requestMachineTranslation'
import { webhooksQueue } from './webhooks/queue'

const intervalMs = Number(process.env.WORKER_INTERVAL_MS || 2000)
const queues = [translationQueue, webhooksQueue]
const payload = await getPayload({ config, cron: false })
let stopping = false
process.on('SIGTERM', () => (stopping = true))
process.on('SIGINT', () => (stopping = true))

payload.logger.info(`Job worker started (queues ${queues.join(', ')}, every ${intervalMs} ms).`)
while (!stopping) {
  for (const queue of queues) await payload.jobs.run({ queue, limit: 5 })
  await new Promise((resolve) => setTimeout(resolve, intervalMs))
}
payload.logger.info('Job worker stopped.')
process.exit(0)
