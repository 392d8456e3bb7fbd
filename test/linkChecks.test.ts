/**
 * Service-link inspection: the checker against real servers on 127.0.0.1 (allowed in the test
 * configuration), the SSRF guard with that allowance off, per-host politeness, and the daily job
 * over published content with its results, history, dashboard data and access rules.
 */
import request from 'supertest'

import { element, text } from '../seed/richText'
import { blockedRange } from '../src/links/addresses'
import { applicationLinkBroken, applicationLinkStatus } from '../src/links/applicationLink'
import { checkLink } from '../src/links/check'
import { checkAll } from '../src/links/checkAll'
import { checkableUrl } from '../src/links/collect'
import { type LinkCheckOptions, readLinkCheckCron, readLinkCheckOptions } from '../src/links/options'
import { richTextLinks } from '../src/links/richTextLinks'
import { requestLinkCheck } from '../src/links/runs'
import type { LinkCheck } from '../src/payload-types'
import { closedPort, type LinkTargets, startLinkTargets, startSelfSignedServer } from './support/linkTargets'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff
let targets: LinkTargets

beforeAll(async () => {
  targets = await startLinkTargets()
  portal = await startPortal()
  staff = await createStaff(portal)
})

afterAll(async () => {
  await portal.stop()
  await targets.stop()
})

const options = (extra: Partial<LinkCheckOptions> = {}): LinkCheckOptions => ({ ...readLinkCheckOptions(), ...extra })
/** As in production: no host allowed to be private. */
const guarded = (extra: Partial<LinkCheckOptions> = {}) => options({ allowPrivate: false, allowedHosts: [], ...extra })

describe('the checker', () => {
  test('200 is ok after one HEAD request', async () => {
    const result = await checkLink(targets.url('/ok'), options())
    expect(result).toMatchObject({
      status: 'ok',
      httpStatus: 200,
      method: 'HEAD',
      redirects: [],
      error: null,
      finalUrl: targets.url('/ok'),
    })
    expect(targets.methods('/ok')).toContain('HEAD')
  })

  test('requests say who asks and never carry cookies or credentials', async () => {
    await checkLink(targets.url('/redirect-1').replace('http://', 'http://user:secret@'), options())
    const headers = targets.headers()
    expect(headers.length).toBeGreaterThan(0)
    for (const each of headers) {
      expect(each['user-agent']).toMatch(/^InternationalServicesPortal-LinkCheck\/1/)
      expect(each.cookie).toBeUndefined()
      expect(each.authorization).toBeUndefined()
    }
  })

  test('a 301 → 302 chain is followed and recorded', async () => {
    const result = await checkLink(targets.url('/redirect-1'), options())
    expect(result).toMatchObject({ status: 'redirected', httpStatus: 200, finalUrl: targets.url('/ok') })
    expect(result.redirects).toEqual([
      { url: targets.url('/redirect-1'), httpStatus: 301 },
      { url: targets.url('/redirect-2'), httpStatus: 302 },
    ])
  })

  test('404 and 500 are broken, with their status (GET confirms what HEAD said)', async () => {
    expect(await checkLink(targets.url('/missing'), options())).toMatchObject({
      status: 'broken',
      httpStatus: 404,
      error: 'HTTP 404',
    })
    expect(await checkLink(targets.url('/error'), options())).toMatchObject({ status: 'broken', httpStatus: 500 })
    expect(targets.methods('/missing')).toEqual(['HEAD', 'GET'])
  })

  test('a server that never answers times out', async () => {
    const started = Date.now()
    const result = await checkLink(targets.url('/hang'), options({ timeoutMs: 300 }))
    expect(result).toMatchObject({ status: 'timeout', httpStatus: null, error: 'No answer within 300 ms.' })
    expect(Date.now() - started).toBeLessThan(2000)
  })

  test('a closed port is "connection refused"', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/`
    expect(await checkLink(url, options())).toMatchObject({
      status: 'error',
      errorKind: 'refused',
      error: expect.stringMatching(/Connection refused/),
    })
  })

  test('HEAD refused with 405 falls back to GET', async () => {
    expect(await checkLink(targets.url('/no-head'), options())).toMatchObject({ status: 'ok', httpStatus: 200, method: 'GET' })
    expect(targets.methods('/no-head')).toEqual(['HEAD', 'GET'])
  })

  test('a redirect loop stops after the redirect limit; a redirect to ftp: is an error', async () => {
    const loop = await checkLink(targets.url('/loop'), options({ maxRedirects: 3 }))
    expect(loop).toMatchObject({ status: 'error', errorKind: 'too_many_redirects', httpStatus: 302 })
    expect(loop.redirects).toHaveLength(4)
    expect(await checkLink(targets.url('/to-ftp'), options())).toMatchObject({ status: 'error', errorKind: 'bad_redirect' })
  })

  test('an untrusted certificate is a TLS error; an unknown host a DNS error', async () => {
    const tls = await startSelfSignedServer()
    try {
      expect(await checkLink(tls.url, options())).toMatchObject({
        status: 'error',
        errorKind: 'tls',
        error: expect.stringMatching(/^TLS: /),
      })
    } finally {
      await tls.stop()
    }
    expect(await checkLink('http://no-such-host.invalid/', options())).toMatchObject({ status: 'error', errorKind: 'dns' })
  })
})

describe('the SSRF guard (127.0.0.1 not allowed)', () => {
  test.each([
    ['http://127.0.0.1:PORT/probe', 'loopback'],
    ['http://10.0.0.1/', 'private'],
    ['http://[::1]:PORT/probe', 'loopback'],
    ['http://169.254.169.254/latest/meta-data/', 'link-local'],
    ['http://localhost:PORT/probe', 'loopback'],
    ['http://[::ffff:127.0.0.1]:PORT/probe', 'loopback'],
    ['http://100.64.0.1/', 'shared (CGNAT)'],
    ['http://[fd00::1]/', 'unique-local'],
    ['http://0.0.0.0:PORT/probe', 'unspecified'],
  ])('%s is blocked (%s) without a request', async (template, range) => {
    const result = await checkLink(template.replace('PORT', String(targets.port)), guarded({ timeoutMs: 300 }))
    expect(result).toMatchObject({ status: 'blocked', errorKind: 'private_address', httpStatus: null })
    expect(result.error).toContain(`${range} address`)
    expect(targets.hits('/probe')).toBe(0)
  })

  test('a redirect from an allowed host to a private address is blocked; the target gets no request', async () => {
    const result = await checkLink(targets.url('/to-private'), options())
    expect(result).toMatchObject({ status: 'blocked', finalUrl: `http://localhost:${targets.port}/private-target` })
    expect(result.redirects).toEqual([{ url: targets.url('/to-private'), httpStatus: 302 }])
    expect(result.error).toMatch(/localhost resolves to .*loopback address/)
    expect(targets.hits('/private-target')).toBe(0)
  })

  test('LINKCHECK_ALLOW_PRIVATE=true allows every address', async () => {
    expect(await checkLink(`http://localhost:${targets.port}/ok`, guarded({ allowPrivate: true }))).toMatchObject({
      status: 'ok',
    })
  })

  test('address ranges, IPv4 and IPv6 (mapped, NAT64 and 6to4 carry IPv4)', () => {
    const blocked = [
      '0.0.0.0',
      '10.1.2.3',
      '100.127.0.1',
      '127.8.8.8',
      '169.254.1.1',
      '172.31.0.1',
      '192.168.1.1',
      '224.0.0.1',
      '255.255.255.255',
    ]
    const blocked6 = [
      '::',
      '::1',
      'fe80::1',
      'fc00::1',
      'fd12:3456::1',
      'ff02::1',
      '::ffff:10.0.0.1',
      '::ffff:7f00:1',
      '64:ff9b::a00:1',
      '2002:c0a8:101::1',
    ]
    for (const address of [...blocked, ...blocked6])
      expect([address, blockedRange(address)]).toEqual([address, expect.any(String)])
    for (const address of [
      '8.8.8.8',
      '101.227.0.1',
      '2001:4860:4860::8888',
      '::ffff:8.8.8.8',
      '64:ff9b::808:808',
      '2002:808:808::1',
    ]) {
      expect([address, blockedRange(address)]).toEqual([address, null])
    }
  })

  test('bad settings are refused with a clear message', () => {
    expect(() => readLinkCheckOptions({ LINKCHECK_TIMEOUT_MS: 'soon' })).toThrow(
      'LINKCHECK_TIMEOUT_MS must be a whole number from 100 to 120000, not "soon".',
    )
    expect(() => readLinkCheckOptions({ LINKCHECK_ALLOW_PRIVATE: 'yes' })).toThrow(
      /LINKCHECK_ALLOW_PRIVATE must be true or false/,
    )
    expect(() => readLinkCheckCron({ LINKCHECK_CRON: 'daily' })).toThrow(/LINKCHECK_CRON must be a cron expression/)
    expect(readLinkCheckCron({})).toBe('0 3 * * *')
    expect(readLinkCheckCron({ LINKCHECK_CRON: 'off' })).toBeNull()
  })
})

describe('politeness', () => {
  test('no more than the per-host limit of connections at once, however many workers', async () => {
    const server = await startLinkTargets()
    try {
      const urls = Array.from({ length: 6 }, (_, index) => server.url(`/slow?n=${index}`))
      const results: string[] = []
      await checkAll(
        urls,
        options({ perHost: 2, concurrency: 6, hostDelayMs: 0 }),
        async ({ status }) => void results.push(status),
      )
      expect(results).toEqual(Array(6).fill('ok'))
      expect(server.hits('/slow')).toBe(6)
      expect(server.maxConnections()).toBe(2)
    } finally {
      await server.stop()
    }
  })

  test('requests to one host are spaced by the politeness delay', async () => {
    const server = await startLinkTargets()
    try {
      const urls = Array.from({ length: 3 }, (_, index) => server.url(`/ok?n=${index}`))
      await checkAll(urls, options({ perHost: 1, concurrency: 3, hostDelayMs: 200 }), async () => undefined)
      const arrivals = server.arrivals('/ok')
      expect(arrivals).toHaveLength(3)
      for (let index = 1; index < arrivals.length; index += 1)
        expect(arrivals[index] - arrivals[index - 1]).toBeGreaterThanOrEqual(190)
      expect(server.maxConnections()).toBe(1)
    } finally {
      await server.stop()
    }
  })
})

describe('collecting links', () => {
  test('only absolute http(s) links count, without their fragment', () => {
    expect(checkableUrl('https://Example.gov.cn/a#part')).toBe('https://example.gov.cn/a')
    for (const ignored of [
      'ftp://ftp.example.com/',
      'javascript:alert(1)',
      'mailto:info@example.com',
      'tel:12345',
      '/zh/services/visa',
      '',
    ]) {
      expect(checkableUrl(ignored)).toBeNull()
    }
  })

  test('links and autolinks of rich text, not internal links', () => {
    const value = {
      root: element('root', [
        element('paragraph', [
          element('link', [text('a')], { fields: { linkType: 'custom', url: 'https://a.example/' } }),
          element('autolink', [text('b')], { fields: { linkType: 'custom', url: 'https://b.example/' } }),
          element('link', [text('c')], { fields: { linkType: 'internal', doc: { relationTo: 'news', value: 1 } } }),
        ]),
      ]),
    }
    expect(richTextLinks(value)).toEqual(['https://a.example/', 'https://b.example/'])
  })
})

describe('the link check job over published content', () => {
  const link = (url: string, type: 'link' | 'autolink' = 'link') =>
    element(type, [text(url)], { version: 3, fields: { url, linkType: 'custom', newTab: false } })
  const body = (...links: unknown[]) => ({
    root: element('root', [element('paragraph', [text('见 '), ...links], { textFormat: 0 })]),
  })

  const rows = async (): Promise<LinkCheck[]> =>
    (await portal.payload.find({ collection: 'link-checks', pagination: false, depth: 0, overrideAccess: true, sort: 'url' }))
      .docs
  const row = async (path: string) => (await rows()).find(({ url }) => url === targets.url(path))
  const runJob = async () => {
    const { id } = await requestLinkCheck(portal.payload)
    await portal.payload.jobs.run({ queue: 'maintenance' })
    const job = await portal.payload.findByID({ collection: 'payload-jobs', id, depth: 0, overrideAccess: true })
    expect(job.completedAt).toBeTruthy()
    return job
  }

  let serviceId: string | number
  let newsId: string | number

  beforeAll(async () => {
    const { payload } = portal
    const source = await payload.create({
      collection: 'sources',
      data: { name: '市政府外办', slug: 'fao' },
      overrideAccess: true,
    })
    const service = await payload.create({
      collection: 'services',
      data: {
        title: '签证延期',
        summary: '七日前申请',
        slug: 'visa-extension',
        source: source.id,
        _status: 'published',
        onlineApplication: { url: targets.url('/toggle') },
        offices: [{ name: '出入境接待大厅', address: '民生路1500号', website: targets.url('/redirect-1') }],
        body: body(
          link(targets.url('/error')),
          link('ftp://ftp.example.com/form.pdf'),
          link('javascript:alert(1)'),
          link('mailto:visa@example.gov.cn'),
        ),
      } as never,
      overrideAccess: true,
    })
    serviceId = service.id
    await payload.create({
      collection: 'services',
      data: {
        title: '草稿服务',
        summary: '未发布',
        slug: 'draft-service',
        source: source.id,
        _status: 'draft',
        onlineApplication: { url: targets.url('/draft-only') },
      } as never,
      draft: true,
      overrideAccess: true,
    })
    const news = await payload.create({
      collection: 'news',
      data: {
        title: '新闻',
        slug: 'news-with-links',
        source: source.id,
        _status: 'published',
        originalUrl: targets.url('/ok'),
        body: body(link(targets.url('/no-head#section')), link(targets.url('/ok'), 'autolink')),
      } as never,
      overrideAccess: true,
    })
    newsId = news.id
    // English approved with a link of its own; Arabic only a machine draft.
    const translate = (locale: 'en' | 'ar', title: string, path: string, state: string) =>
      payload.update({
        collection: 'news',
        id: news.id,
        locale,
        data: { title, body: body(link(targets.url(path))), translation: { state } } as never,
        context: { translationWorkflow: true },
        overrideAccess: true,
      })
    await translate('en', 'News', '/en-only', 'approved')
    await translate('ar', 'أخبار', '/ar-unapproved', 'machine_draft')
    const policy = await payload.create({
      collection: 'policy-documents',
      data: {
        title: '管理办法',
        documentNumber: '沪府规〔2026〕1号',
        slug: 'rules',
        source: source.id,
        issueDate: '2026-01-05',
        fullText: body(link(targets.url('/missing'))),
      } as never,
      overrideAccess: true,
    })
    await payload.create({
      collection: 'policy-interpretations',
      data: {
        title: '解读',
        slug: 'reading',
        source: source.id,
        interprets: policy.id,
        _status: 'published',
        body: body(link(targets.url('/interpretation'))),
      } as never,
      overrideAccess: true,
    })
  })

  test('"check now" queues one job for editors; a second click answers the same job', async () => {
    const first = await request(portal.app).post('/api/link-checks/run').set(authFor(staff, 'editor'))
    expect(first.status).toBe(202)
    expect(first.body).toMatchObject({ queued: true, job: expect.anything() })
    const second = await request(portal.app).post('/api/link-checks/run').set(authFor(staff, 'admin'))
    expect(second.status).toBe(202)
    expect(second.body).toMatchObject({ queued: false, job: first.body.job })
  })

  test('every published link is stored with its status, redirect chain and where it is used', async () => {
    const job = await runJob()
    expect(job.log?.[0]?.output).toMatchObject({ links: 8, ok: 4, redirected: 1, broken: 3, timeout: 0, error: 0, blocked: 0 })

    expect((await rows()).map(({ url }) => url).sort()).toEqual(
      ['/en-only', '/error', '/interpretation', '/missing', '/no-head', '/ok', '/redirect-1', '/toggle']
        .map((path) => targets.url(path))
        .sort(),
    )
    expect(await row('/toggle')).toMatchObject({
      status: 'broken',
      httpStatus: 404,
      firstBrokenAt: expect.any(String),
      usages: [
        expect.objectContaining({
          collection: 'services',
          docId: String(serviceId),
          fieldPath: 'onlineApplication.url',
          locale: null,
          title: '签证延期',
        }),
      ],
    })
    expect(await row('/redirect-1')).toMatchObject({
      status: 'redirected',
      finalUrl: targets.url('/ok'),
      redirects: [
        expect.objectContaining({ url: targets.url('/redirect-1'), httpStatus: 301 }),
        expect.objectContaining({ url: targets.url('/redirect-2'), httpStatus: 302 }),
      ],
      usages: [expect.objectContaining({ fieldPath: 'offices.0.website' })],
    })
    expect(await row('/error')).toMatchObject({
      status: 'broken',
      httpStatus: 500,
      usages: [expect.objectContaining({ fieldPath: 'body', locale: 'zh' })],
    })
    expect(await row('/no-head')).toMatchObject({ status: 'ok', httpStatus: 200 })
    expect(await row('/missing')).toMatchObject({
      status: 'broken',
      usages: [expect.objectContaining({ collection: 'policy-documents', fieldPath: 'fullText' })],
    })
    expect(await row('/en-only')).toMatchObject({
      usages: [expect.objectContaining({ collection: 'news', fieldPath: 'body', locale: 'en' })],
    })
    const ok = await row('/ok')
    expect(ok?.usages?.map(({ fieldPath, locale }) => `${fieldPath}:${locale ?? ''}`).sort()).toEqual(['body:zh', 'originalUrl:'])
    expect(targets.hits('/draft-only') + targets.hits('/ar-unapproved')).toBe(0)
  })

  test('a broken application link shows on the service, for the site and the API', async () => {
    const res = await request(portal.app).get(`/api/services/${serviceId}`)
    expect(res.status).toBe(200)
    expect(res.body.onlineApplication.lastCheck).toMatchObject({
      ok: false,
      httpStatus: 404,
      error: 'HTTP 404',
      checkedAt: expect.any(String),
    })
    expect(applicationLinkBroken(res.body)).toBe(true)
    expect(await applicationLinkStatus(portal.payload, serviceId)).toMatchObject({
      status: 'broken',
      broken: true,
      httpStatus: 404,
      brokenSince: expect.any(String),
    })
  })

  test('the report lists failing links with where they are used; the schedule queues the daily run', async () => {
    const res = await request(portal.app).get('/api/link-checks/report').set(authFor(staff, 'editor'))
    expect(res.status).toBe(200)
    expect(res.body.counts).toMatchObject({ broken: 3, ok: 4, redirected: 1 })
    expect(res.body.links.map(({ url }: { url: string }) => url).sort()).toEqual(
      [targets.url('/error'), targets.url('/missing'), targets.url('/toggle')].sort(),
    )
    const application = res.body.links.find(({ url }: { url: string }) => url === targets.url('/toggle'))
    expect(application).toMatchObject({
      applicationLink: true,
      usages: [expect.objectContaining({ editPath: `/collections/services/${serviceId}` })],
    })
    expect((await request(portal.app).get('/api/link-checks/report?status=nonsense').set(authFor(staff, 'editor'))).status).toBe(
      400,
    )

    await portal.payload.jobs.handleSchedules({ queue: 'maintenance' })
    const { docs } = await portal.payload.find({
      collection: 'payload-jobs',
      where: { 'meta.scheduled': { equals: true } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ taskSlug: 'checkLinks', queue: 'maintenance' })
    const due = new Date(docs[0].waitUntil as string)
    expect(due.getTime()).toBeGreaterThan(Date.now())
    expect([due.getHours(), due.getMinutes()]).toEqual([3, 0])
  })

  test('a fixed link goes back to ok and keeps its history; a link no longer used is dropped', async () => {
    targets.answer('/toggle', 200)
    await portal.payload.update({
      collection: 'news',
      id: newsId,
      data: { body: body(link(targets.url('/ok'), 'autolink')) } as never,
      overrideAccess: true,
    })
    await runJob()

    const fixed = await row('/toggle')
    expect(fixed).toMatchObject({ status: 'ok', httpStatus: 200, firstBrokenAt: null, error: null })
    expect(fixed?.history?.map(({ status, httpStatus }) => [status, httpStatus])).toEqual([
      ['ok', 200],
      ['broken', 404],
    ])
    expect((await row('/error'))?.history).toHaveLength(2)
    expect(await row('/no-head')).toBeUndefined()

    const res = await request(portal.app).get(`/api/services/${serviceId}`)
    expect(res.body.onlineApplication.lastCheck).toMatchObject({ ok: true, httpStatus: 200 })
    expect(applicationLinkBroken(res.body)).toBe(false)
  })
})

describe('access', () => {
  test('check now: anonymous 401, translator and reviewer 403', async () => {
    expect((await request(portal.app).post('/api/link-checks/run')).status).toBe(401)
    expect((await request(portal.app).post('/api/link-checks/run').set(authFor(staff, 'translator'))).status).toBe(403)
    expect((await request(portal.app).post('/api/link-checks/run').set(authFor(staff, 'reviewer'))).status).toBe(403)
  })

  test('results: staff read, nobody writes through the API, the public sees nothing', async () => {
    expect((await request(portal.app).get('/api/link-checks/report')).status).toBe(401)
    expect((await request(portal.app).get('/api/link-checks')).status).toBe(403)
    const list = await request(portal.app).get('/api/link-checks').set(authFor(staff, 'translator'))
    expect(list.status).toBe(200)
    expect(list.body.totalDocs).toBeGreaterThan(0)
    const id = list.body.docs[0].id
    const admin = authFor(staff, 'admin')
    expect(
      (await request(portal.app).post('/api/link-checks').set(admin).send({ url: 'https://example.com/', status: 'ok' })).status,
    ).toBe(403)
    expect((await request(portal.app).patch(`/api/link-checks/${id}`).set(admin).send({ status: 'ok' })).status).toBe(403)
    expect((await request(portal.app).delete(`/api/link-checks/${id}`).set(admin)).status).toBe(403)
  })
})
