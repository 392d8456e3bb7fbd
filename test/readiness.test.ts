/**
 * Liveness and readiness: /healthz says the process is up, /readyz says whether it can serve
 * (the database answers). When the database goes away, /readyz turns 503 at once with a
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
    expect(res.body).toMatchObject({ status: 'ok', database: 'ok' })
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
