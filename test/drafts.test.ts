/**
 * Nothing unpublished reaches an anonymous reader, whatever the door: REST lists and single
 * reads, draft=true, locale=all, version endpoints, GraphQL, where-queries and depth on relations.
 * Every draft text carries a marker; no anonymous response may contain it.
 */
import request from 'supertest'

import { startPortal, type Portal } from './support/portal'
import { createStaff, type Staff } from './support/staff'

const SECRET = 'UNPUBLISHED-DRAFT-TEXT'

let portal: Portal
let staff: Staff
const ids: Record<string, string | number> = {}

const anon = () => request(portal.app)
const gql = (query: string, auth?: string) =>
  request(portal.app)
    .post('/api/graphql')
    .set(auth ? { Authorization: auth } : {})
    .send({ query })

const expectNoSecret = (res: request.Response) => {
  expect(JSON.stringify(res.body)).not.toContain(SECRET)
}

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  const { payload } = portal
  const source = await payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })
  const policy = await payload.create({
    collection: 'policy-documents',
    data: { title: '政策', documentNumber: '沪府办规〔2026〕1号', source: source.id, issueDate: '2026-01-01', slug: 'policy', validity: 'in_force' },
  })
  const common = { source: source.id }

  const published = await payload.create({
    collection: 'news',
    data: { ...common, title: '已发布新闻', slug: 'published-news', _status: 'published' },
  })
  ids.published = published.id
  // A newer draft saved on top of the published version.
  await payload.update({
    collection: 'news',
    id: published.id,
    locale: 'zh',
    data: { title: `${SECRET} 修改中的标题` },
    draft: true,
  })
  await payload.update({
    collection: 'news',
    id: published.id,
    locale: 'en',
    data: { title: `${SECRET} English draft` },
    draft: true,
  })

  ids.draftNews = (
    await payload.create({
      collection: 'news',
      data: { ...common, title: `${SECRET} 草稿新闻`, slug: 'draft-news', _status: 'draft' },
      draft: true,
    })
  ).id

  ids.draftService = (
    await payload.create({
      collection: 'services',
      data: { ...common, title: `${SECRET} 草稿服务`, summary: `${SECRET}`, slug: 'draft-service', _status: 'draft' },
      draft: true,
    })
  ).id
  ids.publishedService = (
    await payload.create({
      collection: 'services',
      data: { ...common, title: '签证延期', summary: '七日前申请', slug: 'visa-extension', _status: 'published' },
    })
  ).id
  ids.interpretation = (
    await payload.create({
      collection: 'policy-interpretations',
      data: {
        ...common,
        title: '政策解读',
        slug: 'interpretation',
        interprets: policy.id,
        format: 'text',
        relatedServices: [ids.draftService, ids.publishedService] as never,
        _status: 'published',
      },
    })
  ).id
})

afterAll(() => portal.stop())

describe('REST', () => {
  test('lists show published documents with their published text only', async () => {
    const res = await anon().get('/api/news')
    expect(res.status).toBe(200)
    expect(res.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['已发布新闻'])
    expectNoSecret(res)
  })

  test('a draft read by id is not found', async () => {
    const res = await anon().get(`/api/news/${ids.draftNews}`)
    expect(res.status).toBe(404)
    expectNoSecret(res)
  })

  test('draft=true gives the published version, not the draft', async () => {
    const list = await anon().get('/api/news?draft=true')
    expect(list.body.docs.map((doc: { title: string }) => doc.title)).toEqual(['已发布新闻'])
    expectNoSecret(list)
    const one = await anon().get(`/api/news/${ids.published}?draft=true&locale=zh`)
    expect(one.status).toBe(200)
    expectNoSecret(one)
    expectNoSecret(await anon().get(`/api/news/${ids.draftNews}?draft=true`))
  })

  test('locale=all does not reveal draft text in any language', async () => {
    for (const query of ['locale=all', 'locale=all&draft=true', 'locale=all&depth=3&draft=true']) {
      const res = await anon().get(`/api/news?${query}`)
      expect(res.status).toBe(200)
      expect(res.body.docs).toHaveLength(1)
      expectNoSecret(res)
    }
  })

  test('version history is closed to the public', async () => {
    const list = await anon().get('/api/news/versions')
    expect([401, 403]).toContain(list.status)
    expectNoSecret(list)
    const versions = await portal.payload.findVersions({ collection: 'news', limit: 1 })
    const one = await anon().get(`/api/news/versions/${versions.docs[0].id}`)
    expect([401, 403, 404]).toContain(one.status)
    expectNoSecret(one)
  })

  test('where-queries cannot find drafts', async () => {
    const byStatus = await anon().get('/api/news?where[_status][equals]=draft&draft=true')
    expect(byStatus.body.docs).toHaveLength(0)
    const byTitle = await anon().get(`/api/news?where[title][like]=${encodeURIComponent(SECRET)}&draft=true`)
    expect(byTitle.body.docs).toHaveLength(0)
    const count = await anon().get('/api/services/count')
    expect(count.body.totalDocs).toBe(1)
  })

  test('depth on a relation leaves a draft service unpopulated', async () => {
    for (const query of ['depth=2', 'depth=2&draft=true', 'depth=2&locale=all']) {
      const res = await anon().get(`/api/policy-interpretations/${ids.interpretation}?${query}`)
      expect(res.status).toBe(200)
      expectNoSecret(res)
      const titles = res.body.relatedServices
        .filter((service: unknown) => typeof service === 'object' && service)
        .map((service: { title: unknown }) => service.title)
      expect(JSON.stringify(titles)).toContain('签证延期')
    }
  })
})

describe('GraphQL', () => {
  test('lists and single reads ignore drafts', async () => {
    const list = await gql('{ allNews(draft: true, locale: zh) { docs { title } } }')
    expect(list.body.errors).toBeUndefined()
    expect(list.body.data.allNews.docs).toHaveLength(1)
    expectNoSecret(list)
    const one = await gql(`{ News(id: ${JSON.stringify(ids.published)}, draft: true, locale: en) { title } }`)
    expectNoSecret(one)
    const hidden = await gql(`{ News(id: ${JSON.stringify(ids.draftNews)}, draft: true) { title } }`)
    expect(hidden.body.data?.News ?? null).toBeNull()
    expectNoSecret(hidden)
  })

  test('version queries are forbidden', async () => {
    const res = await gql('{ versionsallNews { docs { version { title } } } }')
    expect(res.body.errors?.length).toBeGreaterThan(0)
    expectNoSecret(res)
  })

  test('relations do not populate drafts', async () => {
    const res = await gql(
      `{ PolicyInterpretation(id: ${JSON.stringify(ids.interpretation)}, draft: true) { relatedServices { title summary } } }`,
    )
    expectNoSecret(res)
    expect(JSON.stringify(res.body)).toContain('签证延期')
  })
})

describe('staff', () => {
  test('any signed-in role reads drafts and versions', async () => {
    for (const role of ['admin', 'editor', 'translator', 'reviewer'] as const) {
      const auth = { Authorization: staff[role].auth }
      const draft = await request(portal.app).get(`/api/news/${ids.draftNews}?draft=true`).set(auth)
      expect(draft.status).toBe(200)
      expect(draft.body.title).toContain(SECRET)
      const versions = await request(portal.app).get('/api/news/versions').set(auth)
      expect(versions.status).toBe(200)
    }
  })
})
