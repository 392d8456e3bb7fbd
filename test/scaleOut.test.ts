/**
 * Scale-out: two Payload instances on one PostgreSQL database and one Redis (a real redis-server
 * on loopback). They work the same queue at once and every job's side effect (a webhook POST)
 * happens once; a partner suspended on one is refused by the other's feed at once; a partner's
 * rate-limit budget is one budget across both.
 * PostgreSQL only: SQLite is one file for one instance.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { getPayload, type Payload } from 'payload'
import request from 'supertest'

import { closeClusterConnections } from '../src/cluster/redis'
import { closeRateLimitStores } from '../src/feed/rateLimit'
import config from '../src/payload.config'
import { createApp } from '../src/server'
import { type RedisServer, startRedis } from './support/redis'

const onPostgres = process.env.TEST_DATABASE === 'postgres'
const describeOnPostgres = onPostgres ? describe : describe.skip
if (!onPostgres)
  console.info('test/scaleOut.test.ts: skipped (needs TEST_DATABASE=postgres: two instances share one server database).')

const jobs = 30
let a: Payload
let b: Payload
let appA: ReturnType<typeof createApp>
let appB: ReturnType<typeof createApp>
let receiver: Server
let redis: RedisServer
const hits = new Map<string, number>()

describeOnPostgres('two instances on one PostgreSQL database', () => {
  beforeAll(async () => {
    receiver = createServer((req, res) => {
      const id = String(req.headers['x-portal-event-id'])
      hits.set(id, (hits.get(id) ?? 0) + 1)
      req.resume().on('end', () => res.writeHead(204).end())
    })
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve))
    redis = await startRedis()
    process.env.REDIS_URL = redis.url
    a = await getPayload({ config, key: 'instance-a' })
    b = await getPayload({ config, key: 'instance-b' })
    appA = createApp({ config, payload: a })
    appB = createApp({ config, payload: b })
  }, 60_000)

  afterAll(async () => {
    await closeClusterConnections()
    await closeRateLimitStores()
    await a?.destroy()
    await b?.destroy()
    receiver?.close()
    await redis?.stop()
    delete process.env.REDIS_URL
  })

  test('run the same queue concurrently: every job runs exactly once', async () => {
    const { port } = receiver.address() as AddressInfo
    const partner = await a.create({
      collection: 'partners',
      data: { name: 'Race Daily', webhookUrl: `http://127.0.0.1:${port}/hook` },
      overrideAccess: true,
    })
    for (let n = 0; n < jobs; n += 1) {
      const delivery = await a.create({
        collection: 'webhook-deliveries',
        data: {
          partner: partner.id,
          eventId: `event-${n}`,
          eventType: 'item.published',
          itemType: 'news',
          itemId: String(n),
          locale: 'en',
          body: JSON.stringify({ n }),
          status: 'pending',
        },
        overrideAccess: true,
      })
      await a.jobs.queue({ task: 'deliverWebhook', queue: 'webhooks', input: { delivery: String(delivery.id) } })
    }
    const waiting = () => a.count({ collection: 'payload-jobs', where: { completedAt: { exists: false } } })
    const work = async (instance: Payload) => {
      while ((await waiting()).totalDocs > 0) await instance.jobs.run({ queue: 'webhooks', limit: 3, silent: true })
    }
    await Promise.all([work(a), work(b), work(a), work(b)])
    expect(hits.size).toBe(jobs)
    expect([...hits.values()].filter((count) => count !== 1)).toEqual([])
  }, 60_000)

  test("a partner suspended on one instance is refused at once by the other's feed", async () => {
    const partner = await a.create({ collection: 'partners', data: { name: 'Moved Daily' } })
    const { apiKey } = partner as unknown as { apiKey: string }
    const onB = () => request(appB).get('/feed/v1/items?locale=en').set('Authorization', `Bearer ${apiKey}`)
    expect((await onB()).status).toBe(200)
    await a.update({ collection: 'partners', id: partner.id, data: { active: false, inactiveReason: 'moved' } })
    // B cached the partner for 10 s; A's write reaches it through Redis.
    const started = Date.now()
    while ((await onB()).status === 200 && Date.now() - started < 3000) await new Promise((resolve) => setTimeout(resolve, 50))
    expect((await onB()).status).toBe(403)
    expect(Date.now() - started).toBeLessThan(1500)
  })
  test("a partner gets its tier's budget once across both instances", async () => {
    const partner = await a.create({ collection: 'partners', data: { name: 'Busy Daily', rateLimitTier: 'basic' } })
    const { apiKey } = partner as unknown as { apiKey: string }
    const get = (app: typeof appA) => request(app).get('/feed/v1/items?locale=en').set('Authorization', `Bearer ${apiKey}`)
    // basic: 60 requests a minute, spent half on each instance.
    for (let n = 0; n < 30; n += 1) {
      expect((await get(appA)).status).toBe(200)
      expect((await get(appB)).status).toBe(200)
    }
    const refused = await get(appA)
    expect(refused.status).toBe(429)
    expect(refused.headers['retry-after']).toBeDefined()
    expect((await get(appB)).status).toBe(429)
  })
})
