/**
 * Bad input through REST gets a 400 whose body names the field and says what is wrong
 * (`errors[0].data.errors[]` with `path` and `message`), never a 500, and a refused update
 * leaves the stored document exactly as it was.
 */
import request from 'supertest'

import { createSource, createStaff, errorMessage, fieldErrors, type Id, type StaffUser, uniqueSlug } from './support/fixtures'
import { startPortal, type Portal } from './support/portal'

let portal: Portal
let editor: StaffUser
let sourceId: Id

beforeAll(async () => {
  portal = await startPortal()
  editor = await createStaff(portal, 'editor')
  sourceId = await createSource(portal)
})

afterAll(() => portal.stop())

type Json = Record<string, unknown>

const post = (path: string, body: Json | string) =>
  request(portal.app).post(path).set('Authorization', editor.auth).set('Content-Type', 'application/json').send(body)
const patch = (path: string, body: Json | string) =>
  request(portal.app).patch(path).set('Authorization', editor.auth).set('Content-Type', 'application/json').send(body)
const read = async (collection: string, id: Id, locale = 'zh') => {
  const res = await request(portal.app)
    .get(`/api/${collection}/${id}?locale=${locale}&depth=0&draft=true`)
    .set('Authorization', editor.auth)
  expect(res.status).toBe(200)
  return res.body as Json
}

/** Asserts a 400 whose field errors include `path`, and returns that error's message. */
const expectFieldError = (res: request.Response, path: string): string => {
  expect(res.status).toBe(400)
  const errors = fieldErrors(res.body)
  const error = errors.find((candidate) => candidate.path === path)
  if (!error) throw new Error(`no field error on "${path}" in ${JSON.stringify(res.body)}`)
  expect(error.message).toEqual(expect.any(String))
  expect(error.message.length).toBeGreaterThan(5)
  return error.message
}

const count = async (collection: 'news' | 'policy-documents' | 'topics' | 'services') =>
  (await portal.payload.count({ collection, overrideAccess: true, draft: true } as never)).totalDocs

const newsData = (extra: Json = {}): Json => ({
  title: '上海发布外籍人才便利措施',
  summary: '新措施简化工作许可办理流程。',
  slug: uniqueSlug('news'),
  source: sourceId,
  _status: 'published',
  ...extra,
})

const policyData = (extra: Json = {}): Json => ({
  title: '关于进一步便利外籍人员来沪的若干措施',
  documentNumber: `沪府办规〔2026〕${Math.floor(Math.random() * 90000) + 10}号`,
  source: sourceId,
  issueDate: '2026-01-10T00:00:00.000Z',
  slug: uniqueSlug('policy'),
  ...extra,
})

describe('news', () => {
  test('publishing without a title → 400 naming title', async () => {
    const before = await count('news')
    const { title: _omitted, ...withoutTitle } = newsData()
    const res = await post('/api/news', withoutTitle)
    expect(expectFieldError(res, 'title')).toMatch(/required/i)
    expect(await count('news')).toBe(before)
  })

  test('a draft may lack a title, but publishing it without one → 400 naming title', async () => {
    const { title: _omitted, _status: _draft, ...withoutTitle } = newsData()
    const draft = await post('/api/news?draft=true', withoutTitle)
    expect(draft.status).toBe(201)
    const id = draft.body.doc.id

    const res = await patch(`/api/news/${id}`, { _status: 'published' })
    expect(expectFieldError(res, 'title')).toMatch(/required/i)
    expect((await read('news', id))._status).toBe('draft')
    const anonymous = await request(portal.app).get(`/api/news/${id}`)
    expect(anonymous.status).toBe(404)
  })

  test('publishing with an empty title → 400 naming title', async () => {
    const res = await post('/api/news', newsData({ title: '' }))
    expectFieldError(res, 'title')
  })

  test.each([
    ['javascript:alert(1)'],
    ['JavaScript:alert(document.cookie)'],
    ['data:text/html,<script>alert(1)</script>'],
    ['ftp://x'],
    ['/zwgk/2026/notice.html'],
    ['www.shanghai.gov.cn/notice.html'],
  ])('originalUrl %s → 400 naming originalUrl', async (url) => {
    const before = await count('news')
    const res = await post('/api/news', newsData({ originalUrl: url }))
    expect(expectFieldError(res, 'originalUrl')).toMatch(/http/)
    expect(await count('news')).toBe(before)
  })

  test('an https originalUrl is accepted and stored', async () => {
    const url = 'https://www.shanghai.gov.cn/nw12344/20260110/notice.html'
    const res = await post('/api/news', newsData({ originalUrl: url }))
    expect(res.status).toBe(201)
    expect((await read('news', res.body.doc.id)).originalUrl).toBe(url)
  })

  test('a refused update leaves the stored news item unchanged', async () => {
    const created = await post('/api/news', newsData({ originalUrl: 'https://www.shanghai.gov.cn/a.html' }))
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const before = await read('news', id)

    const res = await patch(`/api/news/${id}`, {
      title: '被改掉的标题',
      summary: '被改掉的摘要',
      originalUrl: 'javascript:alert(1)',
    })
    expectFieldError(res, 'originalUrl')

    const after = await read('news', id)
    expect(after.title).toBe(before.title)
    expect(after.summary).toBe(before.summary)
    expect(after.originalUrl).toBe('https://www.shanghai.gov.cn/a.html')
    expect(after.updatedAt).toBe(before.updatedAt)
  })

  test('a malformed JSON body → 400, not 500, and nothing is created', async () => {
    const before = await count('news')
    const res = await post('/api/news', '{"title": "上海", "slug": ')
    expect(res.status).toBe(400)
    expect(errorMessage(res.body)).toMatch(/json/i)
    expect(await count('news')).toBe(before)
  })

  test('a malformed JSON update → 400 and the item is unchanged', async () => {
    const created = await post('/api/news', newsData())
    const id = created.body.doc.id
    const before = await read('news', id)
    const res = await patch(`/api/news/${id}`, '{"title": "坏的')
    expect(res.status).toBe(400)
    expect(await read('news', id)).toEqual(before)
  })

  test('a malformed GraphQL request body → 400 with a JSON error, not an HTML stack trace', async () => {
    const res = await request(portal.app)
      .post('/api/graphql')
      .set('Content-Type', 'application/json')
      .send('{"query": "{ allNews { docs { title } } }"')
    expect(res.status).toBe(400)
    expect(res.headers['content-type']).toMatch(/application\/json/)
    expect(errorMessage(res.body)).toMatch(/json/i)
    expect(res.text).not.toMatch(/node_modules|at .*\.ts:\d+/)
  })
})

describe('services', () => {
  test('a javascript: online application URL inside a group → 400 naming onlineApplication.url', async () => {
    const res = await post('/api/services', {
      title: '外国人签证延期',
      summary: '在华外国人申请签证延期的办理指南。',
      slug: uniqueSlug('service'),
      source: sourceId,
      onlineApplication: { url: 'javascript:alert(1)' },
      _status: 'published',
    })
    expectFieldError(res, 'onlineApplication.url')
  })
})

describe('policy documents', () => {
  test('the official document number form 沪府办规〔2026〕5号 is accepted', async () => {
    const res = await post('/api/policy-documents', policyData({ documentNumber: '沪府办规〔2026〕5号' }))
    expect(res.status).toBe(201)
    expect((await read('policy-documents', res.body.doc.id)).documentNumber).toBe('沪府办规〔2026〕5号')
  })

  test.each([['abc'], ['沪府办规[2026]5号'], ['沪府办规〔26〕5号'], ['沪府办规〔2026〕5'], ['〔2026〕5号']])(
    'document number %s → 400 naming documentNumber',
    async (documentNumber) => {
      const before = await count('policy-documents')
      const res = await post('/api/policy-documents', policyData({ documentNumber }))
      expect(expectFieldError(res, 'documentNumber')).toMatch(/〔2026〕5号/)
      expect(await count('policy-documents')).toBe(before)
    },
  )

  test('a duplicate document number → 400 naming documentNumber, not 500', async () => {
    const documentNumber = '沪府规〔2025〕17号'
    expect((await post('/api/policy-documents', policyData({ documentNumber }))).status).toBe(201)
    const before = await count('policy-documents')
    const res = await post('/api/policy-documents', policyData({ documentNumber }))
    expectFieldError(res, 'documentNumber')
    expect(await count('policy-documents')).toBe(before)
  })

  test('effective date before the issue date → 400 naming effectiveDate', async () => {
    const res = await post(
      '/api/policy-documents',
      policyData({ issueDate: '2026-03-01T00:00:00.000Z', effectiveDate: '2026-02-28T00:00:00.000Z' }),
    )
    expect(expectFieldError(res, 'effectiveDate')).toMatch(/issue date/)
  })

  test('expiry date before the effective date → 400 naming expiryDate', async () => {
    const res = await post(
      '/api/policy-documents',
      policyData({
        issueDate: '2026-01-01T00:00:00.000Z',
        effectiveDate: '2026-02-01T00:00:00.000Z',
        expiryDate: '2026-01-31T00:00:00.000Z',
      }),
    )
    expect(expectFieldError(res, 'expiryDate')).toMatch(/effective date/)
  })

  test('issue, effective and expiry on the same day are accepted', async () => {
    const day = '2026-04-01T00:00:00.000Z'
    const res = await post('/api/policy-documents', policyData({ issueDate: day, effectiveDate: day, expiryDate: day }))
    expect(res.status).toBe(201)
    const stored = await read('policy-documents', res.body.doc.id)
    expect(new Date(stored.effectiveDate as string).toISOString()).toBe(day)
    expect(new Date(stored.expiryDate as string).toISOString()).toBe(day)
  })

  test('an update that moves only the expiry date before the stored effective date → 400, unchanged', async () => {
    const created = await post(
      '/api/policy-documents',
      policyData({ effectiveDate: '2026-02-01T00:00:00.000Z', expiryDate: '2027-02-01T00:00:00.000Z' }),
    )
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const before = await read('policy-documents', id)

    const res = await patch(`/api/policy-documents/${id}`, { expiryDate: '2026-01-15T00:00:00.000Z', title: '改过的标题' })
    expectFieldError(res, 'expiryDate')
    expect(await read('policy-documents', id)).toEqual(before)
  })

  test('an update that moves only the effective date after the stored expiry date → 400, unchanged', async () => {
    const created = await post(
      '/api/policy-documents',
      policyData({ effectiveDate: '2026-02-01T00:00:00.000Z', expiryDate: '2026-12-31T00:00:00.000Z' }),
    )
    const id = created.body.doc.id
    const before = await read('policy-documents', id)

    const res = await patch(`/api/policy-documents/${id}`, { effectiveDate: '2027-06-01T00:00:00.000Z' })
    expectFieldError(res, 'expiryDate')
    expect(await read('policy-documents', id)).toEqual(before)
  })
})

describe('slugs', () => {
  test.each([['Visa Extension'], ['a--b'], ['-visa'], ['visa-'], ['签证延期'], ['visa_extension']])(
    'slug %s → 400 naming slug',
    async (slug) => {
      const res = await post('/api/topics', { name: '签证', slug })
      expect(expectFieldError(res, 'slug')).toMatch(/lower-case/)
    },
  )

  test('visa-extension-2026 is accepted', async () => {
    const res = await post('/api/topics', { name: '签证延期', slug: 'visa-extension-2026' })
    expect(res.status).toBe(201)
    expect(res.body.doc.slug).toBe('visa-extension-2026')
  })

  test('a duplicate slug → 400 naming slug, not 500', async () => {
    const slug = uniqueSlug('dup')
    expect((await post('/api/topics', { name: '居留许可', slug })).status).toBe(201)
    const res = await post('/api/topics', { name: '居留许可（重复）', slug })
    expectFieldError(res, 'slug')
  })
})

describe('topic nesting', () => {
  const topic = async (name: string, parent?: Id) => {
    const res = await post('/api/topics', { name, slug: uniqueSlug('topic'), ...(parent ? { parent } : {}) })
    expect(res.status).toBe(201)
    return res.body.doc.id as Id
  }
  const parentOf = async (id: Id) => {
    const parent = (await read('topics', id)).parent as Id | null | undefined
    return parent ?? null
  }

  test('a topic cannot be its own parent', async () => {
    const a = await topic('出入境')
    const res = await patch(`/api/topics/${a}`, { parent: a })
    expect(expectFieldError(res, 'parent')).toMatch(/itself/)
    expect(await parentOf(a)).toBeNull()
  })

  test('A.parent = B when B.parent = A is refused', async () => {
    const a = await topic('签证')
    const b = await topic('签证延期', a)
    const res = await patch(`/api/topics/${a}`, { parent: b })
    expect(expectFieldError(res, 'parent')).toMatch(/itself/)
    expect(await parentOf(a)).toBeNull()
    expect(String(await parentOf(b))).toBe(String(a))
  })

  test('a longer cycle (A → B → C, then A.parent = C) is refused', async () => {
    const a = await topic('生活服务')
    const b = await topic('医疗', a)
    const c = await topic('医疗保险', b)
    const res = await patch(`/api/topics/${a}`, { parent: c })
    expectFieldError(res, 'parent')
    expect(await parentOf(a)).toBeNull()
  })

  test('re-parenting without a cycle is accepted', async () => {
    const a = await topic('投资')
    const b = await topic('外商投资')
    const res = await patch(`/api/topics/${b}`, { parent: a })
    expect(res.status).toBe(200)
    expect(String(await parentOf(b))).toBe(String(a))
  })
})

describe('locale parameter', () => {
  // A locale the portal does not have is bad input. Payload maps an unknown locale to the default
  // (Chinese) when fallback is on, so a typo such as locale=jp silently reads - and writes - Chinese.
  test('GET with ?locale=xx → 400 naming the locale', async () => {
    const created = await post('/api/news', newsData())
    expect(created.status).toBe(201)
    const res = await request(portal.app).get(`/api/news/${created.body.doc.id}?locale=xx`)
    expect(res.status).toBe(400)
    expect(errorMessage(res.body)).toMatch(/xx/)
  })

  test('PATCH with ?locale=jp (a typo for ja) → 400 and the Chinese text is untouched', async () => {
    const created = await post('/api/news', newsData({ title: '中文原标题' }))
    const id = created.body.doc.id
    const res = await patch(`/api/news/${id}?locale=jp`, { title: 'Japanese title' })
    expect((await read('news', id, 'zh')).title).toBe('中文原标题')
    expect(res.status).toBe(400)
  })
})
