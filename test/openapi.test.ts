/**
 * The OpenAPI 3.1 document of /feed/v1 against the real feed: the document is well formed and its
 * schemas compile; real answers (sync pages, tombstones, rich items, 304s, every error, the
 * syndication feeds) fit it; every route is documented and every documented path answered; the
 * docs page and its assets load.
 */
import request from 'supertest'

import { newEvent } from '../src/webhooks/events'
import { signatureHeader } from '../src/webhooks/signature'
import { richText } from '../seed/richText'
import { makePng, workPermitService, type Id } from './support/fixtures'
import { at, pointer, specValidator } from './support/openapi'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

type Doc = Record<string, any> // eslint-disable-line @typescript-eslint/no-explicit-any

let portal: Portal
let server: ReturnType<Portal['app']['listen']>
let staff: Staff
let doc: Doc
let validator: ReturnType<typeof specValidator>
let key: string
let inactiveKey: string
let newsId: Id
let serviceId: Id
let serviceItem: Doc

// One listening server, so absolute URLs in items (and so ETags) are stable between requests.
const get = (path: string, apiKey?: string) => {
  const req = request(server).get(`/feed/v1${path}`)
  return apiKey ? req.set('Authorization', `Bearer ${apiKey}`) : req
}

/** GETs `url` and checks the answer against the document's operation `path`; returns it. */
const documented = async (path: string, url: string, apiKey?: string, headers: Record<string, string> = {}) => {
  const res = await get(url, apiKey).set(headers)
  validator.expectDocumented(res, path)
  return res
}

const body = (intro: string) => richText({ heading: 'Checklist' }, `${intro} <script>alert(1)</script>`)

/** Translates a document into English through REST and approves it, as the newsroom does. */
const publishInEnglish = async (collection: 'news' | 'services', id: Id, data: Record<string, unknown>) => {
  const res = await request(portal.app).patch(`/api/${collection}/${id}?locale=en`).set(authFor(staff, 'translator')).send(data)
  expect(res.status).toBe(200)
  const approved = await request(portal.app)
    .post(`/api/${collection}/${id}/translation/en/approve`)
    .set(authFor(staff, 'reviewer'))
  expect(approved.status).toBe(200)
}

beforeAll(async () => {
  portal = await startPortal()
  server = portal.app.listen(0)
  staff = await createStaff(portal)
  doc = (await request(server).get('/feed/v1/openapi.json')).body
  validator = specValidator(doc)

  const source = await portal.payload.create({
    collection: 'sources',
    data: { name: '市出入境管理局', slug: 'exit-entry', abbreviation: '出入境局', website: 'https://crj.sh.gov.cn' } as never,
  })
  const topic = await portal.payload.create({ collection: 'topics', data: { name: '签证', slug: 'visa' } })
  const zone = await portal.payload.create({ collection: 'zones', data: { name: '临港新片区', slug: 'lingang' } as never })
  const png = await makePng(1800, 1000)
  const media = await portal.payload.create({
    collection: 'media',
    data: { alt: '外滩' } as never,
    file: { data: png, mimetype: 'image/png', name: 'bund.png', size: png.length },
  })

  const news = await portal.payload.create({
    collection: 'news',
    data: {
      title: '签证新政',
      summary: '摘要',
      body: body('请注意'),
      heroImage: media.id,
      slug: 'visa-news',
      source: source.id,
      topics: [topic.id],
      zones: [zone.id],
      _status: 'published',
    } as never,
  })
  newsId = news.id
  await publishInEnglish('news', newsId, { title: 'New visa rules', summary: 'Summary', body: body('Please note') })

  const service = await portal.payload.create({
    collection: 'services',
    data: { ...workPermitService, body: body('所需材料'), source: source.id, topics: [topic.id], _status: 'published' } as never,
  })
  serviceId = service.id
  const offices = (service as unknown as { offices: { id: string }[] }).offices
  await publishInEnglish('services', serviceId, {
    title: 'Work permit for foreigners',
    summary: 'Apply for a work permit in China',
    offices: offices.map(({ id }) => ({ id, name: 'Pudong service point', address: '2 Hehuan Road, Pudong' })),
  })

  const created = await request(portal.app)
    .post('/api/partners')
    .set(authFor(staff, 'admin'))
    .send({ name: 'World Daily', allowedLocales: ['en', 'zh'], allowedTypes: ['news', 'services'] })
  expect(created.status).toBe(201)
  key = created.body.doc.apiKey

  const inactive = await portal.payload.create({ collection: 'partners', data: { name: 'Gone Gazette' } })
  inactiveKey = (inactive as unknown as { apiKey: string }).apiKey
  await portal.payload.update({
    collection: 'partners',
    id: inactive.id,
    data: { active: false, inactiveReason: 'contract ended' },
  })
})

afterAll(async () => {
  server.close()
  await portal.stop()
})

describe('the document', () => {
  /** Every object in the document with its JSON pointer. */
  const nodes = (node: unknown = doc, path = ''): [string, Record<string, unknown>][] =>
    node && typeof node === 'object'
      ? [
          ...(Array.isArray(node) ? [] : [[path, node] as [string, Record<string, unknown>]]),
          ...Object.entries(node).flatMap(([name, child]) => nodes(child, `${path}${pointer(name)}`)),
        ]
      : []
  const operations = () =>
    Object.entries(doc.paths as Doc).flatMap(([path, item]) =>
      Object.entries(item as Doc).map(([method, operation]) => ({ path, method, operation })),
    )

  test('is OpenAPI 3.1 with info, a relative server and the partner key scheme', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/)
    expect(doc.info).toMatchObject({ title: expect.any(String), version: expect.any(String) })
    expect(doc.info.description).toContain('Authorization: Bearer')
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/feed/v1' })])
    expect(doc.components.securitySchemes.partnerKey).toMatchObject({ type: 'http', scheme: 'bearer' })
    for (const { operation } of operations()) {
      for (const requirement of operation.security ?? doc.security) {
        for (const scheme of Object.keys(requirement)) expect(doc.components.securitySchemes[scheme]).toBeDefined()
      }
    }
  })

  test('every $ref resolves', () => {
    const refs = nodes()
      .map(([, node]) => node.$ref)
      .filter((ref): ref is string => typeof ref === 'string')
    expect(refs.length).toBeGreaterThan(20)
    for (const ref of refs) {
      expect(ref).toMatch(/^#\//)
      expect([ref, at(doc, ref.slice(1))]).toEqual([ref, expect.anything()])
    }
  })

  test('operations have unique ids, responses, and their path parameters declared', () => {
    const ids = operations().map(({ operation }) => operation.operationId)
    expect(new Set(ids).size).toBe(ids.length)
    for (const { path, method, operation } of operations()) {
      expect([path, method, Object.keys(operation.responses).length > 0]).toEqual([path, method, true])
      const declared = (operation.parameters ?? [])
        .map((parameter: Doc) => (parameter.$ref ? at(doc, parameter.$ref.slice(1)) : parameter) as Doc)
        .filter((parameter: Doc) => parameter.in === 'path')
      expect(declared.every((parameter: Doc) => parameter.required === true)).toBe(true)
      expect(declared.map((parameter: Doc) => parameter.name).sort()).toEqual(
        [...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name).sort(),
      )
    }
  })

  test('every schema compiles with Ajv in strict JSON Schema 2020-12 mode', () => {
    const schemaPaths = [
      ...Object.keys(doc.components.schemas).map((name) => pointer('components', 'schemas', name)),
      ...nodes()
        .filter(([path, node]) => !path.startsWith('/components/schemas/') && node.schema)
        .map(([path]) => `${path}/schema`),
    ]
    expect(schemaPaths.length).toBeGreaterThan(30)
    for (const path of schemaPaths) expect(() => validator.schemaAt(path)).not.toThrow()
  })
})

describe('real answers fit the document', () => {
  let next: string

  test('a first sync page with a rich news item and a service', async () => {
    const res = await documented('/items', '/items?locale=en&limit=100', key)
    expect(res.status).toBe(200)
    const items = res.body.items as Doc[]
    expect(items.map(({ type, id }) => `${type}/${id}`).sort()).toEqual([`news/${newsId}`, `services/${serviceId}`])
    expect(items.find(({ type }) => type === 'news')!.image.sizes.card.url).toMatch(/^http/)
    expect(items.find(({ type }) => type === 'services')!.service.offices).toHaveLength(1)
    next = res.body.next

    const again = await documented('/items', '/items?locale=en&limit=100', key, { 'If-None-Match': res.headers.etag })
    expect(again.status).toBe(304)
  })

  test('single items: a news item with image and provenance, a service with offices and online application', async () => {
    const news = await documented('/items/{type}/{id}', `/items/news/${newsId}?locale=en`, key)
    expect(news.status).toBe(200)
    expect(news.body).toMatchObject({ title: 'New visa rules', translation: { state: 'approved', method: 'human' } })
    expect(Object.keys(news.body.image.sizes)).toContain('heroWebp')
    expect(news.body.zones).toEqual([expect.objectContaining({ slug: 'lingang' })])

    const service = await documented('/items/{type}/{id}', `/items/services/${serviceId}?locale=en`, key)
    expect(service.status).toBe(200)
    expect(service.body.service).toMatchObject({
      onlineApplication: { url: 'https://zwdt.sh.gov.cn/work-permit', lastCheckOk: true },
      offices: [{ name: 'Pudong service point', latitude: 31.22 }],
    })

    serviceItem = service.body
    const zh = await documented('/items/{type}/{id}', `/items/services/${serviceId}?locale=zh`, key)
    expect(zh.body.translation).toBeNull()

    const notModified = await documented('/items/{type}/{id}', `/items/news/${newsId}?locale=en`, key, {
      'If-None-Match': news.headers.etag,
    })
    expect(notModified.status).toBe(304)
  })

  test('the check has teeth: an undocumented field, a missing one or an undocumented problem fails', () => {
    const check = (value: unknown) => validator.check(pointer('components', 'schemas', 'FeedItem'), value, 'item')
    expect(() => check(serviceItem)).not.toThrow()
    expect(() => check({ ...serviceItem, extra: 1 })).toThrow(/additional properties/)
    expect(() => check({ ...serviceItem, service: undefined })).toThrow(/service/)
    expect(() => check({ ...serviceItem, translation: { ...serviceItem.translation, reviewedAt: 'yesterday' } })).toThrow(
      /date-time/,
    )
    const problem = { status: 400, headers: { 'content-type': 'application/problem+json' } }
    const text = JSON.stringify({ type: 'about:blank', title: 'Something new', status: 400, detail: 'x' })
    expect(() => validator.expectDocumented({ ...problem, text } as never, '/items')).toThrow(/not among the documented/)
  })

  test('webhook events and their signature header fit the webhooks section', () => {
    const operation = pointer('webhooks', 'itemEvent', 'post')
    const event = newEvent('item.updated', serviceItem as never)
    validator.check(`${operation}${pointer('requestBody', 'content', 'application/json', 'schema')}`, event, 'event')
    const withdrawn = newEvent('item.withdrawn', { id: '1', type: 'news', locale: 'en', deleted: true })
    validator.check(`${operation}${pointer('requestBody', 'content', 'application/json', 'schema')}`, withdrawn, 'event')
    const headers = (doc.webhooks.itemEvent.post.parameters as Doc[]).map(({ name }) => name)
    expect(headers).toEqual(['X-Portal-Event-Id', 'X-Portal-Timestamp', 'X-Portal-Signature'])
    const signature = signatureHeader('whsec_test', 1767225600, JSON.stringify(event))
    validator.check(`${operation}/parameters/2/schema`, signature, 'X-Portal-Signature')
    validator.check(`${operation}/parameters/0/schema`, event.id, 'X-Portal-Event-Id')
  })

  test('a tombstone page after a translation is sent back', async () => {
    const sentBack = await request(portal.app)
      .post(`/api/news/${newsId}/translation/en/send-back`)
      .set(authFor(staff, 'reviewer'))
    expect(sentBack.status).toBe(200)
    const res = await documented('/items', `/items?locale=en&since=${encodeURIComponent(next)}`, key)
    expect(res.body.items).toEqual([{ id: String(newsId), type: 'news', locale: 'en', deleted: true }])
  })

  test.each([
    ['/items', '/items?locale=en', undefined, 401, 'Missing API key'],
    ['/items', '/items?locale=en', 'isp_wrong', 401, 'Unknown API key'],
    ['/items/{type}/{id}', '/items/news/1?locale=en', 'inactive', 403, 'Partner inactive'],
    ['/items', '/items', 'key', 400, 'Missing locale'],
    ['/items', '/items?locale=xx', 'key', 400, 'Unknown locale'],
    ['/items', '/items?locale=en&type=news,blogs', 'key', 400, 'Unknown type'],
    ['/items', '/items?locale=en&limit=0', 'key', 400, 'Bad limit'],
    ['/items', '/items?locale=en&limit=101', 'key', 400, 'Bad limit'],
    ['/items', '/items?locale=en&limit=abc', 'key', 400, 'Bad limit'],
    ['/items', '/items?locale=en&since=not-a-cursor', 'key', 400, 'Bad cursor'],
    ['/items', '/items?locale=en&zone=nowhere', 'key', 400, 'Unknown topic or zone'],
    ['/items', '/items?locale=ja', 'key', 403, 'Locale not in scope'],
    ['/items/{type}/{id}', '/items/news/1', 'key', 400, 'Missing locale'],
    ['/items/{type}/{id}', '/items/blogs/1?locale=en', 'key', 400, 'Unknown type'],
    ['/items/{type}/{id}', '/items/news/999999?locale=en', 'key', 404, 'Not found'],
    ['/items/{type}/{id}', '/items/news/1?locale=ar', 'key', 403, 'Locale not in scope'],
    ['/items/{type}/{id}', '/items/policy-interpretations/1?locale=en', 'key', 403, 'Type not in scope'],
    ['/{locale}/rss.xml', '/xx/rss.xml', undefined, 400, 'Unknown locale'],
    ['/{locale}/feed.json', '/en/feed.json?type=blogs', undefined, 400, 'Unknown type'],
    ['/{locale}/atom.xml', '/en/atom.xml?topic=nowhere', undefined, 400, 'Unknown topic'],
  ])('%s: %s (key: %s) -> %i %s', async (path, url, which, status, title) => {
    const apiKey = which === 'key' ? key : which === 'inactive' ? inactiveKey : which
    const res = await documented(path, url, apiKey)
    expect(res.status).toBe(status)
    expect(res.body.title).toBe(title)
  })

  test('the syndication feeds, and their 304', async () => {
    const json = await documented('/{locale}/feed.json', '/zh/feed.json')
    expect(json.status).toBe(200)
    expect(json.body.items.length).toBeGreaterThan(0)
    expect((await documented('/{locale}/rss.xml', '/en/rss.xml')).status).toBe(200)
    expect((await documented('/{locale}/atom.xml', '/en/atom.xml?type=services&topic=visa')).status).toBe(200)
    const again = await documented('/{locale}/feed.json', '/zh/feed.json', undefined, { 'If-None-Match': json.headers.etag })
    expect(again.status).toBe(304)
  })

  test('the document itself is cacheable', async () => {
    const spec = await documented('/openapi.json', '/openapi.json')
    expect(spec.headers['cache-control']).toMatch(/public/)
    const again = await documented('/openapi.json', '/openapi.json', undefined, { 'If-None-Match': spec.headers.etag })
    expect(again.status).toBe(304)
  })

  test('over the rate limit: 429 with Retry-After', async () => {
    const limited = await portal.payload.create({
      collection: 'partners',
      data: { name: 'Busy Bulletin', rateLimitTier: 'basic' } as never,
    })
    const limitedKey = (limited as unknown as { apiKey: string }).apiKey
    let res = await get('/items?locale=xx', limitedKey)
    for (let sent = 1; res.status === 400 && sent <= 100; sent += 1) res = await get('/items?locale=xx', limitedKey)
    validator.expectDocumented(res, '/items')
    expect(res.status).toBe(429)
  })
})

describe('routes and document agree', () => {
  const samples = (): Record<string, string> => ({ locale: 'zh', type: 'services', id: String(serviceId) })
  const documentedOperations = () =>
    Object.entries(doc.paths as Doc).flatMap(([path, item]) =>
      Object.entries(item as Doc).map(([method, operation]) => ({
        path,
        method,
        operation: operation as Doc,
        sample: path.replace(/\{(\w+)\}/g, (_match, name: string) => samples()[name]),
      })),
    )

  test('every documented operation answers its documented success', async () => {
    for (const { path, method, operation, sample } of documentedOperations()) {
      const query = (operation.parameters ?? [])
        .map((parameter: Doc) => (parameter.$ref ? at(doc, parameter.$ref.slice(1)) : parameter) as Doc)
        .filter((parameter: Doc) => parameter.in === 'query' && parameter.required)
        .map((parameter: Doc) => `${parameter.name}=${samples()[parameter.name]}`)
      const keyed = (operation.security ?? doc.security).length > 0
      const res = await get(`${sample}${query.length ? `?${query.join('&')}` : ''}`, keyed ? key : undefined)
      const success = Object.keys(operation.responses).find((status) => status.startsWith('2'))
      expect([path, method, String(res.status)]).toEqual([path, method, success])
      validator.expectDocumented(res, path, method)
    }
  })

  test('every route of the routers mounted on /feed/v1 is documented', () => {
    type Layer = {
      route?: { path: string; methods: Record<string, boolean> }
      handle: { stack?: Layer[] }
      match: (path: string) => unknown
    }
    // The routers the app really mounts: the layers that take /feed/v1/… and hold a stack of their own.
    const routes = (portal.app as unknown as { router: { stack: Layer[] } }).router.stack
      .filter((layer) => layer.match('/feed/v1/items') && layer.handle.stack)
      .flatMap((layer) => layer.handle.stack!)
      .filter((layer) => layer.route)
    expect(routes.map(({ route }) => route!.path)).toEqual(expect.arrayContaining(['/items', '/:locale/:file', '/openapi.json']))
    const operations = documentedOperations()
    for (const { sample, method } of operations) {
      expect([sample, routes.some((layer) => layer.route!.methods[method] && layer.match(sample))]).toEqual([sample, true])
    }
    // The docs page's own script is part of the page, not of the API.
    for (const layer of routes.filter(({ route }) => !route!.path.startsWith('/docs/'))) {
      for (const method of Object.keys(layer.route!.methods)) {
        const covered = operations.some((operation) => operation.method === method && layer.match(operation.sample))
        expect([layer.route!.path, method, covered]).toEqual([layer.route!.path, method, true])
      }
    }
  })
})

describe('GET /feed/v1/docs', () => {
  test('an HTML page pointing Swagger UI at the document, with assets served locally', async () => {
    const page = await documented('/docs', '/docs')
    expect(page.headers['content-type']).toMatch(/^text\/html/)
    expect(page.text).toContain('data-spec="/feed/v1/openapi.json"')
    expect(page.text).toContain('<title>')
    expect(page.text).toContain('Authorization: Bearer')
    const assets = [...page.text.matchAll(/(?:src|href)="(\/feed\/v1\/docs\/[^"]+)"/g)].map(([, url]) => url)
    expect(assets.length).toBeGreaterThanOrEqual(3)
    for (const url of assets) {
      const res = await request(server).get(url)
      expect([url, res.status]).toEqual([url, 200])
      expect(res.headers['content-type']).toMatch(url.endsWith('.css') ? /^text\/css/ : /^(text|application)\/javascript/)
    }
    expect((await request(server).get('/feed/v1/docs/assets/nothing.js')).status).toBe(404)
  })
})
