/**
 * The read-only endpoints behind the translation admin UI: the per-document status
 * (GET /api/{collection}/{id}/translation) and the dashboard (GET /api/translation-dashboard).
 */
import request from 'supertest'

import { targetLocales } from '../src/localization/locales'
import { diffText } from '../src/translation/admin/diff'
import { startPortal, type Portal } from './support/portal'
import { richText } from './support/fixtures'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff
let sourceId: string | number

const as = (role: keyof Staff) => authFor(staff, role)
const get = (url: string, role?: keyof Staff) => {
  const req = request(portal.app).get(url)
  return role ? req.set(as(role)) : req
}
const action = (collection: string, id: string | number, locale: string, name: string, role: keyof Staff = 'reviewer') =>
  request(portal.app).post(`/api/${collection}/${id}/translation/${locale}/${name}`).set(as(role))

let serial = 0
/** A published news item in Chinese, optionally with a translator's English draft. */
const news = async (english?: string) => {
  serial += 1
  const doc = await portal.payload.create({
    collection: 'news',
    data: {
      // No digits: the English titles below carry no number, and approval checks that values agree.
      title: '新闻中文标题',
      summary: '外国人来华签证延期办理指南。',
      body: richText('第一段正文。') as never,
      slug: `admin-api-${serial}`,
      source: sourceId as never,
      _status: 'published',
    },
  })
  if (english) {
    const res = await request(portal.app)
      .patch(`/api/news/${doc.id}?locale=en`)
      .set(as('translator'))
      .send({ title: english, summary: `${english} summary` })
    expect(res.status).toBe(200)
  }
  return doc.id
}

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao-admin' } })).id
})

afterAll(() => portal.stop())

describe('GET /api/{collection}/{id}/translation', () => {
  test('is for staff only', async () => {
    const id = await news()
    const anonymous = await get(`/api/news/${id}/translation`)
    expect(anonymous.status).toBe(401)
    expect(anonymous.body.errors[0].message).toMatch(/sign in/i)
    for (const role of ['admin', 'editor', 'translator', 'reviewer'] as const) {
      expect((await get(`/api/news/${id}/translation`, role)).status).toBe(200)
    }
  })

  test('lists every target language with its record and the Chinese source', async () => {
    const id = await news('Visa extension guide')
    const res = await get(`/api/news/${id}/translation`, 'editor')
    expect(res.status).toBe(200)
    expect(res.headers['cache-control']).toBe('no-store')
    expect(res.body).toMatchObject({ collection: 'news', id, status: 'published', title: expect.stringContaining('中文标题') })
    expect(res.body.languages.map((entry: { locale: string }) => entry.locale)).toEqual([...targetLocales])
    const en = res.body.languages.find((entry: { locale: string }) => entry.locale === 'en')
    expect(en.record).toMatchObject({ state: 'in_review', method: 'human', outdatedFields: [], terminology: [], reviewedBy: null })
    expect(en.record.translatedAt).toBeTruthy()
    // Hashes and the raw snapshot stay on the server.
    expect(en.record.sourceHashes).toBeUndefined()
    expect(en.record.sourceSnapshot).toBeUndefined()
    expect(en.fields).toBeUndefined()
    const ja = res.body.languages.find((entry: { locale: string }) => entry.locale === 'ja')
    expect(ja.record.state).toBe('missing')
    expect(res.body.languages.find((entry: { locale: string }) => entry.locale === 'ar')).toMatchObject({ rtl: true, label: 'العربية' })

    const paths = res.body.source.fields.map((field: { path: string }) => field.path)
    expect(paths).toEqual(['title', 'summary', 'body'])
    const body = res.body.source.fields.find((field: { path: string }) => field.path === 'body')
    expect(body).toMatchObject({ kind: 'richText', text: '第一段正文。', blocks: ['第一段正文。'] })
  })

  test('with ?locale=, one language with its own texts (latest draft)', async () => {
    const id = await news('Draft English title')
    const res = await get(`/api/news/${id}/translation?locale=en`, 'reviewer')
    expect(res.status).toBe(200)
    expect(res.body.languages).toHaveLength(1)
    const [en] = res.body.languages
    expect(en.locale).toBe('en')
    expect(en.fields).toEqual(
      expect.arrayContaining([
        { path: 'title', kind: 'text', text: 'Draft English title', blocks: ['Draft English title'] },
        { path: 'summary', kind: 'text', text: 'Draft English title summary', blocks: ['Draft English title summary'] },
      ]),
    )
  })

  test('an outdated language names its fields, with the Chinese it was translated from', async () => {
    const id = await news('Outdated English')
    expect((await action('news', id, 'en', 'approve')).status).toBe(200)
    const approved = await get(`/api/news/${id}/translation?locale=en`, 'translator')
    expect(approved.body.languages[0].record).toMatchObject({
      state: 'approved',
      reviewedBy: { id: staff.reviewer.id, name: 'reviewer' },
      outdatedFields: [],
    })

    const edit = await request(portal.app)
      .patch(`/api/news/${id}?locale=zh`)
      .set(as('editor'))
      .send({ summary: '外国人来华签证延期及居留许可办理指南。', _status: 'published' })
    expect(edit.status).toBe(200)
    const res = await get(`/api/news/${id}/translation?locale=en`, 'reviewer')
    const [en] = res.body.languages
    expect(en.record.state).toBe('outdated')
    expect(en.record.outdatedFields).toEqual(['summary'])
    expect(en.previousSource).toEqual({ summary: '外国人来华签证延期办理指南。' })
    const summary = res.body.source.fields.find((field: { path: string }) => field.path === 'summary')
    expect(summary.text).toBe('外国人来华签证延期及居留许可办理指南。')
    // What the review view highlights.
    expect(diffText(en.previousSource.summary, summary.text).filter((part) => part.op !== 'equal')).toEqual([
      { op: 'insert', text: '及居留许可' },
    ])
  })

  test('terminology findings come with the record', async () => {
    const id = await news('Findings English')
    await portal.payload.update({
      collection: 'news',
      id,
      locale: 'en',
      draft: true,
      data: { translation: { state: 'in_review', terminology: [{ term: '居留许可', expected: 'residence permit', field: 'summary' }] } } as never,
      context: { translationWorkflow: true },
      overrideAccess: true,
    })
    const res = await get(`/api/news/${id}/translation`, 'reviewer')
    const en = res.body.languages.find((entry: { locale: string }) => entry.locale === 'en')
    expect(en.record.terminology).toEqual([{ term: '居留许可', expected: 'residence permit', field: 'summary' }])
  })

  test('bad requests are 4xx with a message', async () => {
    const id = await news()
    const zh = await get(`/api/news/${id}/translation?locale=zh`, 'editor')
    expect(zh.status).toBe(400)
    expect(zh.body.errors[0].message).toMatch(/"locale" must be one of/)
    expect((await get(`/api/news/${id}/translation?locale=xx`, 'editor')).status).toBe(400)
    const missing = await get('/api/news/999999/translation', 'editor')
    expect(missing.status).toBe(404)
    expect(missing.body.errors[0].message).toMatch(/No news document/)
    expect((await get('/api/news/not-an-id/translation', 'editor')).status).toBe(404)
  })
})

describe('GET /api/translation-dashboard', () => {
  type Row = { collection: string; id: string | number; locale: string; state: string; title: string; editPath: string; reviewPath: string }
  const rows = (body: { docs: Row[] }) => body.docs

  test('is for staff only', async () => {
    expect((await get('/api/translation-dashboard')).status).toBe(401)
    for (const role of ['admin', 'editor', 'translator', 'reviewer'] as const) {
      expect((await get('/api/translation-dashboard', role)).status).toBe(200)
    }
  })

  test('counts per collection × language × state, and a page of rows', async () => {
    await news('Shape English')
    const res = await get('/api/translation-dashboard', 'reviewer')
    expect(res.status).toBe(200)
    expect(res.body.locales).toEqual([...targetLocales])
    expect(res.body.states).toEqual(['missing', 'machine_draft', 'in_review', 'approved', 'outdated'])
    expect(res.body.collections.map((entry: { slug: string }) => entry.slug)).toEqual(
      expect.arrayContaining(['news', 'services', 'policy-interpretations', 'policy-documents', 'zones', 'topics', 'sources', 'media']),
    )
    expect(res.body.counts.news.en).toEqual({
      missing: expect.any(Number),
      machine_draft: expect.any(Number),
      in_review: expect.any(Number),
      approved: expect.any(Number),
      outdated: expect.any(Number),
    })
    const newsTotal = await portal.payload.count({ collection: 'news', overrideAccess: true })
    for (const locale of targetLocales) {
      const sum = Object.values(res.body.counts.news[locale] as Record<string, number>).reduce((a, b) => a + b, 0)
      expect(sum).toBe(newsTotal.totalDocs)
    }
    expect(res.body.counts.sources.ja.missing).toBeGreaterThanOrEqual(1)
    expect(res.body).toMatchObject({ page: 1, limit: 20, filters: { locale: null, collection: null, state: null } })
    expect(res.body.docs.length).toBeGreaterThan(0)
    expect(res.body.docs[0]).toEqual({
      collection: expect.any(String),
      id: expect.anything(),
      title: expect.any(String),
      locale: expect.any(String),
      state: expect.any(String),
      updatedAt: expect.any(String),
      editPath: expect.stringMatching(/^\/collections\/.+\?locale=/),
      reviewPath: expect.stringMatching(/^\/translation-review\//),
    })
  })

  test('filters by language, collection and state; "needs translation" includes languages never touched', async () => {
    const reviewId = await news('Needs review English')
    const untouched = await news()
    const review = await get('/api/translation-dashboard?locale=en&collection=news&state=needs-review', 'translator')
    expect(review.status).toBe(200)
    expect(review.body.filters).toEqual({ locale: 'en', collection: 'news', state: 'needs-review' })
    expect(rows(review.body).every((row) => row.locale === 'en' && row.collection === 'news' && row.state === 'in_review')).toBe(true)
    const row = rows(review.body).find((entry) => entry.id === reviewId)
    expect(row).toMatchObject({
      title: 'Needs review English',
      editPath: `/collections/news/${reviewId}?locale=en`,
      reviewPath: `/translation-review/news/${reviewId}/en`,
    })
    expect(rows(review.body).some((entry) => entry.id === untouched)).toBe(false)

    const missing = await get('/api/translation-dashboard?locale=ja&collection=news&state=needs-translation&limit=100', 'editor')
    const ids = rows(missing.body).map((entry) => entry.id)
    expect(ids).toEqual(expect.arrayContaining([reviewId, untouched]))
    expect(rows(missing.body).every((entry) => entry.state === 'missing' || entry.state === 'machine_draft')).toBe(true)
    // A missing language reads as the Chinese title.
    expect(rows(missing.body).find((entry) => entry.id === untouched)?.title).toContain('中文标题')

    // Across languages and collections, newest first, paged.
    const all = await get('/api/translation-dashboard?state=in_review&limit=1&page=2', 'editor')
    expect(all.body).toMatchObject({ page: 2, limit: 1 })
    expect(all.body.docs).toHaveLength(1)
    expect(all.body.totalDocs).toBeGreaterThanOrEqual(2)
    expect(all.body.totalPages).toBe(all.body.totalDocs)
  })

  test('bad filters are a 400 with a message', async () => {
    for (const query of ['locale=zh', 'collection=users', 'state=published', 'page=0', 'limit=1000']) {
      const res = await get(`/api/translation-dashboard?${query}`, 'editor')
      expect(res.status).toBe(400)
      expect(res.body.errors[0].message).toMatch(/must be/)
    }
    // "all" reads as no filter.
    expect((await get('/api/translation-dashboard?locale=all&collection=all&state=all', 'editor')).status).toBe(200)
  })

  test('counts and lists change after an approval', async () => {
    const id = await news('Counted English')
    const before = (await get('/api/translation-dashboard?locale=en&collection=news&state=approved&limit=100', 'reviewer')).body
    expect((await action('news', id, 'en', 'approve')).status).toBe(200)
    const after = (await get('/api/translation-dashboard?locale=en&collection=news&state=approved&limit=100', 'reviewer')).body
    expect(after.counts.news.en.approved).toBe(before.counts.news.en.approved + 1)
    expect(after.counts.news.en.in_review).toBe(before.counts.news.en.in_review - 1)
    expect(after.totals.en.approved).toBe(before.totals.en.approved + 1)
    expect(after.totalDocs).toBe(before.totalDocs + 1)
    expect(rows(after).some((entry) => entry.id === id && entry.state === 'approved')).toBe(true)
    expect(rows(before).some((entry) => entry.id === id)).toBe(false)
  })
})

describe('diffText', () => {
  const apply = (parts: ReturnType<typeof diffText>, side: 'old' | 'new') =>
    parts.filter((part) => part.op === 'equal' || part.op === (side === 'old' ? 'delete' : 'insert')).map((part) => part.text).join('')

  test('reconstructs both texts and marks only what changed', () => {
    const before = '办理时限：5个工作日。'
    const after = '办理时限：7个工作日。'
    const parts = diffText(before, after)
    expect(apply(parts, 'old')).toBe(before)
    expect(apply(parts, 'new')).toBe(after)
    expect(parts.filter((part) => part.op !== 'equal')).toEqual([
      { op: 'delete', text: '5' },
      { op: 'insert', text: '7' },
    ])
    expect(diffText('same', 'same')).toEqual([{ op: 'equal', text: 'same' }])
    expect(diffText('', 'new')).toEqual([{ op: 'insert', text: 'new' }])
  })

  test('long texts are compared sentence by sentence', () => {
    const sentence = (n: number) => `第${n}条：外国人应当在签证有效期届满七日前向出入境管理机构申请延期。`
    const before = Array.from({ length: 40 }, (_, n) => sentence(n)).join('')
    const after = before.replace(sentence(20), `${sentence(20)}新增一句说明。`).replace(sentence(5), '')
    const parts = diffText(before, after)
    expect(apply(parts, 'old')).toBe(before)
    expect(apply(parts, 'new')).toBe(after)
    expect(parts.filter((part) => part.op === 'insert').map((part) => part.text).join('')).toBe('新增一句说明。')
  })
})
