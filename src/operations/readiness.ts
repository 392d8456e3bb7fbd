import type { RequestHandler } from 'express'
import type { Payload, Where } from 'payload'

/** A job ready to run for longer than this means nothing is working the queue. */
export const overdueAfterMs = 5 * 60_000

const withTimeout = <T>(promise: Promise<T>, ms: number): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref()),
  ])

const jobs = 'payload-jobs' as const

/** Jobs a runner would pick up now: the same conditions as Payload's runJobs. */
const readyToRun = (now: Date): Where => ({
  and: [
    { completedAt: { exists: false } },
    { hasError: { not_equals: true } },
    { processing: { equals: false } },
    { or: [{ waitUntil: { exists: false } }, { waitUntil: { less_than: now.toISOString() } }] },
  ],
})

/** Ready since before `cutoff`: due (waitUntil) then, or queued then without a due time. */
const readySince = (cutoff: Date): Where => ({
  or: [
    { and: [{ waitUntil: { exists: false } }, { createdAt: { less_than: cutoff.toISOString() } }] },
    { waitUntil: { less_than: cutoff.toISOString() } },
  ],
})

export type JobQueueHealth = {
  /** Who works the queue: this process's autorun crons, or a separate `npm run worker`. */
  runner: 'autorun' | 'worker'
  processing: number
  ready: number
  /** Ready for longer than overdueAfterMs. */
  overdue: number
  oldestReadySeconds: number | null
  failedLastHour: number
}

export const jobQueueHealth = async (payload: Payload): Promise<JobQueueHealth> => {
  const now = new Date()
  const count = (where: Where) =>
    payload.count({ collection: jobs, where, overrideAccess: true }).then(({ totalDocs }) => totalDocs)
  const [processing, ready, overdue, failedLastHour, oldest] = await Promise.all([
    count({ processing: { equals: true } }),
    count(readyToRun(now)),
    count({ and: [readyToRun(now), readySince(new Date(now.getTime() - overdueAfterMs))] }),
    count({
      and: [{ hasError: { equals: true } }, { updatedAt: { greater_than: new Date(now.getTime() - 3600_000).toISOString() } }],
    }),
    payload.find({
      collection: jobs,
      where: readyToRun(now),
      sort: 'createdAt',
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    }),
  ])
  const first = oldest.docs[0] as { createdAt: string; waitUntil?: string | null } | undefined
  const since = first ? Date.parse(first.waitUntil ?? first.createdAt) : null
  return {
    runner: payload.crons.length > 0 && process.env.JOBS_AUTORUN !== 'false' ? 'autorun' : 'worker',
    processing,
    ready,
    overdue,
    oldestReadySeconds: since === null ? null : Math.max(0, Math.round((now.getTime() - since) / 1000)),
    failedLastHour,
  }
}

/**
 * /readyz: 503 when the database does not answer (take this instance out of the load balancer);
 * 200 otherwise, `degraded` with the reason when jobs wait longer than they should (the site
 * still serves, but translations and webhooks are stuck: look at the worker).
 */
export const readiness =
  (payload: Payload, timeoutMs: number): RequestHandler =>
  async (_req, res) => {
    try {
      await withTimeout(payload.count({ collection: 'users', overrideAccess: true }), timeoutMs)
    } catch (error) {
      // The driver's message stays in the log: probes and load balancers need only the verdict.
      payload.logger.warn({ err: error, msg: 'Readiness check: database unreachable' })
      res.status(503).json({ status: 'unavailable', database: 'unreachable' })
      return
    }
    const queue = await withTimeout(jobQueueHealth(payload), timeoutMs).catch((error: Error) => {
      payload.logger.warn({ err: error, msg: 'Readiness check: job queue unreadable' })
      return null
    })
    const issues = [
      ...(queue === null ? ['the job queue could not be read'] : []),
      ...(queue && queue.overdue > 0
        ? [
            `${queue.overdue} job(s) ready for more than ${overdueAfterMs / 60_000} minutes: is ${queue.runner === 'autorun' ? 'this process' : 'npm run worker'} running jobs?`,
          ]
        : []),
    ]
    res.json({
      status: issues.length > 0 ? 'degraded' : 'ok',
      database: 'ok',
      jobs: queue ?? 'unknown',
      ...(issues.length > 0 ? { issues } : {}),
    })
  }
