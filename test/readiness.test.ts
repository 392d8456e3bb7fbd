/**
 * Liveness and readiness: /healthz says the process is up, /readyz says whether it can serve
 * (the database answers) and how the job queue is doing (a backlog is `degraded`, not down). When the database goes away, /readyz turns 503 at once with a
 * message saying so, while /healthz stays 200 so the orchestrator does not kill a process
 * that only needs its database back.
 */
import request from 'supertest'

import { startPortal, type Portal } from './support/portal'

let portal: Portal

beforeAll(async () => {
  portal = await startPortal()
})

// The database connection is already closed by the last test; closing it again may complain.
afterAll(() => portal.stop().catch(() => undefined))

describe('with the database up', () => {
  test('/healthz → 200 ok', async () => {
    const res = await request(portal.app).get('/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok' })
  })

  test('/readyz → 200 with database ok', async () => {
    const res = await request(portal.app).get('/readyz')
    expect(res.status).toBe(200)
    expect(res.headers['content-type']).toMatch(/json/)
    expect(res.body).toMatchObject({ status: 'ok', database: 'ok', jobs: { ready: 0 } })
  })
})

describe('job queue health', () => {
  const jobs = 'payload-jobs' as const
  afterAll(() => portal.payload.delete({ collection: jobs, where: { id: { exists: true } }, overrideAccess: true }))

  test('an idle queue is reported as ok, with who runs it', async () => {
    const res = await request(portal.app).get('/readyz')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({
      status: 'ok',
      database: 'ok',
      // The test environment sets JOBS_AUTORUN=false: a separate worker is expected.
      jobs: { runner: 'worker', processing: 0, ready: 0, overdue: 0, oldestReadySeconds: null, failedLastHour: 0 },
    })
  })

  test('a job left waiting too long makes the instance degraded (still 200) and says why', async () => {
    const fresh = await portal.payload.jobs.queue({ task: 'checkLinks', input: {}, queue: 'maintenance' })
    const stuck = await portal.payload.jobs.queue({
      task: 'checkLinks',
      input: {},
      queue: 'maintenance',
      waitUntil: new Date(Date.now() - 10 * 60_000),
    })
    const res = await request(portal.app).get('/readyz')
    expect(res.status).toBe(200)
    expect(res.body.status).toBe('degraded')
    expect(res.body.jobs).toMatchObject({ ready: 2, overdue: 1, failedLastHour: 0 })
    expect(res.body.jobs.oldestReadySeconds).toBeGreaterThanOrEqual(0)
    expect(res.body.issues).toEqual([
      expect.stringMatching(/1 job\(s\) ready for more than 5 minutes: is npm run worker running jobs\?/),
    ])

    // A job that failed for good is counted, not waited for.
    await portal.payload.update({ collection: jobs, id: stuck.id, data: { hasError: true }, overrideAccess: true })
    await portal.payload.update({ collection: jobs, id: fresh.id, data: { processing: true }, overrideAccess: true })
    const after = await request(portal.app).get('/readyz')
    expect(after.body).toMatchObject({ status: 'ok', jobs: { ready: 0, overdue: 0, processing: 1, failedLastHour: 1 } })
  })
})

describe('with the database gone', () => {
  beforeAll(async () => {
    await portal.payload.db.destroy?.()
  })

  test('/readyz → 503 quickly, saying the database is unreachable', async () => {
    const started = Date.now()
    const res = await request(portal.app).get('/readyz')
    const elapsed = Date.now() - started
    expect(res.status).toBe(503)
    expect(res.headers['content-type']).toMatch(/json/)
    expect(res.body.status).toBe('unavailable')
    expect(res.body.database).toMatch(/unreachable/i)
    // The readiness probe gives up within its own timeout (3 s) rather than hanging.
    expect(elapsed).toBeLessThan(3500)
  })

  test('/healthz is still 200', async () => {
    const res = await request(portal.app).get('/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toEqual({ status: 'ok' })
  })

  test('a REST read fails with an error status instead of hanging', async () => {
    const started = Date.now()
    const res = await request(portal.app).get('/api/sources')
    expect(res.status).toBeGreaterThanOrEqual(500)
    expect(Date.now() - started).toBeLessThan(5000)
  })
})
