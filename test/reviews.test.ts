/**
 * Review cycles: the content-upkeep report (overdue and due-soon content by source department,
 * interpretations of expired or replaced policy documents, broken links) and "mark reviewed,
 * still accurate", which records who and when without a content change: no new version, no feed
 * change, no translation state touched.
 */
import request from 'supertest'

import type { CollectionSlug } from 'payload'

import { configurationProblems } from '../src/environment'
import { upkeepReport } from '../src/reviews/report'
import { cached, siteCacheSize } from '../src/site/cache'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff
let partnerKey: string
const dayMs = 24 * 3600_000
const daysAgo = (days: number) => new Date(Date.now() - days * dayMs).toISOString()
const ids: Record<string, string | number> = {}

const createPolicy = (number: string, extra: Record<string, unknown> = {}) =>
  portal.payload.create({
    collection: 'policy-documents',
    data: {
      title: `政策 ${number}`,
      slug: `policy-${number}`,
      documentNumber: `沪府办规〔2025〕${number}号`,
      source: ids.foreignAffairs,
      issueDate: '2025-01-01T00:00:00.000Z',
      ...extra,
    } as never,
    overrideAccess: true,
  })

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  for (const [key, name] of [
    ['foreignAffairs', '上海市人民政府外事办公室'],
    ['publicSecurity', '上海市公安局'],
  ]) {
    const slug = key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
    ids[key] = (await portal.payload.create({ collection: 'sources', data: { name, slug }, overrideAccess: true })).id
  }
  const service = (slug: string, title: string, source: string | number, extra: Record<string, unknown>) =>
    portal.payload.create({
      collection: 'services',
      data: { title, summary: `${title}摘要`, slug, source, _status: 'published', ...extra } as never,
      overrideAccess: true,
    })
  ids.overdue = (await service('overdue', '居留许可', ids.publicSecurity, { lastReviewedAt: daysAgo(200) })).id
  ids.dueSoon = (await service('due-soon', '工作许可', ids.foreignAffairs, { lastReviewedAt: daysAgo(170) })).id
  ids.explicit = (await service('explicit', '签证延期', ids.publicSecurity, { reviewBy: daysAgo(1) })).id
  ids.current = (await service('current', '驾照换领', ids.foreignAffairs, { lastReviewedAt: daysAgo(10) })).id

  const inForce = await createPolicy('1')
  const successor = await createPolicy('2')
  const expired = await createPolicy('3', { effectiveDate: '2025-02-01T00:00:00.000Z', expiryDate: daysAgo(5) })
  const replaced = await createPolicy('4', { replacedBy: successor.id, validity: 'amended' })
  const repealed = await createPolicy('5', { validity: 'repealed' })
  const interpretation = (slug: string, title: string, interprets: string | number) =>
    portal.payload.create({
      collection: 'policy-interpretations',
      data: { title, slug, source: ids.foreignAffairs, interprets, lastReviewedAt: daysAgo(5), _status: 'published' } as never,
      overrideAccess: true,
    })
  ids.onInForce = (await interpretation('in-force', '有效政策解读', inForce.id)).id
  ids.onExpired = (await interpretation('expired', '过期政策解读', expired.id)).id
  ids.onReplaced = (await interpretation('replaced', '被替代政策解读', replaced.id)).id
  ids.onRepealed = (await interpretation('repealed', '废止政策解读', repealed.id)).id
  ids.replaced = replaced.id
  ids.successor = successor.id

  await portal.payload.create({
    collection: 'link-checks' as CollectionSlug,
    data: { url: 'https://zwdt.sh.gov.cn/gone', status: 'broken', httpStatus: 404, lastCheckedAt: daysAgo(0) } as never,
    overrideAccess: true,
  })

  const partner = await request(portal.app)
    .post('/api/partners')
    .set(authFor(staff, 'admin'))
    .send({ name: 'Review Daily', allowedLocales: ['zh', 'en'], allowedTypes: ['services'] })
  expect(partner.status).toBe(201)
  partnerKey = partner.body.doc?.apiKey ?? partner.body.apiKey
})

afterAll(async () => {
  await portal.stop()
})

const upkeep = (query = '', actor: 'admin' | 'editor' | 'reviewer' | 'translator' | 'anonymous' = 'editor') =>
  request(portal.app).get(`/api/reviews/upkeep${query}`).set(authFor(staff, actor))

describe('the content-upkeep report', () => {
  test('lists overdue and due-soon guides by source department, earliest first; current ones not at all', async () => {
    const report = await upkeepReport(portal.payload)
    const groups = report.reviews.byDepartment.filter((group) => group.items.some((item) => item.collection === 'services'))
    const byName = Object.fromEntries(groups.map((group) => [group.department?.name ?? '', group]))
    expect(byName['上海市公安局'].department?.id).toBe(ids.publicSecurity)
    expect(byName['上海市公安局'].items.map(({ id, state, title }) => ({ id, state, title }))).toEqual([
      { id: ids.overdue, state: 'overdue', title: '居留许可' },
      { id: ids.explicit, state: 'overdue', title: '签证延期' },
    ])
    const foreign = byName['上海市人民政府外事办公室'].items.filter((item) => item.collection === 'services')
    expect(foreign).toEqual([
      expect.objectContaining({ id: ids.dueSoon, state: 'due_soon', adminUrl: `/admin/collections/services/${ids.dueSoon}` }),
    ])
    const listed = report.reviews.byDepartment.flatMap((group) => group.items.map((item) => item.id))
    expect(listed).not.toContain(ids.current)
    expect(report.reviews).toMatchObject({ overdue: 2, dueSoon: 1 })
    expect(report.brokenLinks).toMatchObject({
      total: 1,
      counts: expect.objectContaining({ broken: 1 }),
      first: [expect.objectContaining({ url: 'https://zwdt.sh.gov.cn/gone', status: 'broken', httpStatus: 404 })],
      adminUrl: '/admin/broken-links',
    })
  })

  test('flags interpretations of expired, repealed and replaced policy documents, with the reason', async () => {
    const { flaggedInterpretations } = await upkeepReport(portal.payload)
    const reasons = Object.fromEntries(flaggedInterpretations.map((item) => [item.id, item.reason]))
    expect(reasons).toEqual({ [ids.onExpired]: 'expired', [ids.onReplaced]: 'replaced', [ids.onRepealed]: 'repealed' })
    const replaced = flaggedInterpretations.find((item) => item.id === ids.onReplaced)
    expect(replaced?.policyDocument).toMatchObject({ id: ids.replaced, replacedBy: ids.successor, validity: 'amended' })
  })

  test('REST: editors, reviewers and admins; anonymous 401; translators and partners 403; bad filters 400', async () => {
    for (const actor of ['editor', 'reviewer', 'admin'] as const) expect((await upkeep('', actor)).status).toBe(200)
    expect((await upkeep('', 'anonymous')).status).toBe(401)
    expect((await upkeep('', 'translator')).status).toBe(403)
    const partner = await request(portal.app).get('/api/reviews/upkeep').set('Authorization', `Bearer ${partnerKey}`)
    expect(partner.status).toBe(403)
    expect((await upkeep('?collection=news')).status).toBe(400)
    expect((await upkeep('?department=x%20y')).status).toBe(400)

    const filtered = await upkeep(`?collection=services&department=${ids.publicSecurity}`)
    expect(filtered.status).toBe(200)
    expect(filtered.body.reviews.byDepartment).toHaveLength(1)
    expect(filtered.body.reviews.byDepartment[0].items.map((item: { id: unknown }) => item.id)).toEqual([
      ids.overdue,
      ids.explicit,
    ])
    expect(filtered.body.flaggedInterpretations).toEqual([])
  })
})

describe('mark reviewed, still accurate', () => {
  const collection = 'services' as CollectionSlug
  const snapshot = async (id: string | number) =>
    (await portal.payload.findByID({
      collection,
      id,
      draft: true,
      locale: 'all',
      depth: 0,
      overrideAccess: true,
    })) as unknown as Record<string, unknown>
  const withoutReview = ({ lastReviewedAt: _a, lastReviewedBy: _b, reviewBy: _c, ...rest }: Record<string, unknown>) => rest
  const feedState = async () =>
    JSON.stringify(
      (await portal.payload.find({ collection: 'feed-state' as CollectionSlug, pagination: false, overrideAccess: true })).docs,
    )
  const versions = async (id: string | number) =>
    (await portal.payload.countVersions({ collection, where: { parent: { equals: id } }, overrideAccess: true })).totalDocs

  test('records who and when, moves the due date, and changes nothing else', async () => {
    const id = ids.explicit
    const translated = await request(portal.app)
      .patch(`/api/services/${id}?locale=en`)
      .set(authFor(staff, 'translator'))
      .send({ title: 'Visa extension', summary: 'Extending a visa' })
    expect(translated.status).toBe(200)
    const before = await snapshot(id)
    expect((before.translation as Record<string, { state?: string }>).en?.state).toBeTruthy()
    const versionsBefore = await versions(id)
    const feedBefore = await feedState()
    const feedItems = await request(portal.app).get('/feed/v1/items?locale=zh').set('Authorization', `Bearer ${partnerKey}`)

    await cached('page', async () => 'cached page')
    const marked = await request(portal.app).post(`/api/services/${id}/mark-reviewed`).set(authFor(staff, 'editor'))
    expect(marked.status).toBe(200)
    // The public page shows the "last reviewed" date, so the site reads it afresh.
    expect(siteCacheSize()).toBe(0)
    expect(marked.body).toMatchObject({ lastReviewedBy: staff.editor.id, reviewBy: null })
    expect(Date.now() - new Date(marked.body.lastReviewedAt).getTime()).toBeLessThan(60_000)

    const after = await snapshot(id)
    expect(after.lastReviewedAt).toBe(marked.body.lastReviewedAt)
    expect(after.lastReviewedBy).toBe(staff.editor.id)
    expect(after.reviewBy ?? null).toBeNull()
    expect(withoutReview(after)).toEqual(withoutReview(before))
    expect(await versions(id)).toBe(versionsBefore)
    expect(await feedState()).toBe(feedBefore)
    const feedAfter = await request(portal.app).get('/feed/v1/items?locale=zh').set('Authorization', `Bearer ${partnerKey}`)
    expect(feedAfter.status).toBe(feedItems.status)
    // Item URLs name supertest's ephemeral port; everything else is the same answer.
    const withoutHost = (body: unknown) => JSON.parse(JSON.stringify(body).replace(/http:\/\/127\.0\.0\.1:\d+/g, ''))
    expect(withoutHost(feedAfter.body)).toEqual(withoutHost(feedItems.body))

    const report = await upkeepReport(portal.payload)
    expect(report.reviews.byDepartment.flatMap((group) => group.items.map((item) => item.id))).not.toContain(id)

    const audit = await portal.payload.find({
      collection: 'audit-log' as CollectionSlug,
      where: { action: { equals: 'review-confirm' }, documentId: { equals: String(id) } },
      overrideAccess: true,
    })
    expect(audit.docs).toHaveLength(1)
    expect(audit.docs[0]).toMatchObject({ actorType: 'user', actorId: String(staff.editor.id), title: '签证延期' })

    // Public readers see the date, not who confirmed it.
    const publicRead = await request(portal.app).get(`/api/services/${id}`)
    expect(publicRead.body.lastReviewedAt).toBe(marked.body.lastReviewedAt)
    expect(publicRead.body.lastReviewedBy).toBeUndefined()
    expect(publicRead.body.reviewBy).toBeUndefined()
  })

  test('the latest draft shows the confirmation, and publishing it later keeps it', async () => {
    const id = ids.overdue
    await portal.payload.update({ collection, id, data: { summary: '草稿修改' } as never, draft: true, overrideAccess: true })
    const marked = await request(portal.app).post(`/api/services/${id}/mark-reviewed`).set(authFor(staff, 'admin'))
    expect(marked.status).toBe(200)
    const draft = await snapshot(id)
    expect(draft).toMatchObject({ lastReviewedAt: marked.body.lastReviewedAt, lastReviewedBy: staff.admin.id })
    expect((draft.summary as Record<string, string>).zh).toBe('草稿修改')
    await portal.payload.update({ collection, id, data: { _status: 'published' } as never, overrideAccess: true })
    const published = await portal.payload.findByID({ collection, id, depth: 0, overrideAccess: true })
    expect(published).toMatchObject({ lastReviewedAt: marked.body.lastReviewedAt, summary: '草稿修改' })
  })

  test('works on policy interpretations; clients cannot write who reviewed', async () => {
    const marked = await request(portal.app)
      .post(`/api/policy-interpretations/${ids.onExpired}/mark-reviewed`)
      .set(authFor(staff, 'editor'))
    expect(marked.status).toBe(200)
    const patched = await request(portal.app)
      .patch(`/api/services/${ids.current}`)
      .set(authFor(staff, 'editor'))
      .send({ lastReviewedBy: staff.admin.id })
    expect(patched.status).toBe(200)
    const doc = await snapshot(ids.current)
    expect(doc.lastReviewedBy ?? null).toBeNull()
  })

  test('editors and admins only; unknown or malformed ids are 404', async () => {
    const post = (path: string, actor: 'anonymous' | 'translator' | 'reviewer' | 'editor') =>
      request(portal.app).post(path).set(authFor(staff, actor))
    expect((await post(`/api/services/${ids.dueSoon}/mark-reviewed`, 'anonymous')).status).toBe(401)
    expect((await post(`/api/services/${ids.dueSoon}/mark-reviewed`, 'translator')).status).toBe(403)
    expect((await post(`/api/services/${ids.dueSoon}/mark-reviewed`, 'reviewer')).status).toBe(403)
    const partner = await request(portal.app)
      .post(`/api/services/${ids.dueSoon}/mark-reviewed`)
      .set('Authorization', `Bearer ${partnerKey}`)
    expect(partner.status).toBe(403)
    expect((await post('/api/services/999999/mark-reviewed', 'editor')).status).toBe(404)
    expect((await post('/api/services/not-an-id!/mark-reviewed', 'editor')).status).toBe(404)
    const unchanged = await snapshot(ids.dueSoon)
    expect(unchanged.lastReviewedBy ?? null).toBeNull()
  })
})

test('start-up reports a bad review cycle with the others', () => {
  expect(configurationProblems({ REVIEW_CYCLE_DAYS_POLICY_INTERPRETATIONS: 'soon', REVIEW_CYCLE_DAYS_SERVICES: '90' })).toContain(
    'REVIEW_CYCLE_DAYS_POLICY_INTERPRETATIONS must be a whole number of days from 1 to 3650, not "soon".',
  )
})
