/**
 * Machine translation end to end: REST request -> job -> real deepl-node -> local fake DeepL ->
 * machine drafts that only reviewers see; structure kept, glossary applied, translation memory
 * saving an edit's cost, and every DeepL fault leaving the document as it was.
 */
import request from 'supertest'

import { richText } from '../seed/richText'
import { startFakeDeepl, type FakeDeepl } from './support/fakeDeepl'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff
let fake: FakeDeepl
let sourceId: string | number

const URL_IN_LINK = 'https://zwdt.sh.gov.cn/apply?item=visa&lang=zh'

/** Lexical body with a heading, bold text, a link and a list. */
const body = (variant: string, changed = '') => {
  const state = richText(
    { heading: `办理须知（${variant}）` },
    `请通过一网通办在线预约。${changed}`,
    { list: ['护照原件', '照片一张', '住宿登记表'] },
    '办理地点：浦东新区民生路1500号。',
  ) as { root: { children: Record<string, unknown>[] } }
  const paragraph = state.root.children[1] as { children: Record<string, unknown>[] }
  paragraph.children.push(
    { type: 'text', text: '重要提示', format: 1, detail: 0, mode: 'normal', style: '', version: 1 },
    {
      type: 'link',
      fields: { url: URL_IN_LINK, newTab: true, linkType: 'custom' },
      children: [{ type: 'text', text: '申请入口', format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      direction: 'ltr',
      format: '',
      indent: 0,
      version: 3,
    },
  )
  return state
}

const createNews = async (slug: string) =>
  portal.payload.create({
    collection: 'news',
    data: {
      title: `签证延期办理指南（${slug}）`,
      summary: '外国人可通过一网通办申请签证延期。',
      body: body(slug) as never,
      slug,
      source: sourceId as never,
      _status: 'published',
    },
  })

const requestTranslation = (id: string | number, payload: object, role: keyof Staff = 'editor') =>
  request(portal.app).post(`/api/news/${id}/translation/machine`).set(authFor(staff, role)).send(payload)

const runJobs = () => portal.payload.jobs.run({ queue: 'translation', limit: 10 })

const latest = (id: string | number, locale: string) =>
  portal.payload.findByID({ collection: 'news', id, locale: locale as 'en', fallbackLocale: false, draft: true })

const lastJob = async () => (await portal.payload.find({ collection: 'payload-jobs', sort: '-createdAt', limit: 1 })).docs[0] as unknown as Record<string, unknown>

beforeAll(async () => {
  fake = await startFakeDeepl()
  process.env.DEEPL_AUTH_KEY = fake.authKey
  process.env.DEEPL_SERVER_URL = fake.url
  portal = await startPortal()
  staff = await createStaff(portal)
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })).id
  await portal.payload.create({
    collection: 'glossary',
    data: { term: '一网通办', approved: { en: 'Government Online-Offline Shanghai', ar: 'خدمة شنغهاي الحكومية المتكاملة' } },
  })
})

afterAll(async () => {
  await portal.stop()
  await fake.stop()
})

beforeEach(() => fake.reset())

test('an editor machine-translates a news item: drafts for reviewers only, structure and links kept', async () => {
  const news = await createNews('mt-basic')
  const queued = await requestTranslation(news.id, { locales: ['en', 'ar'] })
  expect(queued.status).toBe(202)
  await runJobs()

  const en = await latest(news.id, 'en')
  expect(en.translation).toMatchObject({ state: 'machine_draft', method: 'machine', engine: 'deepl' })
  expect(en.title).toMatch(/^\[EN-GB\] /)
  expect(en.summary).toContain('Government Online-Offline Shanghai')
  expect(en.translation?.terminology).toEqual([])

  const enBody = en.body as unknown as { root: { children: { type: string; children: Record<string, unknown>[] }[] } }
  expect(enBody.root.children.map(({ type }) => type)).toEqual(['heading', 'paragraph', 'list', 'paragraph'])
  const paragraph = enBody.root.children[1].children
  const link = paragraph.find((node) => node.type === 'link') as { fields: { url: string }; children: { text: string }[] }
  expect(link.fields.url).toBe(URL_IN_LINK)
  expect(link.children[0].text).not.toMatch(/[\u4e00-\u9fff]/)
  expect(paragraph.some((node) => node.format === 1)).toBe(true)
  expect((enBody.root.children[2].children as unknown[]).length).toBe(3)
  // The link URL is never sent to DeepL; the target code is British English, formal where possible.
  expect(JSON.stringify(fake.requests)).not.toContain('zwdt.sh.gov.cn')
  expect(fake.requests.every((r) => r.formality === 'prefer_more')).toBe(true)
  expect(fake.requests.some((r) => r.target_lang?.toUpperCase() === 'EN-GB')).toBe(true)

  const ar = await latest(news.id, 'ar')
  expect((ar.body as unknown as { root: { direction: string } }).root.direction).toBe('rtl')

  // Unreviewed machine text is invisible to the public in every form.
  expect((await request(portal.app).get(`/api/news/${news.id}?locale=en`)).status).toBe(404)
  expect(JSON.stringify((await request(portal.app).get(`/api/news/${news.id}?locale=all&draft=true`)).body)).not.toContain('[EN-GB]')

  const job = await lastJob()
  expect(job.completedAt).toBeTruthy()
  const summary = (job.taskStatus as Record<string, Record<string, { output: { summary: { usage: { requests: number; billedCharacters: number } } } }>>)
    .translateDocument
  const usage = Object.values(summary)[0].output.summary.usage
  expect(usage.requests).toBe(fake.requests.length - 0)
  expect(usage.billedCharacters).toBe(fake.billedCharacters)
})

test('after approval, an edited paragraph makes the language outdated and re-translation bills only that paragraph', async () => {
  const news = await createNews('mt-memory')
  await requestTranslation(news.id, { locales: ['en'] })
  await runJobs()
  expect((await request(portal.app).post(`/api/news/${news.id}/translation/en/approve`).set(authFor(staff, 'reviewer'))).status).toBe(200)

  await request(portal.app)
    .patch(`/api/news/${news.id}?locale=zh`)
    .set(authFor(staff, 'editor'))
    .send({ body: body('mt-memory', '请提前准备材料。'), _status: 'published' })
  expect((await latest(news.id, 'en')).translation?.outdatedFields).toEqual(['body'])

  fake.reset()
  await requestTranslation(news.id, { locales: ['en'] })
  await runJobs()
  const en = await latest(news.id, 'en')
  expect(en.translation?.state).toBe('machine_draft')
  expect(fake.requests).toHaveLength(1)
  expect(fake.requests[0].texts).toHaveLength(1)
  expect(fake.requests[0].texts[0]).toContain('请提前准备材料')
  // Title, summary, heading and list came from the translation memory: only that block is billed.
  expect(fake.billedCharacters).toBeLessThanOrEqual([...fake.requests[0].texts[0]].length)
  // Readers still see the approved translation until the new draft is approved.
  const read = await request(portal.app).get(`/api/news/${news.id}?locale=en`)
  expect(read.body.translation.state).toBe('outdated')
})

test('a person’s approved text is not overwritten unless fields are requested', async () => {
  const news = await createNews('mt-protect')
  await request(portal.app).patch(`/api/news/${news.id}?locale=en`).set(authFor(staff, 'translator')).send({ title: 'Human title' })
  await request(portal.app).post(`/api/news/${news.id}/translation/en/approve`).set(authFor(staff, 'reviewer'))
  await requestTranslation(news.id, { locales: ['en'] })
  await runJobs()
  expect(fake.requests).toHaveLength(0)
  expect((await latest(news.id, 'en')).title).toBe('Human title')

  await requestTranslation(news.id, { locales: ['en'], fields: ['summary'] })
  await runJobs()
  const en = await latest(news.id, 'en')
  expect(en.title).toBe('Human title')
  expect(en.summary).toMatch(/^\[EN-GB\]/)
  expect(en.translation?.method).toBe('machine_human')
})

test('many segments are batched within DeepL limits', async () => {
  const items = Array.from({ length: 120 }, (_, i) => `第${i + 1}项材料说明`)
  const news = await portal.payload.create({
    collection: 'news',
    data: { title: '材料清单', body: richText({ list: items }) as never, slug: 'mt-batch', source: sourceId as never, _status: 'published' },
  })
  await requestTranslation(news.id, { locales: ['de'] })
  await runJobs()
  expect(fake.requests.length).toBeGreaterThanOrEqual(3)
  expect(fake.requests.every((r) => r.texts.length <= 50 && r.bodyBytes < 128 * 1024)).toBe(true)
  const de = await latest(news.id, 'de')
  expect((de.body as unknown as { root: { children: { children: unknown[] }[] } }).root.children[0].children).toHaveLength(120)
})

describe('faults leave the document as it was', () => {
  test.each([
    [456, /quota/i],
    [403, /key/i],
  ] as const)('%i stops the job at once with a clear message', async (status, message) => {
    const news = await createNews(`mt-fault-${status}`)
    fake.failNext(status, 10)
    await requestTranslation(news.id, { locales: ['fr'] })
    await runJobs()
    await runJobs()
    const job = await lastJob()
    expect(job.hasError).toBe(true)
    expect(JSON.stringify(job.error ?? job.log)).toMatch(message)
    expect(fake.calls.filter((call) => call.path === '/v2/translate' || call.path.includes('glossar')).length).toBeLessThanOrEqual(2)
    const fr = await latest(news.id, 'fr')
    expect(fr.translation?.state ?? 'missing').toBe('missing')
    expect(fr.title).toBeFalsy()
  })

  test.each([
    ['rate limit (429)', () => fake.failNext(429, 2)],
    ['server error (503)', () => fake.failNext(503, 2)],
    ['a hung request', () => fake.hangNext(2)],
  ])('%s is retried with backoff and then succeeds', async (_name, inject) => {
    const news = await createNews(`mt-retry-${fake.calls.length}-${Date.now()}`)
    inject()
    await requestTranslation(news.id, { locales: ['es'] })
    await runJobs()
    const afterFirst = await latest(news.id, 'es')
    expect(afterFirst.title ?? null).toBeNull()
    for (let attempt = 0; attempt < 4 && (await latest(news.id, 'es')).translation?.state !== 'machine_draft'; attempt += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      await runJobs()
    }
    expect((await latest(news.id, 'es')).translation?.state).toBe('machine_draft')
  })
})

describe('requests', () => {
  test('bad input is refused with a clear message', async () => {
    const news = await createNews('mt-input')
    expect((await requestTranslation(news.id, { locales: ['xx'] })).status).toBe(400)
    expect((await requestTranslation(news.id, { locales: [] })).status).toBe(400)
    expect((await requestTranslation(news.id, { locales: ['en'], fields: [1] })).status).toBe(400)
    expect((await requestTranslation(news.id, { locales: ['ja'] }, 'translator')).status).toBe(403)
    expect((await requestTranslation('999999', { locales: ['en'] })).status).toBe(404)
    expect((await request(portal.app).post(`/api/news/${news.id}/translation/machine`).send({ locales: ['en'] })).status).toBe(401)
  })

  test('without a DeepL key the portal says machine translation is not configured', async () => {
    const key = process.env.DEEPL_AUTH_KEY
    delete process.env.DEEPL_AUTH_KEY
    try {
      const news = await createNews('mt-off')
      const res = await requestTranslation(news.id, { locales: ['en'] })
      expect(res.status).toBe(503)
      expect(res.body.errors[0].message).toMatch(/not configured/)
    } finally {
      process.env.DEEPL_AUTH_KEY = key
    }
  })
})

describe('bulk translation', () => {
  const batch = async (id: string | number) =>
    (await portal.payload.findByID({ collection: 'translation-batches', id, overrideAccess: true })) as unknown as Record<string, unknown>

  test('a selection is translated with progress kept, resuming after a transient fault', async () => {
    const docs = await Promise.all(['bulk-a', 'bulk-b', 'bulk-c'].map((slug) => createNews(slug)))
    const queued = await request(portal.app)
      .post('/api/news/translation/machine-bulk')
      .set(authFor(staff, 'editor'))
      .send({ locales: ['ko', 'ru'], ids: docs.map(({ id }) => id) })
    expect(queued.status).toBe(202)
    expect(queued.body.total).toBe(3)
    expect(await batch(queued.body.batchId)).toMatchObject({ status: 'queued', total: 3, done: 0 })

    // The second document meets an outage on its first attempt; the retry resumes there.
    let translated = 0
    fake.failNext(503, 2, { path: '/v2/translate' })
    for (let attempt = 0; attempt < 5 && (await batch(queued.body.batchId)).status !== 'done'; attempt += 1) {
      await runJobs()
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    const done = await batch(queued.body.batchId)
    expect(done).toMatchObject({ status: 'done', total: 3, done: 3, failed: 0 })
    expect(done.billedCharacters).toBe(fake.billedCharacters)
    for (const { id } of docs) {
      if ((await latest(id, 'ru')).translation?.state === 'machine_draft') translated += 1
    }
    expect(translated).toBe(3)
  })

  test('only editors and admins translate in bulk; bad requests are refused', async () => {
    const post = (body: object, role: keyof Staff = 'editor') =>
      request(portal.app).post('/api/news/translation/machine-bulk').set(authFor(staff, role)).send(body)
    expect((await post({ locales: ['en'] }, 'translator')).status).toBe(403)
    expect((await post({ locales: ['xx'] })).status).toBe(400)
    expect((await post({ locales: ['en'], ids: [] })).status).toBe(400)
    expect((await post({ locales: ['en'], ids: ['999999'] })).status).toBe(404)
  })
})

test('terminology findings are listed after a human save and approval needs a confirmation', async () => {
  const news = await createNews('mt-terms')
  const edit = await request(portal.app)
    .patch(`/api/news/${news.id}?locale=en`)
    .set(authFor(staff, 'translator'))
    .send({ title: 'Visa extension guide', summary: 'Apply through the city one-stop portal.' })
  expect(edit.status).toBe(200)
  const record = (await latest(news.id, 'en')).translation
  expect(record?.terminology).toEqual([{ term: '一网通办', expected: 'Government Online-Offline Shanghai', field: 'summary' }])

  const approve = (body?: object) =>
    request(portal.app).post(`/api/news/${news.id}/translation/en/approve`).set(authFor(staff, 'reviewer')).send(body ?? {})
  const refused = await approve()
  expect(refused.status).toBe(409)
  expect(refused.body.errors[0].message).toContain('Government Online-Offline Shanghai')
  expect((await latest(news.id, 'en')).translation?.state).toBe('in_review')
  expect((await approve({ confirmTerminology: true })).status).toBe(200)

  await request(portal.app)
    .patch(`/api/news/${news.id}?locale=en`)
    .set(authFor(staff, 'translator'))
    .send({ summary: 'Apply through Government Online-Offline Shanghai.' })
  expect((await latest(news.id, 'en')).translation?.terminology).toEqual([])
})
