import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import { redisCommands } from './redis'

type Run = Payload['jobs']['run']

/** Held while a run lasts, renewed every third of it, so a crashed holder frees the queue within this time. */
const lockMs = 30_000
/** Deletes the lock only if this run still holds it. */
const release = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) end return 0"
const renew = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) end return 0"

/**
 * Makes `payload.jobs.run` (the worker's loop and the autorun cron alike) take a per-queue Redis
 * lock first. Payload 3.90 claims jobs on PostgreSQL by reading them and then marking them
 * `processing`, so two instances running one queue at the same moment can both take a job
 * (test/scaleOut.test.ts). With the lock only one instance runs a queue at a time; another
 * finds it busy and leaves the jobs to the holder. If Redis is unreachable no job runs (they
 * wait, rather than run twice). Without REDIS_URL nothing changes: run one worker.
 */
export const lockQueueRuns = (payload: Payload): void => {
  const run: Run = payload.jobs.run.bind(payload.jobs)
  const locked = async (args?: Parameters<Run>[0]) => {
    const redis = redisCommands()
    if (!redis) return run(args)
    const key = `portal:jobs-run:${args?.allQueues ? '*' : (args?.queue ?? 'default')}`
    const token = randomUUID()
    const taken = await redis.set(key, token, 'PX', lockMs, 'NX').catch((error: Error) => {
      payload.logger.warn(`Jobs: Redis is unreachable (${error.message}); queue ${key.slice(15)} waits for it.`)
      return null
    })
    if (taken !== 'OK') return { noJobsRemaining: false, remainingJobsFromQueried: 0 }
    const renewal = setInterval(() => void redis.eval(renew, 1, key, token, lockMs).catch(() => {}), lockMs / 3)
    try {
      return await run(args)
    } finally {
      clearInterval(renewal)
      await redis.eval(release, 1, key, token).catch(() => {})
    }
  }
  // Payload 3.90 declares run as returning a promise of a promise; it resolves to the result.
  payload.jobs.run = locked as unknown as Run
}
