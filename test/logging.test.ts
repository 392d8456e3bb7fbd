/**
 * Structured request logs: one JSON line per request with its id, method, path, status and
 * duration; the id comes back as X-Request-Id and reaches the code serving the request; no key,
 * token, password or connection password ever reaches the log.
 */
import { Writable } from 'node:stream'

import express from 'express'
import { pino } from 'pino'
import request from 'supertest'

import { currentRequestId } from '../src/logging/requestContext'
import { loggerOptions } from '../src/logging/loggerOptions'
import { requestLogging } from '../src/logging/requestLog'
import { startPortal, type Portal } from './support/portal'

let portal: Portal
let key: string
let lines: string[] = []

const capture = new Writable({
  write(chunk, _encoding, done) {
    lines.push(...String(chunk).split('\n').filter(Boolean))
    done()
  },
})
const logged = () => lines.map((line) => JSON.parse(line) as Record<string, unknown>)

const deeplKey = 'f63c02c5-f056-4a4f-8a2e-6f6e0b1f2c3d:fx'

beforeAll(async () => {
  process.env.DEEPL_AUTH_KEY = deeplKey
  portal = await startPortal()
  // The portal's own logger options, writing where the test can read.
  portal.payload.logger = pino({ ...loggerOptions, level: 'debug' }, capture)
  const partner = await portal.payload.create({
    collection: 'partners',
    data: { name: 'Log Test Daily', allowedLocales: ['en'], allowedTypes: ['news'] },
    overrideAccess: true,
  })
  key = (partner as unknown as { apiKey: string }).apiKey
  expect(key).toMatch(/^isp_/)
})

afterAll(async () => {
  delete process.env.DEEPL_AUTH_KEY
  await portal.stop()
})

beforeEach(() => {
  lines = []
})

test('a request is logged once, as JSON, with its id, and the id is returned', async () => {
  const res = await request(portal.app)
    .get('/feed/v1/items?locale=en&limit=5')
    .set('Authorization', `Bearer ${key}`)
    .set('X-Request-Id', 'lb-1234.abc')
  expect(res.status).toBe(200)
  expect(res.headers['x-request-id']).toBe('lb-1234.abc')
  const entries = logged().filter((entry) => entry.msg === 'request')
  expect(entries).toHaveLength(1)
  expect(entries[0]).toMatchObject({
    level: 30,
    requestId: 'lb-1234.abc',
    method: 'GET',
    path: '/feed/v1/items?locale=en&limit=5',
    status: 200,
  })
  expect(typeof entries[0].ms).toBe('number')
})

test('without an acceptable X-Request-Id a new one is made', async () => {
  const none = await request(portal.app).get('/healthz')
  const forged = await request(portal.app)
    .get('/healthz')
    .set('X-Request-Id', `x"}{"admin":true ${'y'.repeat(200)}`)
  for (const res of [none, forged]) expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/)
  expect(none.headers['x-request-id']).not.toBe(forged.headers['x-request-id'])
  // Probes are logged at debug level only.
  expect(
    logged()
      .filter((entry) => entry.msg === 'request')
      .every((entry) => entry.level === 20),
  ).toBe(true)
})

test('the request id is available to the code serving the request, across awaits', async () => {
  const app = express()
    .use(requestLogging(portal.payload))
    .get('/id', async (_req, res) => {
      await portal.payload.count({ collection: 'users', overrideAccess: true })
      portal.payload.logger.info('inside the request')
      res.json({ id: currentRequestId() })
    })
  const res = await request(app).get('/id').set('X-Request-Id', 'trace-42')
  expect(res.body).toEqual({ id: 'trace-42' })
  // Lines logged while serving it carry the id too.
  expect(logged().find((entry) => entry.msg === 'inside the request')).toMatchObject({ requestId: 'trace-42' })
  expect(currentRequestId()).toBeUndefined()
})

test('keys, tokens, passwords and connection passwords never reach the log', async () => {
  await request(portal.app)
    .get(`/feed/v1/items?locale=en&api_key=${key}&token=abc123secret`)
    .set('Authorization', `Bearer ${key}`)
  await request(portal.app).get('/feed/v1/items?locale=en').set('Authorization', `Bearer ${key}x`)
  await request(portal.app).post('/api/users/login').send({ email: 'nobody@portal.test', password: 'hunter2-hunter2' })
  const log = portal.payload.logger
  log.info({ headers: { authorization: `Bearer ${key}`, cookie: 'payload-token=eyJabc.def.ghi' } }, 'outgoing call')
  log.info({ data: { password: 'hunter2-hunter2', webhookSecret: 'whsec-0123456789', apiKey: key } }, 'document')
  log.warn(`Redis at redis://:redispw-0123@cache:6379 and postgres://portal:pgpw-0123@db/portal are unreachable`)
  log.error({ err: new Error(`DeepL refused key ${deeplKey} (partner key ${key})`) }, 'failed')

  const text = lines.join('\n')
  expect(logged().filter((entry) => entry.msg === 'request').length).toBeGreaterThanOrEqual(3)
  expect(text).toContain('/feed/v1/items?locale=en&api_key=%5Bredacted%5D&token=%5Bredacted%5D')
  for (const secret of [
    key,
    key.slice(4),
    'abc123secret',
    'hunter2',
    'eyJabc',
    'whsec-0123456789',
    'redispw-0123',
    'pgpw-0123',
    deeplKey,
  ]) {
    expect(text).not.toContain(secret)
  }
  expect(text).toContain('postgres://portal:***@db/portal')
})
