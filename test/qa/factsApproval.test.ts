/**
 * The fact gate on approval, over REST on a real database: a reviewer cannot approve an Arabic
 * service guide whose fee says 100 where the Chinese says 200 without writing down why; the
 * override is kept with the approval; a correct translation approves without friction; the check
 * runs again when the Chinese changes, and after machine translation.
 */
import request from 'supertest'

import type { FactFinding, FactOverride } from '../../src/qa/facts/types'
import { startFakeDeepl, type FakeDeepl } from '../support/fakeDeepl'
import { startPortal, type Portal } from '../support/portal'
import { authFor, createStaff, type Staff } from '../support/staff'

let portal: Portal
let staff: Staff
let fake: FakeDeepl
let sourceId: string | number

type Record_ = { state: string; facts: FactFinding[]; factOverrides: FactOverride[] }

const as = (role: keyof Staff) => authFor(staff, role)
const approve = (id: string | number, locale: string, body?: object) =>
  request(portal.app).post(`/api/services/${id}/translation/${locale}/approve`).set(as('reviewer')).send(body)
const recordOf = async (id: string | number, locale: string): Promise<Record_> =>
  (await request(portal.app).get(`/api/services/${id}/translation?locale=${locale}`).set(as('reviewer'))).body.languages[0].record

let serial = 0
/** A published service guide in Chinese: a fee, a processing time and an office phone in the summary. */
const service = async (fees = '每人每次200元') => {
  serial += 1
  const doc = await portal.payload.create({
    collection: 'services',
    data: {
      title: '外国人签证延期',
      summary: '外国人申请签证延期，材料齐全的7个工作日内办结。',
      fees,
      processingTime: '7个工作日',
      slug: `facts-service-${serial}`,
      source: sourceId as never,
      _status: 'published',
    },
  })
  return doc.id
}

const translate = async (id: string | number, locale: string, data: object) => {
  const res = await request(portal.app).patch(`/api/services/${id}?locale=${locale}`).set(as('translator')).send(data)
  expect(res.status).toBe(200)
}

const arabic = (fees: string) => ({
  title: 'تمديد تأشيرة الأجانب',
  summary: 'يتقدم الأجانب بطلب تمديد التأشيرة، وتُنجز الطلبات المكتملة خلال 7 أيام عمل.',
  fees,
  processingTime: '7 أيام عمل',
})

const english = (fees: string) => ({
  title: 'Visa extension for foreign nationals',
  summary: 'Complete visa extension applications are decided within 7 working days.',
  fees,
  processingTime: '7 working days',
})

beforeAll(async () => {
  fake = await startFakeDeepl()
  process.env.DEEPL_AUTH_KEY = fake.authKey
  process.env.DEEPL_SERVER_URL = fake.url
  portal = await startPortal()
  staff = await createStaff(portal)
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市公安局出入境管理局', slug: 'facts-crj' } }))
    .id
})

afterAll(async () => {
  await portal?.stop()
  await fake?.stop()
})

test('an Arabic fee of 100 where the Chinese says 200 blocks approval until the reviewer says why', async () => {
  const id = await service()
  await translate(id, 'ar', arabic('100 يوان للشخص في كل مرة'))

  // The translator's save ran the check: the panel and review view show the finding.
  const saved = await recordOf(id, 'ar')
  expect(saved.state).toBe('in_review')
  expect(saved.facts).toEqual([
    expect.objectContaining({
      field: 'fees',
      kind: 'amount',
      issue: 'changed',
      source: '200元',
      target: '100 يوان',
      severity: 'high',
    }),
  ])

  const blocked = await approve(id, 'ar')
  expect(blocked.status).toBe(409)
  const message = blocked.body.errors.map((error: { message: string }) => error.message).join(' ')
  expect(message).toContain('fees: 200元 → 100 يوان')
  expect(blocked.body.facts).toEqual([
    expect.objectContaining({ id: saved.facts[0].id, field: 'fees', source: '200元', target: '100 يوان' }),
  ])
  expect((await recordOf(id, 'ar')).state).toBe('in_review')

  // Bad overrides are refused with a reason; an override naming another finding does not help.
  const finding = saved.facts[0].id
  expect((await approve(id, 'ar', { overrides: [{ finding, reason: ' ' }] })).status).toBe(400)
  expect((await approve(id, 'ar', { overrides: 'all' })).status).toBe(400)
  expect(
    (await approve(id, 'ar', { overrides: [{ finding: 'not-a-finding', reason: 'Checked with the office.' }] })).status,
  ).toBe(409)

  const reason = 'The office confirmed the fee for Arabic-speaking applicants is 100 yuan under a reciprocity agreement.'
  const before = Date.now()
  const approved = await approve(id, 'ar', { overrides: [{ finding, reason }] })
  expect(approved.status).toBe(200)
  expect(approved.body.state).toBe('approved')

  const record = await recordOf(id, 'ar')
  expect(record.state).toBe('approved')
  expect(record.factOverrides).toEqual([
    {
      finding,
      field: 'fees',
      kind: 'amount',
      issue: 'changed',
      source: '200元',
      target: '100 يوان',
      reason,
      by: { id: staff.reviewer.id, name: 'reviewer' },
      at: expect.any(String),
    },
  ])
  expect(Date.parse(record.factOverrides[0].at)).toBeGreaterThanOrEqual(before - 1000)
  // The finding stays on record beside its override; overrides are staff-only like the findings.
  expect(record.facts.map(({ id: findingId }) => findingId)).toEqual([finding])
  const pub = await request(portal.app).get(`/api/services/${id}?locale=ar`)
  expect(pub.status).toBe(200)
  expect(pub.body.translation?.factOverrides).toBeUndefined()
  expect(pub.body.translation?.facts).toBeUndefined()
})

test('a correct translation approves without friction', async () => {
  const id = await service()
  await translate(id, 'en', english('RMB 200 per person per application'))
  expect((await recordOf(id, 'en')).facts).toEqual([])
  const res = await approve(id, 'en')
  expect(res.status).toBe(200)
  expect(await recordOf(id, 'en')).toMatchObject({ state: 'approved', facts: [], factOverrides: [] })
})

test('a Chinese source change checks the translations again', async () => {
  const id = await service()
  await translate(id, 'en', english('RMB 200 per person per application'))
  expect((await approve(id, 'en')).status).toBe(200)
  await translate(id, 'ar', arabic('200 يوان للشخص في كل مرة'))

  const edit = await request(portal.app)
    .patch(`/api/services/${id}?locale=zh`)
    .set(as('editor'))
    .send({ fees: '每人每次300元', _status: 'published' })
  expect(edit.status).toBe(200)

  const en = await recordOf(id, 'en')
  expect(en.state).toBe('outdated')
  expect(en.facts).toEqual([expect.objectContaining({ field: 'fees', issue: 'changed', source: '300元', target: 'RMB 200' })])
  // A language in review is checked too, and keeps its state.
  const ar = await recordOf(id, 'ar')
  expect(ar.state).toBe('in_review')
  expect(ar.facts).toEqual([expect.objectContaining({ field: 'fees', issue: 'changed', source: '300元', target: '200 يوان' })])
  expect((await approve(id, 'en')).status).toBe(409)

  // Fixing the translation clears the finding; approval goes through.
  await translate(id, 'en', { fees: 'RMB 300 per person per application' })
  expect((await recordOf(id, 'en')).facts).toEqual([])
  expect((await approve(id, 'en')).status).toBe(200)
})

test('machine translation records its findings with the draft', async () => {
  const id = await service('每人每次二百元，七日内缴清')
  const queued = await request(portal.app)
    .post(`/api/services/${id}/translation/machine`)
    .set(as('editor'))
    .send({ locales: ['en'] })
  expect(queued.status).toBe(202)
  await portal.payload.jobs.run({ queue: 'translation', limit: 10 })
  // The fake engine turns Chinese characters into pseudo-words, so the Chinese numerals are lost.
  const record = await recordOf(id, 'en')
  expect(record.state).toBe('machine_draft')
  expect(record.facts).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ field: 'fees', issue: 'missing', source: '二百元' }),
      expect.objectContaining({ field: 'fees', issue: 'missing', source: '七日' }),
    ]),
  )
})
