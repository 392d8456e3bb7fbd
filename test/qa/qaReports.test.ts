/**
 * The QA dashboard and the terminology consistency report over REST on a real database: open
 * fact findings by language, collection and severity with links to the review view; readability
 * warnings; glossary and translation-memory terms rendered differently in approved documents;
 * staff only (anonymous 401, partner 403) and clear 400s.
 */
import request from 'supertest'

import { qaDashboard } from '../../src/qa/dashboard'
import { terminologyReport } from '../../src/qa/terminology/report'
import { startPortal, type Portal } from '../support/portal'
import { authFor, createStaff, type Staff } from '../support/staff'

let portal: Portal
let staff: Staff
let sourceId: string | number
let partnerKey: string
let serviceId: string | number
const newsIds: (string | number)[] = []

const as = (role: keyof Staff) => authFor(staff, role)
const get = (url: string, headers: Record<string, string> = as('reviewer')) => request(portal.app).get(url).set(headers)

const translate = async (collection: string, id: string | number, locale: string, data: object) => {
  const res = await request(portal.app).patch(`/api/${collection}/${id}?locale=${locale}`).set(as('translator')).send(data)
  expect(res.status).toBe(200)
}

const hardEnglish =
  'Applicants whose documentation necessitates supplementary authentication must additionally obtain notarized certification from the competent administrative authorities prior to submitting the consolidated application materials electronically.'

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市公安局出入境管理局', slug: 'qa-crj' } })).id
  await portal.payload.create({ collection: 'glossary', data: { term: '居留许可', approved: { en: 'residence permit' } } })
  // A term-like segment the translation memory holds in two renderings.
  for (const [translation, glossaryVersion] of [
    ['visa extension', 'v1'],
    ['visa renewal', 'v2'],
  ]) {
    await portal.payload.create({
      collection: 'translation-memory' as 'news',
      overrideAccess: true,
      data: {
        key: `qa-${glossaryVersion}`,
        source: '签证延期',
        locale: 'en',
        glossaryVersion,
        translation,
        engine: 'test',
      } as never,
    })
  }

  // A service guide whose Arabic fee says 100 where the Chinese says 200 (open finding), and
  // whose English summary is far harder than the portal's target.
  serviceId = (
    await portal.payload.create({
      collection: 'services',
      data: {
        title: '外国人签证延期',
        summary: '外国人申请签证延期，材料齐全的7个工作日内办结。',
        fees: '每人每次200元',
        processingTime: '7个工作日',
        slug: 'qa-service',
        source: sourceId as never,
        _status: 'published',
      },
    })
  ).id
  await translate('services', serviceId, 'ar', {
    title: 'تمديد تأشيرة الأجانب',
    summary: 'يتقدم الأجانب بطلب تمديد التأشيرة، وتُنجز الطلبات المكتملة خلال 7 أيام عمل.',
    fees: '100 يوان للشخص في كل مرة',
    processingTime: '7 أيام عمل',
  })
  await translate('services', serviceId, 'en', { title: 'Visa extension', summary: `${hardEnglish} Within 7 working days.` })

  // Three approved news items: two render 居留许可 as the glossary says, one does not; two
  // render 签证延期 as "visa extension", one as "visa renewal".
  for (const [index, english] of [
    'Residence permit and visa extension guide.',
    'Residency permit and visa renewal guide.',
    'How to get a residence permit and a visa extension.',
  ].entries()) {
    const doc = await portal.payload.create({
      collection: 'news',
      data: {
        title: '外国人服务新闻',
        summary: '居留许可和签证延期办理指南。',
        slug: `qa-news-${index}`,
        source: sourceId as never,
        _status: 'published',
      },
    })
    newsIds.push(doc.id)
    await translate('news', doc.id, 'en', { title: 'News for foreign residents', summary: english })
    const approved = await request(portal.app)
      .post(`/api/news/${doc.id}/translation/en/approve`)
      .set(as('reviewer'))
      .send({ confirmTerminology: true })
    expect(approved.status).toBe(200)
  }

  const partner = await request(portal.app)
    .post('/api/partners')
    .set(as('admin'))
    .send({ name: 'QA Daily', allowedLocales: ['en'], allowedTypes: ['news'] })
  expect(partner.status).toBe(201)
  partnerKey = partner.body.doc?.apiKey ?? partner.body.apiKey
})

afterAll(() => portal?.stop())

describe('qaDashboard', () => {
  test('lists the open Arabic fee finding by language, collection and severity, with the review link', async () => {
    const dashboard = await qaDashboard(portal.payload)
    const arabic = dashboard.documents.find(({ locale, id }) => locale === 'ar' && id === serviceId)!
    expect(arabic.findings).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'fees', kind: 'amount', issue: 'changed', target: expect.stringContaining('100') }),
      ]),
    )
    expect(arabic.url).toBe(`/admin/translation-review/services/${serviceId}/ar`)
    expect(arabic.title).toBe('外国人签证延期')
    const severity = arabic.findings.find(({ field }) => field === 'fees')!.severity
    expect(dashboard.groups).toContainEqual({ locale: 'ar', collection: 'services', severity, count: arabic.findings.length })
    expect(dashboard.totals.openFindings).toBeGreaterThanOrEqual(1)
  })

  test('counts readability warnings and terminology inconsistencies', async () => {
    const dashboard = await qaDashboard(portal.payload, { locale: 'en' })
    const english = dashboard.documents.find(({ id }) => id === serviceId)!
    expect(english.readabilityWarnings).toEqual(['summary'])
    expect(dashboard.documents.every(({ locale }) => locale === 'en')).toBe(true)
    expect(dashboard.totals.terminologyInconsistencies).toBe(2)
    expect(dashboard.totals.readabilityWarnings).toBeGreaterThanOrEqual(1)
  })

  test('filters by severity and collection', async () => {
    const none = await qaDashboard(portal.payload, { collection: 'news', locale: 'ar' })
    expect(none.documents).toEqual([])
    expect(none.totals.openFindings).toBe(0)
  })
})

describe('terminologyReport', () => {
  test('glossary and memory terms rendered differently in approved documents, with each document', async () => {
    const [english] = await terminologyReport(portal.payload, { locale: 'en' })
    expect(english.locale).toBe('en')
    const permit = english.terms.find(({ term }) => term === '居留许可')!
    expect(permit).toMatchObject({ origin: 'glossary', approved: 'residence permit', documents: 3 })
    expect(permit.variants.map(({ rendering, count }) => [rendering, count])).toEqual([
      ['residence permit', 2],
      [null, 1],
    ])
    expect(permit.variants[1].documents).toEqual([
      {
        collection: 'news',
        id: newsIds[1],
        title: '外国人服务新闻',
        url: `/admin/translation-review/news/${newsIds[1]}/en`,
        fields: ['summary'],
      },
    ])
    const visa = english.terms.find(({ term }) => term === '签证延期')!
    expect(visa).toMatchObject({ origin: 'memory', approved: null })
    expect(visa.variants.map(({ rendering, count }) => [rendering, count])).toEqual([
      ['visa extension', 2],
      ['visa renewal', 1],
    ])
  })

  test('documents not approved do not count; a higher minimum drops the terms', async () => {
    // The service's English (not approved) also contains 签证延期 → "Visa extension".
    const [english] = await terminologyReport(portal.payload, { locale: 'en', minDocuments: 4 })
    expect(english.terms).toEqual([])
  })
})

describe('GET /api/qa/*', () => {
  test('staff get the dashboard and the terminology report', async () => {
    const dashboard = await get('/api/qa/dashboard?locale=ar&collection=services')
    expect(dashboard.status).toBe(200)
    expect(dashboard.headers['cache-control']).toBe('no-store')
    expect(dashboard.body.documents[0]).toMatchObject({ id: serviceId, locale: 'ar' })
    const terminology = await get('/api/qa/terminology?locale=en', as('translator'))
    expect(terminology.status).toBe(200)
    expect(terminology.body.languages[0].terms.map(({ term }: { term: string }) => term).sort()).toEqual(['居留许可', '签证延期'])
  })

  test.each(['/api/qa/dashboard', '/api/qa/terminology'])('%s: anonymous 401, partner 403', async (url) => {
    expect((await get(url, {})).status).toBe(401)
    const partner = await get(url, { Authorization: `Bearer ${partnerKey}` })
    expect(partner.status).toBe(403)
    expect(partner.body.errors[0].message).toMatch(/staff/)
  })

  test.each([
    ['/api/qa/dashboard?locale=zh', /"locale" must be one of en, ja/],
    ['/api/qa/dashboard?severity=urgent', /"severity" must be one of high, medium, low/],
    ['/api/qa/dashboard?collection=users', /"collection" must be one of/],
    ['/api/qa/terminology?minDocuments=1', /"minDocuments" must be a whole number/],
  ])('%s → 400', async (url, message) => {
    const res = await get(url)
    expect(res.status).toBe(400)
    expect(res.body.errors[0].message).toMatch(message)
  })
})
