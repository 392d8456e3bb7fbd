/**
 * The per-language review workflow: who may move a language through its states, outdated
 * detection naming the changed fields, and public gating of unapproved languages through
 * every door.
 */
import request from 'supertest'

import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff
let sourceId: string | number

const anon = () => request(portal.app)
const as = (role: keyof Staff) => authFor(staff, role)

const action = (collection: string, id: string | number, locale: string, name: string, role: keyof Staff) =>
  request(portal.app).post(`/api/${collection}/${id}/translation/${locale}/${name}`).set(as(role))

/** A published news item with Chinese text and a translator's draft in `locale`. */
const newsWithTranslation = async (slug: string, locale: 'en' | 'ar', title: string) => {
  const doc = await portal.payload.create({
    collection: 'news',
    data: { title: `${slug} 中文标题`, summary: '中文摘要', slug, source: sourceId as never, _status: 'published' },
  })
  const res = await request(portal.app)
    .patch(`/api/news/${doc.id}?locale=${locale}`)
    .set(as('translator'))
    .send({ title, summary: `${title} summary` })
  expect(res.status).toBe(200)
  return doc.id
}

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })).id
})

afterAll(() => portal.stop())

test('a translator’s text waits for review and is invisible to the public', async () => {
  const id = await newsWithTranslation('pending', 'en', 'PENDING English title')
  const staffView = await request(portal.app).get(`/api/news/${id}?locale=en&draft=true`).set(as('reviewer'))
  expect(staffView.body.translation).toMatchObject({ state: 'in_review', method: 'human' })

  expect((await anon().get(`/api/news/${id}?locale=en`)).status).toBe(404)
  const list = await anon().get('/api/news?locale=en')
  expect(JSON.stringify(list.body)).not.toContain('PENDING')
  const all = await anon().get(`/api/news/${id}?locale=all`)
  expect(all.status).toBe(200)
  expect(all.body.title).toEqual({ zh: 'pending 中文标题' })
  const gql = await anon().post('/api/graphql').send({ query: `{ News(id: ${JSON.stringify(id)}, locale: en) { title } }` })
  expect(JSON.stringify(gql.body)).not.toContain('PENDING')
  expect((await anon().get(`/api/news/${id}?locale=zh`)).body.title).toBe('pending 中文标题')
})

test('an assigned reviewer approves; the language goes public with its provenance', async () => {
  const id = await newsWithTranslation('approved', 'en', 'Approved English title')
  const res = await action('news', id, 'en', 'approve', 'reviewer')
  expect(res.status).toBe(200)
  expect(res.body.state).toBe('approved')

  const read = await anon().get(`/api/news/${id}?locale=en`)
  expect(read.status).toBe(200)
  expect(read.body.title).toBe('Approved English title')
  expect(read.body.translation).toMatchObject({ state: 'approved', method: 'human' })
  expect(read.body.translation.reviewedAt).toBeTruthy()
  expect(read.body.translation.sourceSnapshot).toBeUndefined()
  const all = await anon().get(`/api/news/${id}?locale=all`)
  expect(all.body.title).toEqual({ zh: 'approved 中文标题', en: 'Approved English title' })
})

test('transitions are enforced: role, assigned language and current state', async () => {
  const id = await newsWithTranslation('rules', 'en', 'Rules title')
  expect((await action('news', id, 'en', 'approve', 'translator')).status).toBe(403)
  expect((await action('news', id, 'en', 'approve', 'editor')).status).toBe(403)
  expect((await action('news', id, 'ja', 'approve', 'reviewer')).status).toBe(403)
  expect((await action('news', id, 'ko', 'approve', 'admin')).status).toBe(409) // nothing to approve
  expect((await action('news', id, 'xx', 'approve', 'admin')).status).toBe(400)
  expect((await action('news', id, 'en', 'publish', 'admin')).status).toBe(400)
  expect((await anon().post(`/api/news/${id}/translation/en/approve`)).status).toBe(401)
  // Nothing above changed the state.
  const latest = () => portal.payload.findByID({ collection: 'news', id, locale: 'en', draft: true })
  expect((await latest()).translation?.state).toBe('in_review')
  // Clients cannot write the workflow record themselves.
  await request(portal.app).patch(`/api/news/${id}?locale=en`).set(as('admin')).send({ translation: { state: 'approved' } })
  expect((await latest()).translation?.state).toBe('in_review')
  expect((await anon().get(`/api/news/${id}?locale=en`)).status).toBe(404)
})

test('each role writes only its languages', async () => {
  const id = await newsWithTranslation('languages', 'en', 'Languages title')
  const patch = (locale: string, role: keyof Staff) =>
    request(portal.app).patch(`/api/news/${id}?locale=${locale}`).set(as(role)).send({ title: `edited by ${role}` })
  expect((await patch('zh', 'translator')).status).toBe(403)
  expect((await patch('ja', 'translator')).status).toBe(403)
  expect((await patch('en', 'editor')).status).toBe(403)
  expect((await patch('ar', 'reviewer')).status).toBe(200)
  expect((await patch('zh', 'editor')).status).toBe(200)
})

test('editing approved text needs review again; readers keep the approved text meanwhile', async () => {
  const id = await newsWithTranslation('reedit', 'en', 'First approved')
  await action('news', id, 'en', 'approve', 'reviewer')
  await request(portal.app).patch(`/api/news/${id}?locale=en`).set(as('translator')).send({ title: 'Second unreviewed' })
  const latest = await portal.payload.findByID({ collection: 'news', id, locale: 'en', draft: true })
  expect(latest.translation?.state).toBe('in_review')
  expect(latest.title).toBe('Second unreviewed')
  const read = await anon().get(`/api/news/${id}?locale=en`)
  expect(read.body.title).toBe('First approved')
  expect(JSON.stringify((await anon().get('/api/news?locale=en&draft=true')).body)).not.toContain('Second unreviewed')

  expect((await action('news', id, 'en', 'approve', 'reviewer')).status).toBe(200)
  expect((await anon().get(`/api/news/${id}?locale=en`)).body.title).toBe('Second unreviewed')
})

test('sending an approved language back withdraws it from the public', async () => {
  const id = await newsWithTranslation('withdraw', 'en', 'Withdrawn English')
  await action('news', id, 'en', 'approve', 'reviewer')
  expect((await anon().get(`/api/news/${id}?locale=en`)).status).toBe(200)
  const res = await action('news', id, 'en', 'send-back', 'reviewer')
  expect(res.body.state).toBe('machine_draft')
  expect((await anon().get(`/api/news/${id}?locale=en`)).status).toBe(404)
  expect((await anon().get(`/api/news/${id}?locale=zh`)).status).toBe(200)
})

test('a published Chinese change makes approved languages outdated, naming the fields', async () => {
  const id = await newsWithTranslation('outdated', 'en', 'Outdated English')
  await action('news', id, 'en', 'approve', 'reviewer')
  const edit = await request(portal.app)
    .patch(`/api/news/${id}?locale=zh`)
    .set(as('editor'))
    .send({ summary: '新的中文摘要', _status: 'published' })
  expect(edit.status).toBe(200)

  const record = (await portal.payload.findByID({ collection: 'news', id, locale: 'en' })).translation
  expect(record?.state).toBe('outdated')
  expect(record?.outdatedFields).toEqual(['summary'])
  expect((record?.sourceSnapshot as Record<string, string>).summary).toBe('中文摘要')
  // Still public, with its approval date, until re-approved.
  const read = await anon().get(`/api/news/${id}?locale=en`)
  expect(read.body.title).toBe('Outdated English')
  expect(read.body.translation.state).toBe('outdated')
  expect(read.body.translation.reviewedAt).toBeTruthy()

  expect((await action('news', id, 'en', 'approve', 'reviewer')).status).toBe(200)
  const again = (await portal.payload.findByID({ collection: 'news', id, locale: 'en' })).translation
  expect(again?.state).toBe('approved')
  expect(again?.outdatedFields).toEqual([])
})

test('a Chinese draft does not outdate the published translation', async () => {
  const id = await newsWithTranslation('draft-edit', 'en', 'Draft edit English')
  await action('news', id, 'en', 'approve', 'reviewer')
  await request(portal.app).patch(`/api/news/${id}?locale=zh&draft=true`).set(as('editor')).send({ title: '草稿标题', _status: 'draft' })
  const read = await anon().get(`/api/news/${id}?locale=en`)
  expect(read.body.translation.state).toBe('approved')
  // A later translation round publishes English only, not the editor's Chinese draft.
  await request(portal.app).patch(`/api/news/${id}?locale=en`).set(as('translator')).send({ title: 'Draft edit English 2' })
  expect((await action('news', id, 'en', 'approve', 'reviewer')).status).toBe(200)
  expect((await anon().get(`/api/news/${id}?locale=en`)).body.title).toBe('Draft edit English 2')
  expect((await anon().get(`/api/news/${id}?locale=zh`)).body.title).toBe('draft-edit 中文标题')
})

test('fallback never reaches an unreviewed language', async () => {
  const id = await newsWithTranslation('fallback', 'ar', 'ARABIC DRAFT')
  const en = await portal.payload.create({
    collection: 'news',
    data: { title: 'fallback-en 中文', slug: 'fallback-en', source: sourceId as never, _status: 'published' },
  })
  await request(portal.app).patch(`/api/news/${en.id}?locale=en`).set(as('translator')).send({ title: 'Only a title' })
  await action('news', en.id, 'en', 'approve', 'reviewer')
  const res = await anon().get(`/api/news/${en.id}?locale=en&fallback-locale=ar`)
  expect(res.body.title).toBe('Only a title')
  expect(JSON.stringify((await anon().get(`/api/news?locale=en&fallback-locale=ar&depth=2`)).body)).not.toContain('ARABIC DRAFT')
  expect(JSON.stringify((await anon().get(`/api/news/${id}?locale=all`)).body)).not.toContain('ARABIC DRAFT')
})

test('a relation in an approved language does not populate an unapproved one', async () => {
  const service = await portal.payload.create({
    collection: 'services',
    data: { title: '签证延期', summary: '摘要', slug: 'visa', source: sourceId as never, _status: 'published' },
  })
  await request(portal.app).patch(`/api/services/${service.id}?locale=en`).set(as('translator')).send({ title: 'SERVICE DRAFT' })
  const policy = await portal.payload.create({
    collection: 'policy-documents',
    data: { title: '文件', documentNumber: '沪府规〔2026〕9号', source: sourceId as never, issueDate: '2026-01-01', slug: 'p9', validity: 'in_force' },
  })
  const interpretation = await portal.payload.create({
    collection: 'policy-interpretations',
    data: {
      title: '解读',
      slug: 'i1',
      interprets: policy.id,
      format: 'text',
      source: sourceId as never,
      relatedServices: [service.id],
      _status: 'published',
    },
  })
  await request(portal.app).patch(`/api/policy-interpretations/${interpretation.id}?locale=en`).set(as('translator')).send({ title: 'Interpretation' })
  await action('policy-interpretations', interpretation.id, 'en', 'approve', 'reviewer')
  const res = await anon().get(`/api/policy-interpretations/${interpretation.id}?locale=en&depth=2`)
  expect(res.status).toBe(200)
  expect(res.body.title).toBe('Interpretation')
  expect(JSON.stringify(res.body)).not.toContain('SERVICE DRAFT')
})
