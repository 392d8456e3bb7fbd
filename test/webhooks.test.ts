/**
 * Webhooks: partners whose scope includes a changed item get item.published, item.updated and
 * item.withdrawn events per language, signed with their secret, retried with backoff under the
 * same event id, logged, and replayable; drafts, unapproved languages and other partners' scopes
 * are never sent. The receiver runs on loopback and verifies with the README's snippet.
 */
import { createServer } from 'node:net'

import request from 'supertest'

import type { WebhookDelivery } from '../src/payload-types'
import { signatureHeader } from '../src/webhooks/signature'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'
import { type Receiver, startReceiver } from './support/webhookReceiver'

// Items link to the public site; the feed and the webhooks render them against the same origin.
process.env.PUBLIC_URL = 'https://portal.test'

let portal: Portal
let staff: Staff
let receiver: Receiver
let sourceId: string | number
let visa: string | number
let invest: string | number
let newsId: string | number
const partners: Record<string, { id: string | number; apiKey: string; webhookSecret: string }> = {}

const api = () => request(portal.app)
const as = (role: 'admin' | 'editor' | 'translator' | 'reviewer') => authFor(staff, role)

/** Works the webhooks queue until no job is left to run (waiting out the millisecond backoffs). */
const runWebhooks = async () => {
  for (let round = 0; round < 500; round += 1) {
    await portal.payload.jobs.run({ queue: 'webhooks', limit: 100, silent: true })
    const { totalDocs } = await portal.payload.count({
      collection: 'payload-jobs',
      where: { and: [{ queue: { equals: 'webhooks' } }, { completedAt: { exists: false } }, { hasError: { not_equals: true } }] },
    })
    if (totalDocs === 0) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('Webhook jobs are still waiting.')
}

/** What a receiver path processed, as "type locale" lines. */
const seen = (path: string) => receiver.events(path).map((event) => `${event.type} ${event.item.locale}`)

const createPartner = async (name: string, path: string | null, scope: Record<string, unknown> = {}) => {
  const res = await api()
    .post('/api/partners')
    .set(as('admin'))
    .send({ name, ...(path ? { webhookUrl: receiver.url(path) } : {}), ...scope })
  expect(res.status).toBe(201)
  const { id, apiKey, webhookSecret } = res.body.doc
  if (path) receiver.secrets.set(path, webhookSecret)
  partners[name] = { id, apiKey, webhookSecret }
  return partners[name]
}

const publishNews = async (title: string, slug: string, topics: (string | number)[]) => {
  const res = await api()
    .post('/api/news')
    .set(as('editor'))
    .send({ title, slug, source: sourceId, topics, _status: 'published' })
  expect(res.status).toBe(201)
  return res.body.doc.id as string | number
}

const deliveryOf = async (partner: string, eventId?: string) => {
  const { docs } = await portal.payload.find({
    collection: 'webhook-deliveries',
    where: { and: [{ partner: { equals: partners[partner].id } }, ...(eventId ? [{ eventId: { equals: eventId } }] : [])] },
    sort: '-createdAt',
    limit: 1,
  })
  return docs[0] as WebhookDelivery
}

/** A port nobody listens on. */
const closedPort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  receiver = await startReceiver()
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })).id
  visa = (await portal.payload.create({ collection: 'topics', data: { name: '签证', slug: 'visa' } })).id
  invest = (await portal.payload.create({ collection: 'topics', data: { name: '投资', slug: 'invest' } })).id
  await createPartner('World Daily', '/world', {
    allowedLocales: ['zh', 'en', 'ar'],
    allowedTypes: ['news'],
    allowedTopics: [visa],
  })
  await createPartner('English Only', '/en-only', { allowedLocales: ['en'], allowedTypes: ['news', 'services'] })
  await createPartner('Services Only', '/services', { allowedTypes: ['services'] })
  await createPartner('Invest Weekly', '/invest', { allowedTopics: [invest] })
  await createPartner('Suspended', '/suspended', { active: false, inactiveReason: 'contract ended' })
  await createPartner('Pull Only', null)
})

afterAll(async () => {
  await receiver?.close()
  await portal?.stop()
})

describe('events', () => {
  test('publishing sends item.published, signed, to the partners whose scope includes it', async () => {
    newsId = await publishNews('签证新政', 'visa-news', [visa])
    // A translator's Arabic draft is not approved: nobody hears of it.
    await api().patch(`/api/news/${newsId}?locale=ar`).set(as('translator')).send({ title: 'ARABIC DRAFT' })
    await runWebhooks()

    expect(seen('/world')).toEqual(['item.published zh'])
    const [first] = receiver.requests
    expect(first.verified).toBe(true)
    expect(first.headers['content-type']).toBe('application/json')
    expect(first.headers['user-agent']).toBe('InternationalServicesPortal-Webhooks/1')
    expect(first.headers['x-portal-signature']).toMatch(/^sha256=[0-9a-f]{64}$/)
    const event = JSON.parse(first.body)
    expect(Object.keys(event)).toEqual(['id', 'type', 'createdAt', 'item'])
    expect(event.id).toBe(first.eventId)
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/)
    // The item is exactly what the feed gives this partner.
    const fromFeed = await api()
      .get(`/feed/v1/items/news/${newsId}?locale=zh`)
      .set('Authorization', `Bearer ${partners['World Daily'].apiKey}`)
    expect(event.item).toEqual(fromFeed.body)

    await api().patch(`/api/news/${newsId}?locale=en`).set(as('translator')).send({ title: 'New visa rules', summary: 'Summary' })
    await runWebhooks()
    expect(seen('/world')).toEqual(['item.published zh'])
    await api().post(`/api/news/${newsId}/translation/en/approve`).set(as('reviewer')).expect(200)
    await runWebhooks()
    expect(seen('/world')).toEqual(['item.published zh', 'item.published en'])
    expect(seen('/en-only')).toEqual(['item.published en'])
    expect(receiver.events('/world')[1].item).toMatchObject({ title: 'New visa rules', locale: 'en' })
    expect(receiver.requests.every((each) => each.verified)).toBe(true)
  })

  test('a published edit sends item.updated; a draft or a save that changes nothing sends nothing', async () => {
    receiver.reset()
    await api()
      .patch(`/api/news/${newsId}?locale=zh`)
      .set(as('editor'))
      .send({ summary: '新的摘要', _status: 'published' })
      .expect(200)
    await runWebhooks()
    expect(seen('/world').sort()).toEqual(['item.updated en', 'item.updated zh'])
    expect(seen('/en-only')).toEqual(['item.updated en'])
    expect(receiver.events('/world').find((event) => event.item.locale === 'zh')?.item).toMatchObject({ summary: '新的摘要' })

    receiver.reset()
    await api()
      .patch(`/api/news/${newsId}?locale=zh&draft=true`)
      .set(as('editor'))
      .send({ title: '草稿标题', _status: 'draft' })
      .expect(200)
    await api()
      .post('/api/news')
      .set(as('editor'))
      .send({ title: '未发布', slug: 'unpublished', source: sourceId, topics: [visa], _status: 'draft' })
      .expect(201)
    // The same item again, as a repeated job would see it: the partner already has it.
    await portal.payload.jobs.queue({
      task: 'dispatchWebhooks',
      queue: 'webhooks',
      input: { itemType: 'news', itemId: String(newsId), locale: 'zh' },
    })
    await runWebhooks()
    expect(receiver.requests).toEqual([])
  })

  test('sending the English translation back withdraws it in English only', async () => {
    receiver.reset()
    await api().post(`/api/news/${newsId}/translation/en/send-back`).set(as('reviewer')).expect(200)
    await runWebhooks()
    const tombstone = { id: String(newsId), type: 'news', locale: 'en', deleted: true }
    expect(receiver.events('/world')).toEqual([expect.objectContaining({ type: 'item.withdrawn', item: tombstone })])
    expect(receiver.events('/en-only')).toEqual([expect.objectContaining({ type: 'item.withdrawn', item: tombstone })])
  })

  test('an item a partner never had is never withdrawn for it', async () => {
    receiver.reset()
    const investNews = await publishNews('投资新闻', 'invest-news', [invest])
    await runWebhooks()
    expect(seen('/invest')).toEqual(['item.published zh'])
    await api().delete(`/api/news/${investNews}`).set(as('editor')).expect(200)
    await runWebhooks()
    expect(seen('/invest')).toEqual(['item.published zh', 'item.withdrawn zh'])
    expect(seen('/world')).toEqual([])
  })

  test("other partners' scopes, inactive partners and unapproved languages never get an event", async () => {
    const { docs } = await portal.payload.find({ collection: 'webhook-deliveries', pagination: false, depth: 0 })
    const events = docs as WebhookDelivery[]
    const nobodyElse = ['Services Only', 'Suspended', 'Pull Only'].map((name) => partners[name].id)
    expect(events.filter((each) => nobodyElse.includes(each.partner as string | number))).toEqual([])
    expect(events.filter((each) => each.partner === partners['Invest Weekly'].id && each.itemId === String(newsId))).toEqual([])
    expect(events.filter((each) => each.partner === partners['English Only'].id && each.locale !== 'en')).toEqual([])
    expect(events.map((each) => each.locale)).not.toContain('ar')
  })

  test("moving an item to another topic withdraws it from one partner's view and publishes it in another's", async () => {
    receiver.reset()
    await api()
      .patch(`/api/news/${newsId}`)
      .set(as('editor'))
      .send({ topics: [invest], _status: 'published' })
      .expect(200)
    await runWebhooks()
    expect(seen('/world')).toEqual(['item.withdrawn zh'])
    expect(seen('/invest')).toEqual(['item.published zh'])
  })
})

describe('delivery', () => {
  test('a receiver that fails twice gets the event on the third attempt, and processes it once', async () => {
    await createPartner('Flaky Times', '/flaky', { allowedLocales: ['zh'] })
    receiver.reset()
    receiver.failNext('/flaky', 2)
    await publishNews('航班恢复', 'flights', [visa])
    await runWebhooks()

    const attempts = receiver.requests.filter((each) => each.path === '/flaky')
    expect(attempts).toHaveLength(3)
    expect(new Set(attempts.map((each) => each.eventId)).size).toBe(1)
    expect(new Set(attempts.map((each) => each.body)).size).toBe(1)
    expect(attempts.every((each) => each.verified)).toBe(true)
    expect(seen('/flaky')).toEqual(['item.published zh'])
    expect(await deliveryOf('Flaky Times', attempts[0].eventId)).toMatchObject({
      status: 'delivered',
      attempts: 3,
      lastStatusCode: 204,
      lastError: null,
      nextAttemptAt: null,
    })
    expect((await deliveryOf('Flaky Times')).deliveredAt).toBeTruthy()
  })

  test('a receiver that is down: failed after the last attempt with the error recorded, then replayed once it is back', async () => {
    const down = await createPartner('Down Daily', null, { allowedLocales: ['zh'] })
    await portal.payload.update({
      collection: 'partners',
      id: down.id,
      data: { webhookUrl: `http://127.0.0.1:${await closedPort()}/down` },
    })
    await publishNews('展会开幕', 'expo', [visa])
    await runWebhooks()

    const failed = await deliveryOf('Down Daily')
    expect(failed).toMatchObject({ status: 'failed', attempts: 7, lastStatusCode: null, nextAttemptAt: null, deliveredAt: null })
    expect(failed.lastError).toMatch(/ECONNREFUSED/)
    const { docs: jobs } = await portal.payload.find({
      collection: 'payload-jobs',
      where: { taskSlug: { equals: 'deliverWebhook' } },
      pagination: false,
    })
    const job = jobs.filter((each) => (each.input as { delivery: string }).delivery === String(failed.id))
    expect(job).toEqual([expect.objectContaining({ hasError: true, totalTried: 7 })])

    receiver.reset()
    receiver.secrets.set('/down', down.webhookSecret)
    await portal.payload.update({ collection: 'partners', id: down.id, data: { webhookUrl: receiver.url('/down') } })
    await api().post(`/api/webhook-deliveries/${failed.id}/replay`).set(as('admin')).expect(202)
    await runWebhooks()
    expect(receiver.events('/down')).toEqual([JSON.parse(failed.body)])
    expect(await deliveryOf('Down Daily')).toMatchObject({ status: 'delivered', attempts: 8, lastStatusCode: 204 })
  })

  test('an admin replays a delivered event with the same event id and body', async () => {
    const { docs } = await portal.payload.find({
      collection: 'webhook-deliveries',
      where: { and: [{ partner: { equals: partners['World Daily'].id } }, { eventType: { equals: 'item.published' } }] },
      sort: 'createdAt',
      limit: 1,
    })
    const first = docs[0] as WebhookDelivery
    expect(first.status).toBe('delivered')

    expect((await api().post(`/api/webhook-deliveries/${first.id}/replay`)).status).toBe(401)
    expect((await api().post(`/api/webhook-deliveries/${first.id}/replay`).set(as('editor'))).status).toBe(403)
    const unknown = await api().post('/api/webhook-deliveries/999999/replay').set(as('admin'))
    expect(unknown.status).toBe(404)

    receiver.reset()
    const replayed = await api().post(`/api/webhook-deliveries/${first.id}/replay`).set(as('admin'))
    expect(replayed.status).toBe(202)
    expect(replayed.body.eventId).toBe(first.eventId)
    await runWebhooks()
    expect(receiver.requests).toEqual([
      expect.objectContaining({ path: '/world', eventId: first.eventId, body: first.body, verified: true }),
    ])
    expect(await deliveryOf('World Daily', first.eventId)).toMatchObject({ status: 'delivered', attempts: 2 })
  })
})

describe('signatures and secrets', () => {
  test('the verifier rejects a wrong secret, body or timestamp, a stale request and a forged one', async () => {
    const { headers, body, path } = receiver.requests[0]
    const secret = receiver.secrets.get(path)!
    expect(receiver.verify(secret, headers, body)).toBe(true)
    expect(receiver.verify(partners['English Only'].webhookSecret, headers, body)).toBe(false)
    expect(receiver.verify(secret, headers, body.replace('"item.', '"item.x'))).toBe(false)
    const timestamp = Number(headers['x-portal-timestamp'])
    expect(receiver.verify(secret, { ...headers, 'x-portal-timestamp': String(timestamp - 1) }, body)).toBe(false)
    expect(receiver.verify(secret, { ...headers, 'x-portal-signature': undefined }, body)).toBe(false)

    const signedAt = (secondsAgo: number) => {
      const at = Math.floor(Date.now() / 1000) - secondsAgo
      return { 'x-portal-timestamp': String(at), 'x-portal-signature': signatureHeader(secret, at, body) }
    }
    expect(receiver.verify(secret, signedAt(4 * 60), body)).toBe(true)
    expect(receiver.verify(secret, signedAt(6 * 60), body)).toBe(false)

    receiver.reset()
    const forged = await fetch(receiver.url('/world'), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...signedAt(0), 'x-portal-signature': `sha256=${'0'.repeat(64)}` },
      body,
    })
    expect(forged.status).toBe(401)
    expect(receiver.events('/world')).toEqual([])
  })

  test('the webhook secret is created with the partner, shown to admins only, never set by a client, and rotated', async () => {
    const world = partners['World Daily']
    expect(world.webhookSecret).toMatch(/^whsec_[A-Za-z0-9_-]{43}$/)
    expect(world.webhookSecret).not.toBe(partners['English Only'].webhookSecret)
    const read = await api().get(`/api/partners/${world.id}`).set(as('admin'))
    expect(read.body.webhookSecret).toBe(world.webhookSecret)
    expect((await api().get(`/api/partners/${world.id}`).set(as('editor'))).status).toBe(403)
    const asPartner = await api().get('/api/partners/me').set('Authorization', `Bearer ${world.apiKey}`)
    expect(JSON.stringify(asPartner.body)).not.toContain(world.webhookSecret)

    await api().patch(`/api/partners/${world.id}`).set(as('admin')).send({ webhookSecret: 'whsec_forged' }).expect(200)
    expect((await api().get(`/api/partners/${world.id}`).set(as('admin'))).body.webhookSecret).toBe(world.webhookSecret)

    const path = `/api/partners/${world.id}/rotate-webhook-secret`
    expect((await api().post(path).set(as('editor'))).status).toBe(403)
    const rotated = await api().post(path).set(as('admin'))
    expect(rotated.status).toBe(200)
    expect(rotated.body.webhookSecret).toMatch(/^whsec_/)
    expect(rotated.body.webhookSecret).not.toBe(world.webhookSecret)

    // The receiver still holds the old secret: the next event fails its check, then passes with the new one.
    receiver.reset()
    await publishNews('签证费用调整', 'visa-fees', [visa])
    await runWebhooks()
    expect(receiver.requests.filter((each) => each.path === '/world').map((each) => each.verified)).toContain(false)
    receiver.secrets.set('/world', rotated.body.webhookSecret)
    await api()
      .post(`/api/webhook-deliveries/${(await deliveryOf('World Daily')).id}/replay`)
      .set(as('admin'))
      .expect(202)
    await runWebhooks()
    expect(seen('/world')).toEqual(['item.published zh'])
  })

  test('deliveries are read by admins only and written by nobody through the API', async () => {
    const delivery = await deliveryOf('World Daily')
    expect((await api().get('/api/webhook-deliveries').set(as('admin'))).body.totalDocs).toBeGreaterThan(0)
    expect((await api().get('/api/webhook-deliveries').set(as('editor'))).status).toBe(403)
    expect((await api().get('/api/webhook-deliveries')).status).toBe(403)
    expect((await api().post('/api/webhook-deliveries').set(as('admin')).send({ eventId: 'x' })).status).toBe(403)
    expect(
      (await api().patch(`/api/webhook-deliveries/${delivery.id}`).set(as('admin')).send({ status: 'delivered' })).status,
    ).toBe(403)
    expect((await api().delete(`/api/webhook-deliveries/${delivery.id}`).set(as('admin'))).status).toBe(403)
  })
})
