/**
 * Partner keys and the single-item feed endpoint: keys shown once, stored hashed, rotated and
 * suspended; items only when published and approved in that language and in the key's scope;
 * problems as application/problem+json.
 */
import request from 'supertest'

import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff
let key: string
let partnerId: string | number
let newsId: string | number
let topicId: string | number

let server: ReturnType<Portal['app']['listen']>
// One listening server, so absolute URLs in items (and so ETags) are stable between requests.
const feed = (path: string, apiKey = key) => request(server).get(`/feed/v1${path}`).set('Authorization', `Bearer ${apiKey}`)

beforeAll(async () => {
  portal = await startPortal()
  server = portal.app.listen(0)
  staff = await createStaff(portal)
  const source = await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })
  topicId = (await portal.payload.create({ collection: 'topics', data: { name: '签证', slug: 'visa' } })).id
  const otherTopic = await portal.payload.create({ collection: 'topics', data: { name: '投资', slug: 'invest' } })
  const news = await portal.payload.create({
    collection: 'news',
    data: { title: '签证新政', summary: '摘要', slug: 'visa-news', source: source.id, topics: [topicId], _status: 'published' },
  })
  newsId = news.id
  await request(portal.app)
    .patch(`/api/news/${newsId}?locale=en`)
    .set(authFor(staff, 'translator'))
    .send({ title: 'New visa rules', summary: 'Summary' })
  await request(portal.app).post(`/api/news/${newsId}/translation/en/approve`).set(authFor(staff, 'reviewer'))
  await request(portal.app)
    .patch(`/api/news/${newsId}?locale=ar`)
    .set(authFor(staff, 'translator'))
    .send({ title: 'ARABIC DRAFT' })
  await portal.payload.create({
    collection: 'news',
    data: { title: '投资新闻', slug: 'invest-news', source: source.id, topics: [otherTopic.id], _status: 'published' },
  })

  const created = await request(portal.app)
    .post('/api/partners')
    .set(authFor(staff, 'admin'))
    .send({ name: 'World Daily', allowedLocales: ['en', 'zh', 'ar'], allowedTypes: ['news'], allowedTopics: [topicId] })
  expect(created.status).toBe(201)
  key = created.body.doc?.apiKey ?? created.body.apiKey
  partnerId = created.body.doc.id
})

afterAll(async () => {
  server.close()
  await portal.stop()
})

describe('keys', () => {
  test('a key is shown once at creation and never readable again', async () => {
    expect(key).toMatch(/^isp_[A-Za-z0-9_-]{40,}$/)
    const read = await request(portal.app).get(`/api/partners/${partnerId}`).set(authFor(staff, 'admin'))
    expect(JSON.stringify(read.body)).not.toContain(key)
    expect(read.body.keyHash).toBeUndefined()
    expect(read.body.keyPrefix).toBe(key.slice(0, 12))
  })

  test('clients cannot set a key hash themselves', async () => {
    await request(portal.app)
      .patch(`/api/partners/${partnerId}`)
      .set(authFor(staff, 'admin'))
      .send({ keyHash: 'x', keyPrefix: 'forged' })
    expect((await feed(`/items/news/${newsId}?locale=en`)).status).toBe(200)
  })

  test('missing, unknown and rotated keys get 401; an inactive partner 403 with the reason', async () => {
    const missing = await request(portal.app).get(`/feed/v1/items/news/${newsId}?locale=en`)
    expect(missing.status).toBe(401)
    expect(missing.headers['content-type']).toMatch(/application\/problem\+json/)
    expect(missing.body).toMatchObject({ status: 401, title: 'Missing API key' })
    expect((await feed(`/items/news/${newsId}?locale=en`, 'isp_wrong')).status).toBe(401)

    const partner = await portal.payload.create({ collection: 'partners', data: { name: 'Rotating Times' } })
    const oldKey = (partner as unknown as { apiKey: string }).apiKey
    const rotated = await request(portal.app).post(`/api/partners/${partner.id}/rotate-key`).set(authFor(staff, 'admin'))
    expect(rotated.status).toBe(200)
    expect((await feed(`/items/news/${newsId}?locale=en`, oldKey)).status).toBe(401)
    expect((await feed(`/items/news/${newsId}?locale=en`, rotated.body.apiKey)).status).toBe(200)
    expect((await request(portal.app).post(`/api/partners/${partner.id}/rotate-key`).set(authFor(staff, 'editor'))).status).toBe(
      403,
    )

    await portal.payload.update({
      collection: 'partners',
      id: partner.id,
      data: { active: false, inactiveReason: 'contract ended' },
    })
    const inactive = await feed(`/items/news/${newsId}?locale=en`, rotated.body.apiKey)
    expect(inactive.status).toBe(403)
    expect(inactive.body.detail).toContain('contract ended')
  })
})

describe('GET /feed/v1/items/{type}/{id}', () => {
  test('an approved item in scope, with provenance and alternates', async () => {
    const res = await feed(`/items/news/${newsId}?locale=en`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ id: String(newsId), type: 'news', locale: 'en', title: 'New visa rules' })
    expect(res.body.translation).toMatchObject({ method: 'human' })
    expect(res.body.translation.reviewedAt).toBeTruthy()
    expect(res.body.alternates.map((a: { locale: string }) => a.locale)).toEqual(['zh'])
    // The source department is not translated yet: its Chinese name is given, never nothing.
    expect(res.body.source).toMatchObject({ name: '市政府外办' })
    expect(res.body.topics).toEqual([expect.objectContaining({ slug: 'visa', name: '签证' })])
    expect(res.headers.etag).toBeTruthy()
    const again = await feed(`/items/news/${newsId}?locale=en`).set('If-None-Match', res.headers.etag)
    expect(again.status).toBe(304)
  })

  test('an unapproved language, an out-of-scope topic or an unknown id are the same 404', async () => {
    const draftLanguage = await feed(`/items/news/${newsId}?locale=ar`)
    expect(draftLanguage.status).toBe(404)
    expect(JSON.stringify(draftLanguage.body)).not.toContain('ARABIC')
    const { docs } = await portal.payload.find({ collection: 'news', where: { slug: { equals: 'invest-news' } } })
    const outOfScope = await feed(`/items/news/${docs[0].id}?locale=zh`)
    const unknown = await feed('/items/news/999999?locale=zh')
    expect(outOfScope.status).toBe(404)
    expect(unknown.status).toBe(404)
    expect(outOfScope.body.title).toBe(unknown.body.title)
  })

  test('bad parameters get a problem a developer can act on', async () => {
    expect((await feed(`/items/news/${newsId}`)).body).toMatchObject({ status: 400, title: 'Missing locale' })
    expect((await feed(`/items/news/${newsId}?locale=jp`)).body).toMatchObject({ status: 400, title: 'Unknown locale' })
    expect((await feed(`/items/blogs/${newsId}?locale=en`)).body).toMatchObject({ status: 400, title: 'Unknown type' })
    expect((await feed(`/items/news/${newsId}?locale=ja`)).body).toMatchObject({ status: 403, title: 'Locale not in scope' })
    expect((await feed(`/items/services/1?locale=en`)).body).toMatchObject({ status: 403, title: 'Type not in scope' })
    expect((await feed('/nowhere')).status).toBe(404)
  })
})

describe('GET /feed/v1/items (incremental sync)', () => {
  type Page = { items: { id: string; deleted?: boolean; title?: string }[]; next: string }
  const page = async (query: string) => {
    const res = await feed(`/items?${query}`)
    expect(res.status).toBe(200)
    return res.body as Page
  }
  /** Follows `next` from a cursor until a page comes back empty; returns everything seen. */
  const drain = async (locale: string, cursor?: string, limit = 50) => {
    const seen: Page['items'] = []
    let next = cursor
    for (let pages = 0; pages < 50; pages += 1) {
      const body = await page(`locale=${locale}&limit=${limit}${next ? `&since=${encodeURIComponent(next)}` : ''}`)
      next = body.next
      if (body.items.length === 0) break
      seen.push(...body.items)
    }
    return { seen, next: next! }
  }

  test('a first sync gives the items in view, once each, page by page', async () => {
    const all = await drain('en')
    const byPage = await drain('en', undefined, 1)
    expect(byPage.seen).toEqual(all.seen)
    const visible = all.seen.filter((item) => !item.deleted)
    expect(visible.map((item) => item.title)).toEqual(['New visa rules'])
    expect(new Set(all.seen.map((item) => item.id)).size).toBe(all.seen.length)
  })

  test('later changes come once each: a Chinese edit, then a language sent back as a tombstone', async () => {
    const { next } = await drain('en')
    await request(portal.app)
      .patch(`/api/news/${newsId}?locale=zh`)
      .set(authFor(staff, 'editor'))
      .send({ summary: '新的摘要', _status: 'published' })
    const afterEdit = await drain('en', next)
    expect(afterEdit.seen).toEqual([expect.objectContaining({ id: String(newsId), title: 'New visa rules' })])

    await request(portal.app).post(`/api/news/${newsId}/translation/en/send-back`).set(authFor(staff, 'reviewer'))
    const afterSendBack = await drain('en', afterEdit.next)
    expect(afterSendBack.seen).toEqual([{ id: String(newsId), type: 'news', locale: 'en', deleted: true }])
    expect((await drain('en', afterSendBack.next)).seen).toEqual([])
  })

  test('a draft saved beside the published version is not a change', async () => {
    const { next } = await drain('zh')
    await request(portal.app).patch(`/api/news/${newsId}?locale=zh&draft=true`).set(authFor(staff, 'editor')).send({ title: '草稿', _status: 'draft' })
    expect((await drain('zh', next)).seen).toEqual([])
  })

  test('tampered, foreign or malformed cursors and bad limits are refused', async () => {
    const { next } = await page('locale=en')
    const [body, signature] = next.split('.')
    const forged = `${Buffer.from(JSON.stringify({ p: String(partnerId), s: 0 })).toString('base64url')}.${signature}`
    expect((await feed(`/items?locale=en&since=${forged}`)).body).toMatchObject({ status: 400, title: 'Bad cursor' })
    expect((await feed(`/items?locale=en&since=${body}`)).body).toMatchObject({ status: 400, title: 'Bad cursor' })
    const other = await request(portal.app).post('/api/partners').set(authFor(staff, 'admin')).send({ name: 'Other Post' })
    const otherKey = other.body.doc?.apiKey ?? other.body.apiKey
    expect((await feed(`/items?locale=en&since=${encodeURIComponent(next)}`, otherKey)).body).toMatchObject({ title: 'Bad cursor' })
    for (const limit of ['0', '101', 'ten']) {
      expect((await feed(`/items?locale=en&limit=${limit}`)).body).toMatchObject({ status: 400, title: 'Bad limit' })
    }
    expect((await feed('/items?locale=en&topic=no-such-topic')).body).toMatchObject({ status: 400 })
  })
})
