import type { Server } from 'node:http'

import type { Payload } from 'payload'

import { closeClusterConnections } from '../cluster/redis'
import { closeRateLimitStores } from '../feed/rateLimit'

const pollMs = 100

type ShutdownOptions = { server: Server; payload: Payload; timeoutMs: number }

/**
 * Stops the web process without cutting anyone off: the port closes at once (new connections
 * are refused, so the load balancer moves on), requests in flight are answered, no new job is
 * started and a job run in progress (the autorun works the queue in this process) is let finish;
 * then the database is closed. Whatever is still running after timeoutMs is cut off.
 * Resolves true when everything finished in time.
 */
export const shutDownGracefully = async ({ server, payload, timeoutMs }: ShutdownOptions): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs
  const crons = payload.crons.splice(0)
  for (const cron of crons) cron.stop()
  let closed = false
  server.close(() => (closed = true))
  const finished = () => closed && crons.every((cron) => !cron.isBusy())
  while (!finished() && Date.now() < deadline) {
    // A keep-alive connection whose request has just been answered is closed, not left waiting for its next one.
    server.closeIdleConnections()
    await new Promise((resolve) => setTimeout(resolve, pollMs))
  }
  const inTime = finished()
  if (!inTime) {
    payload.logger.warn(`Shutdown: still busy after ${timeoutMs} ms; closing the remaining connections.`)
    server.closeAllConnections()
  }
  await closeRateLimitStores()
  await closeClusterConnections()
  await closeDatabase(payload).catch((error: Error) =>
    payload.logger.warn({ err: error, msg: 'Shutdown: closing the database failed' }),
  )
  return inTime
}

type SqlConnections = {
  client?: { close: () => void; execute: (sql: string) => Promise<unknown> }
  pool?: { end: () => Promise<void> }
}

/**
 * payload.destroy() leaves the SQL connections open. SQLite's write-ahead log is folded into the
 * database file and emptied first (the driver leaves a connection behind per transaction, so
 * closing ours does not do it), so a stopped portal's database is complete in one file.
 */
export const closeDatabase = async (payload: Payload): Promise<void> => {
  await payload.destroy()
  const db = payload.db as unknown as SqlConnections
  await db.client?.execute('PRAGMA wal_checkpoint(TRUNCATE)').catch(() => undefined)
  db.client?.close()
  // end() waits for every client to be returned; one left checked out must not hold the exit.
  await Promise.race([db.pool?.end(), new Promise((resolve) => setTimeout(resolve, 2000).unref())])
  // connect() opens a new client or pool only when there is none.
  db.client = undefined
  db.pool = undefined
}
