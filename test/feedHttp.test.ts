/**
 * HTTP behaviour of the partner feed: gzip and br (feed and Payload API), CORS limited to each
 * partner's origins, per-partner rate limits in memory and, with REDIS_URL, shared by instances.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'

import { jest } from '@jest/globals'
import request from 'supertest'

import { closeRateLimitStores } from '../src/feed/rateLimit'
import { rateLimitTiers } from '../src/feed/rateLimitTiers'
import config from '../src/payload.config'
import { createApp } from '../src/server'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff
let server: ReturnType<Portal['app']['listen']>
let newsId: string | number
let itemPath: string

const partnerOrigin = 'https://news.example.com'
let corsPartner: { id: string | number; key: string }

/** Creates a partner through REST as an admin and returns its id and its one-time key. */
const createPartner = async (data: Record<string, unknown>) => {
  const res = await request(portal.app).post('/api/partners').set(authFor(staff, 'admin')).send(data)
  expect(res.status).toBe(201)
  return { id: res.body.doc.id as string | number, key: res.body.doc.apiKey as string }
}

type App = Parameters<typeof request>[0]
const keyed = (app: App, key: string, path = itemPath) => request(app).get(path).set('Authorization', `Bearer ${key}`)

beforeAll(async () => {
  portal = await startPortal()
  // One listening server, so absolute URLs in items (and so ETags) are stable between requests.
  server = portal.app.listen(0)
  staff = await createStaff(portal)
  const source = await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })
  const news = await portal.payload.create({
    collection: 'news',
    data: { title: '签证新政', summary: '摘要', slug: 'visa-news', source: source.id, _status: 'published' } as never,
  })
  newsId = news.id
  // Long enough that every answer is above the compression threshold (1 kB).
  await request(portal.app)
    .patch(`/api/news/${newsId}?locale=en`)
    .set(authFor(staff, 'translator'))
    .send({ title: 'New visa rules', summary: 'Visa holders may now extend their stay online. '.repeat(40) })
  await request(portal.app).post(`/api/news/${newsId}/translation/en/approve`).set(authFor(staff, 'reviewer'))
  itemPath = `/feed/v1/items/news/${newsId}?locale=en`
  corsPartner = await createPartner({ name: 'Browser Daily', allowedOrigins: [partnerOrigin, 'http://localhost:5173'] })
})

afterAll(async () => {
  await closeRateLimitStores()
  server.close()
  await portal.stop()
})

describe('compression', () => {
  test.each(['br', 'gzip'])('a keyed item in %s decodes to the same JSON, and its ETag still gives 304', async (encoding) => {
    const plain = await keyed(server, corsPartner.key).set('Accept-Encoding', 'identity')
    expect(plain.status).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()

    const compressed = await keyed(server, corsPartner.key).set('Accept-Encoding', encoding)
    expect(compressed.headers['content-encoding']).toBe(encoding)
    expect(compressed.headers.vary).toMatch(/Accept-Encoding/)
    expect(compressed.body).toEqual(plain.body)
    expect(compressed.headers.etag).toBe(plain.headers.etag)

    const notModified = await keyed(server, corsPartner.key)
      .set('Accept-Encoding', encoding)
      .set('If-None-Match', compressed.headers.etag)
    expect(notModified.status).toBe(304)
  })

  test.each(['br', 'gzip'])('public feeds and the Payload REST and GraphQL API answer in %s', async (encoding) => {
    const feed = await request(server).get('/feed/v1/en/feed.json').set('Accept-Encoding', encoding)
    expect(feed.headers['content-encoding']).toBe(encoding)
    expect(JSON.parse(feed.text).items[0].title).toBe('New visa rules')

    const rest = await request(server).get('/api/news?locale=en&depth=1').set('Accept-Encoding', encoding)
    expect(rest.status).toBe(200)
    expect(rest.headers['content-encoding']).toBe(encoding)
    expect(rest.body.docs[0]).toMatchObject({ id: newsId, title: 'New visa rules' })

    const graphql = await request(server)
      .post('/api/graphql')
      .set('Accept-Encoding', encoding)
      .send({ query: `{ allNews(locale: en) { docs { title summary } } }` })
    expect(graphql.status).toBe(200)
    expect(graphql.headers['content-encoding']).toBe(encoding)
    expect(graphql.body.data.allNews.docs[0].title).toBe('New visa rules')
  })

  test('health probes are never compressed', async () => {
    const res = await request(server).get('/healthz').set('Accept-Encoding', 'br, gzip')
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.headers.vary ?? '').not.toMatch(/Accept-Encoding/)
  })
})

describe('CORS', () => {
  const preflight = (origin: string, path = itemPath) =>
    request(server)
      .options(path)
      .set('Origin', origin)
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization')

  test("a partner's own origin may read the answer and its headers; any other origin may not", async () => {
    const allowed = await keyed(server, corsPartner.key).set('Origin', partnerOrigin)
    expect(allowed.status).toBe(200)
    expect(allowed.headers['access-control-allow-origin']).toBe(partnerOrigin)
    expect(allowed.headers.vary).toMatch(/Origin/)
    const exposed = allowed.headers['access-control-expose-headers'].split(', ')
    expect(exposed).toEqual(expect.arrayContaining(['ETag', 'RateLimit-Remaining', 'RateLimit-Reset', 'Retry-After', 'Link']))

    const other = await keyed(server, corsPartner.key).set('Origin', 'https://elsewhere.example')
    expect(other.status).toBe(200)
    expect(other.headers['access-control-allow-origin']).toBeUndefined()
    expect(other.headers.vary).toMatch(/Origin/)

    // Another partner's key does not open this partner's origin.
    const stranger = await createPartner({ name: 'No Browser Post' })
    const foreign = await keyed(server, stranger.key).set('Origin', partnerOrigin)
    expect(foreign.headers['access-control-allow-origin']).toBeUndefined()
  })

  test('a preflight is granted to an origin an active partner lists, and refused otherwise', async () => {
    const granted = await preflight(partnerOrigin)
    expect(granted.status).toBe(204)
    expect(granted.headers).toMatchObject({
      'access-control-allow-origin': partnerOrigin,
      'access-control-allow-methods': 'GET',
      'access-control-allow-headers': 'Authorization, If-None-Match',
      'access-control-max-age': '600',
    })
    expect(granted.headers.vary).toMatch(/Origin/)
    expect((await preflight('http://localhost:5173')).headers['access-control-allow-origin']).toBe('http://localhost:5173')

    const refused = await preflight('https://elsewhere.example')
    expect(refused.status).toBe(403)
    expect(refused.headers['access-control-allow-origin']).toBeUndefined()
    expect(refused.body.detail).toContain('https://elsewhere.example')
  })

  test('adding an origin or suspending the partner counts from the next preflight', async () => {
    const partner = await createPartner({ name: 'Late Adopter' })
    expect((await preflight('https://late.example')).status).toBe(403)
    await request(portal.app)
      .patch(`/api/partners/${partner.id}`)
      .set(authFor(staff, 'admin'))
      .send({ allowedOrigins: ['https://late.example'] })
    expect((await preflight('https://late.example')).status).toBe(204)
    await request(portal.app).patch(`/api/partners/${partner.id}`).set(authFor(staff, 'admin')).send({ active: false })
    expect((await preflight('https://late.example')).status).toBe(403)
  })

  test('public feeds are open to every origin', async () => {
    for (const file of ['rss.xml', 'atom.xml', 'feed.json']) {
      const res = await request(server).get(`/feed/v1/en/${file}`).set('Origin', 'https://anyone.example')
      expect(res.status).toBe(200)
      expect(res.headers['access-control-allow-origin']).toBe('*')
    }
    const res = await preflight('https://anyone.example', '/feed/v1/en/feed.json')
    expect(res.status).toBe(204)
    expect(res.headers['access-control-allow-origin']).toBe('*')
  })

  test('allowed origins must be origins: a bad value is a 400 and nothing is stored', async () => {
    const rejected = await request(portal.app)
      .post('/api/partners')
      .set(authFor(staff, 'admin'))
      .send({ name: 'Sloppy Origins', allowedOrigins: ['https://ok.example', 'https://ok.example/feed'] })
    expect(rejected.status).toBe(400)
    expect(JSON.stringify(rejected.body)).toContain('https://ok.example/feed')
    const { totalDocs } = await portal.payload.count({ collection: 'partners', where: { name: { equals: 'Sloppy Origins' } } })
    expect(totalDocs).toBe(0)

    for (const bad of [
      'http://news.example.com',
      'https://news.example.com/',
      'HTTPS://NEWS.EXAMPLE.COM',
      'ftp://x.example',
      '*',
    ]) {
      const res = await request(portal.app)
        .patch(`/api/partners/${corsPartner.id}`)
        .set(authFor(staff, 'admin'))
        .send({ allowedOrigins: [bad] })
      expect(res.status).toBe(400)
    }
    const stored = await portal.payload.findByID({ collection: 'partners', id: corsPartner.id, depth: 0 })
    expect(stored.allowedOrigins).toEqual([partnerOrigin, 'http://localhost:5173'])
  })
})

describe('rate limits', () => {
  const basicLimit = rateLimitTiers.basic

  /** Spends `count` requests of a budget, checking each is still answered. */
  const spend = async (app: App, key: string, count: number) => {
    for (let i = 0; i < count; i += 1) expect((await keyed(app, key)).status).toBe(200)
  }

  const expectExhausted = async (app: App, key: string) => {
    const res = await keyed(app, key).set('Origin', 'http://localhost:5173')
    expect(res.status).toBe(429)
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/)
    const retryAfter = Number(res.headers['retry-after'])
    expect(retryAfter).toBeGreaterThanOrEqual(1)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(res.headers['ratelimit-remaining']).toBe('0')
    expect(res.body.detail).toContain(`"basic" tier: ${basicLimit} requests per 60 seconds`)
    expect(res.body.detail).toContain(`Retry after ${retryAfter} seconds`)
    return res
  }

  test('a basic partner gets 429 after its budget, counted per partner across key rotation', async () => {
    const partner = await createPartner({
      name: 'Basic Weekly',
      rateLimitTier: 'basic',
      allowedOrigins: ['http://localhost:5173'],
    })
    const first = await keyed(server, partner.key)
    expect(first.headers['ratelimit-limit']).toBe(String(basicLimit))
    expect(first.headers['ratelimit-remaining']).toBe(String(basicLimit - 1))
    expect(Number(first.headers['ratelimit-reset'])).toBeGreaterThan(0)
    expect(Number(first.headers['ratelimit-reset'])).toBeLessThanOrEqual(60)

    await spend(server, partner.key, basicLimit / 2 - 1)
    const rotated = await request(portal.app).post(`/api/partners/${partner.id}/rotate-key`).set(authFor(staff, 'admin'))
    expect(rotated.status).toBe(200)
    await spend(server, rotated.body.apiKey, basicLimit / 2)
    const limited = await expectExhausted(server, rotated.body.apiKey)
    // The browser can read why: the partner's own origin sees the 429 and its headers.
    expect(limited.headers['access-control-allow-origin']).toBe('http://localhost:5173')

    const other = await keyed(server, corsPartner.key)
    expect(other.status).toBe(200)
    expect(other.headers['ratelimit-limit']).toBe(String(rateLimitTiers.standard))
  })

  test("the portal's own platforms are not limited", async () => {
    const partner = await createPartner({ name: 'Portal App', rateLimitTier: 'unlimited' })
    const res = await keyed(server, partner.key)
    expect(res.status).toBe(200)
    expect(res.headers['ratelimit-limit']).toBeUndefined()
  })

  describe('with REDIS_URL', () => {
    let redis: ChildProcess

    const freePort = () =>
      new Promise<number>((resolve) => {
        const probe = createServer().listen(0, '127.0.0.1', () => {
          const { port } = probe.address() as { port: number }
          probe.close(() => resolve(port))
        })
      })

    /** Builds an app as another instance would, its limiter store chosen by REDIS_URL. */
    const instance = (redisUrl: string) => {
      process.env.REDIS_URL = redisUrl
      try {
        return createApp({ config, payload: portal.payload })
      } finally {
        delete process.env.REDIS_URL
      }
    }

    /** What the rate limiters log at one level, and a wait until they have said `count` things. */
    const limiterLog = (level: 'info' | 'warn') => {
      const spy = jest.spyOn(portal.payload.logger, level)
      const messages = () =>
        spy.mock.calls.map(([message]) => String(message)).filter((message) => message.startsWith('Feed rate limits'))
      const waitFor = async (count: number) => {
        for (let tries = 0; tries < 250 && messages().length < count; tries += 1) {
          await new Promise((resolve) => setTimeout(resolve, 20))
        }
        return messages()
      }
      return { waitFor, restore: () => spy.mockRestore() }
    }

    let redisUrl: string
    beforeAll(async () => {
      const port = await freePort()
      redisUrl = `redis://127.0.0.1:${port}`
      redis = spawn('/usr/bin/redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'])
      await new Promise<void>((resolve, reject) => {
        redis.on('error', reject)
        redis.on('exit', (code) => reject(new Error(`redis-server exited with ${code}`)))
        redis.stdout!.on('data', (chunk: Buffer) => {
          if (chunk.toString().includes('Ready to accept connections')) resolve()
        })
      })
    })

    afterAll(() => {
      redis?.kill()
    })

    test('two instances share one budget', async () => {
      const log = limiterLog('info')
      const [first, second] = [instance(redisUrl), instance(redisUrl)]
      // Both instances connected, so no request is counted in memory instead.
      expect(await log.waitFor(2)).toEqual([expect.stringContaining(redisUrl), expect.stringContaining(redisUrl)])
      log.restore()
      const partner = await createPartner({ name: 'Shared Budget Times', rateLimitTier: 'basic' })
      expect((await keyed(first, partner.key)).headers['ratelimit-remaining']).toBe(String(basicLimit - 1))
      expect((await keyed(second, partner.key)).headers['ratelimit-remaining']).toBe(String(basicLimit - 2))
      await spend(first, partner.key, basicLimit / 2 - 1)
      await spend(second, partner.key, basicLimit / 2 - 1)
      await expectExhausted(first, partner.key)
      await expectExhausted(second, partner.key)
    })

    test('an unreachable Redis does not take the feed down: memory counts instead, with one warning', async () => {
      const log = limiterLog('warn')
      try {
        const app = instance(`redis://127.0.0.1:${await freePort()}`)
        const partner = await createPartner({ name: 'Offline Redis Post', rateLimitTier: 'basic' })
        const first = await keyed(app, partner.key)
        expect(first.status).toBe(200)
        expect(first.headers['ratelimit-remaining']).toBe(String(basicLimit - 1))
        await spend(app, partner.key, basicLimit - 1)
        await expectExhausted(app, partner.key)
        // ioredis has retried the connection many times by now; the log says so once.
        expect(await log.waitFor(1)).toEqual([expect.stringContaining('counting in memory')])
      } finally {
        log.restore()
      }
    })
  })
})
