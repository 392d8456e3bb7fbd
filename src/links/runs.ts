import type { Payload } from 'payload'

import { maintenanceQueue } from '../jobs/maintenanceQueue'

const task = 'checkLinks'

/** A link check that is running or due now (not the next scheduled one, which waits for its hour). */
export const pendingLinkCheck = async (payload: Payload): Promise<{ id: string | number; processing: boolean } | null> => {
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      and: [
        { taskSlug: { equals: task } },
        { completedAt: { exists: false } },
        { hasError: { not_equals: true } },
        {
          or: [
            { processing: { equals: true } },
            { waitUntil: { exists: false } },
            { waitUntil: { less_than_equal: new Date().toISOString() } },
          ],
        },
      ],
    },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { processing: true },
  })
  const job = docs[0]
  return job ? { id: job.id, processing: Boolean(job.processing) } : null
}

/** "Check now": queues a link check unless one is already running or due; answers the job. */
export const requestLinkCheck = async (payload: Payload): Promise<{ id: string | number; queued: boolean }> => {
  const pending = await pendingLinkCheck(payload)
  if (pending) return { id: pending.id, queued: false }
  const job = await payload.jobs.queue({ task, queue: maintenanceQueue, input: {} })
  return { id: job.id, queued: true }
}
