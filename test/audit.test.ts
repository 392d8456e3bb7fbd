/**
 * The audit trail over REST on a real database: publishing, withdrawing and deleting content,
 * translation approvals and send-backs, fact overrides, glossary edits, partner keys and user
 * roles each leave exactly one entry naming who did it; draft saves and failed saves leave none;
 * the log is readable by admins only, filterable, and no API can change it.
 */
import { createLocalReq, initTransaction, killTransaction } from 'payload'
import request from 'supertest'

import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

type Entry = {
  id: string | number
  at: string
  actorType: string
  actorId: string | null
  actor: string
  action: string
  collectionSlug: string
  documentId: string
  title: string | null
  locale: string | null
  summary: string | null
  requestId: string | null
}

let portal: Portal
let staff: Staff
let sourceId: string | number

const as = (role: keyof Staff) => authFor(staff, role)
const api = () => request(portal.app)

/** Entries matching a REST `where`, oldest first, read as an admin. */
const entries = async (where: Record<string, string>): Promise<Entry[]> => {
  const query = Object.entries(where)
    .map(([field, value]) => `where[${field}][equals]=${encodeURIComponent(value)}`)
    .join('&')
  const res = await api().get(`/api/audit-log?${query}&sort=at&limit=100`).set(as('admin'))
  expect(res.status).toBe(200)
  return res.body.docs
}
const entriesOf = (collection: string, id: string | number) => entries({ collectionSlug: collection, documentId: String(id) })

let serial = 0
// No digits: a number in a title is a fact the translation would have to carry.
const titleOf = (n: number) => `审计新闻${'甲乙丙丁戊己庚辛壬癸'[n]}`
const draftNews = async (role: keyof Staff = 'editor') => {
  serial += 1
  const res = await api()
    .post('/api/news?draft=true')
    .set(as(role))
    .send({ title: titleOf(serial), slug: `audit-news-${serial}`, source: sourceId })
  expect(res.status).toBe(201)
  return res.body.doc.id as string | number
}

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'audit-fao' } })).id
})

afterAll(async () => {
  await portal?.stop()
})

describe('content', () => {
  test('publish, publish changes and withdraw are recorded for the editor; draft saves are not', async () => {
    const id = await draftNews()
    await api().patch(`/api/news/${id}?draft=true`).set(as('editor')).send({ summary: '草稿' }).expect(200)
    expect(await entriesOf('news', id)).toEqual([])

    const published = await api().patch(`/api/news/${id}`).set(as('editor')).send({ _status: 'published' })
    expect(published.status).toBe(200)
    // A draft saved beside the published version is not a withdrawal.
    await api().patch(`/api/news/${id}?draft=true`).set(as('editor')).send({ summary: '新草稿' }).expect(200)
    await api().patch(`/api/news/${id}`).set(as('editor')).send({ _status: 'published' }).expect(200)
    await api().patch(`/api/news/${id}`).set(as('editor')).send({ _status: 'draft' }).expect(200)

    const log = await entriesOf('news', id)
    expect(log.map(({ action, summary }) => [action, summary])).toEqual([
      ['publish', 'Published.'],
      ['publish', 'Published changes.'],
      ['unpublish', 'Withdrawn: no longer public in any language.'],
    ])
    for (const entry of log) {
      expect(entry).toMatchObject({
        actorType: 'user',
        actorId: String(staff.editor.id),
        actor: staff.editor.email,
        title: expect.stringMatching(/^审计新闻/),
        locale: null,
      })
      expect(Date.parse(entry.at)).not.toBeNaN()
    }
    // The request id the response carried (the request logger's) is kept with the entry.
    expect(log[0].requestId).toBe(published.headers['x-request-id'])
  })

  test('deleting records the title the document had', async () => {
    const id = await draftNews()
    await api().delete(`/api/news/${id}`).set(as('editor')).expect(200)
    expect(await entriesOf('news', id)).toEqual([
      expect.objectContaining({ action: 'delete', actor: staff.editor.email, title: titleOf(serial) }),
    ])
  })

  test('a publish that fails validation leaves no entry', async () => {
    const id = await draftNews()
    const failed = await api().patch(`/api/news/${id}`).set(as('editor')).send({ title: '', _status: 'published' })
    expect(failed.status).toBe(400)
    // (SQLite may give a new document the id of one deleted before: only this one's actions count.)
    expect(await entries({ collectionSlug: 'news', documentId: String(id), action: 'publish' })).toEqual([])
    const created = await api().post('/api/news').set(as('editor')).send({ slug: 'audit-untitled', _status: 'published' })
    expect(created.status).toBe(400)
    expect(await entries({ action: 'publish', title: '' })).toEqual([])
  })

  // SQLite runs without transactions in Payload; PostgreSQL (and MongoDB replica sets) have them.
  const transactional = process.env.TEST_DATABASE === 'postgres'
  ;(transactional ? test : test.skip)('an entry rolls back with the change it records', async () => {
    const id = await draftNews()
    const editor = await portal.payload.findByID({ collection: 'users', id: staff.editor.id })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, portal.payload)
    await initTransaction(req)
    await portal.payload.update({ collection: 'news', id, data: { _status: 'published' }, req })
    const inside = await portal.payload.find({
      collection: 'audit-log' as never,
      where: { documentId: { equals: String(id) } },
      req,
    })
    expect(inside.docs).toEqual([expect.objectContaining({ action: 'publish', actor: staff.editor.email })])
    await killTransaction(req)
    expect(await entriesOf('news', id)).toEqual([])
    expect((await portal.payload.findByID({ collection: 'news', id }))._status).toBe('draft')
  })

  test('a change made by a job or script is the system’s', async () => {
    const id = await draftNews()
    await portal.payload.update({ collection: 'news', id, data: { _status: 'published' } })
    expect(await entriesOf('news', id)).toEqual([
      expect.objectContaining({ action: 'publish', actorType: 'system', actorId: null, actor: 'system' }),
    ])
  })

  test('collections without drafts record creates, edits (with what changed, in which language) and deletes', async () => {
    const created = await api().post('/api/zones').set(as('editor')).send({ name: '临港新片区', slug: 'audit-lingang' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await api().patch(`/api/zones/${id}`).set(as('editor')).send({ name: '临港' }).expect(200)
    await api().delete(`/api/zones/${id}`).set(as('editor')).expect(200)
    expect((await entriesOf('zones', id)).map(({ action, summary, locale }) => [action, summary, locale])).toEqual([
      ['create', null, null],
      ['update', 'name: "临港新片区" → "临港"', 'zh'],
      ['delete', null, null],
    ])
  })
})

describe('translation workflow', () => {
  test('approval and send-back name the reviewer and the language; an editor publishing after approval still is recorded', async () => {
    const id = await draftNews()
    await api().patch(`/api/news/${id}`).set(as('editor')).send({ _status: 'published' }).expect(200)
    await api().patch(`/api/news/${id}?locale=en`).set(as('translator')).send({ title: 'Audited news' }).expect(200)
    const approved = await api().post(`/api/news/${id}/translation/en/approve`).set(as('reviewer'))
    expect(approved.body).toMatchObject({ state: 'approved' })
    // Outdates the approved English (a workflow write inside the editor's save): still the editor's publish.
    await api()
      .patch(`/api/news/${id}`)
      .set(as('editor'))
      .send({ title: `${titleOf(serial)}更新`, _status: 'published' })
      .expect(200)
    await api().post(`/api/news/${id}/translation/en/send-back`).set(as('reviewer')).expect(200)

    const log = await entriesOf('news', id)
    expect(log.map(({ action, actor, locale, summary }) => [action, actor, locale, summary])).toEqual([
      ['publish', staff.editor.email, null, 'Published.'],
      ['translation-approve', staff.reviewer.email, 'en', 'in_review → approved'],
      ['publish', staff.editor.email, null, 'Published changes.'],
      ['translation-send-back', staff.reviewer.email, 'en', 'outdated → machine_draft'],
    ])
    expect(log[1].title).toBe(titleOf(serial))
    expect(log[3].title).toBe(`${titleOf(serial)}更新`)
  })

  test('a fact finding overridden at approval is recorded with its reason', async () => {
    const service = await portal.payload.create({
      collection: 'services',
      data: {
        title: '签证延期',
        summary: '签证延期办理指南',
        fees: '每人每次200元',
        slug: 'audit-service',
        source: sourceId as never,
        _status: 'published',
      },
    })
    await api()
      .patch(`/api/services/${service.id}?locale=en`)
      .set(as('translator'))
      .send({ title: 'Visa extension', summary: 'Visa extension guide', fees: '100 yuan per person per application' })
      .expect(200)
    const blocked = await api().post(`/api/services/${service.id}/translation/en/approve`).set(as('reviewer'))
    expect(blocked.status).toBe(409)
    expect(await entriesOf('services', service.id)).toEqual([expect.objectContaining({ action: 'publish' })])

    const finding = blocked.body.facts[0].id
    const approved = await api()
      .post(`/api/services/${service.id}/translation/en/approve`)
      .set(as('reviewer'))
      .send({ overrides: [{ finding, reason: 'Fee lowered by notice 2026-3' }] })
    expect(approved.body).toMatchObject({ state: 'approved' })
    const log = await entriesOf('services', service.id)
    expect(log.map(({ action, locale, actor }) => [action, locale, actor])).toEqual([
      ['publish', null, 'system'],
      ['fact-override', 'en', staff.reviewer.email],
      ['translation-approve', 'en', staff.reviewer.email],
    ])
    expect(log[1].summary).toMatch(/^fees: .*200.* → .*100.*; reason: Fee lowered by notice 2026-3$/)
  })
})

describe('glossary, users and partners', () => {
  test('glossary terms: created, changed (old and new rendering) and deleted', async () => {
    const created = await api()
      .post('/api/glossary')
      .set(as('editor'))
      .send({ term: '居留许可', approved: { en: 'residence permit' } })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await api()
      .patch(`/api/glossary/${id}`)
      .set(as('editor'))
      .send({ approved: { en: 'residence permit', ja: '居留許可' } })
      .expect(200)
    await api()
      .patch(`/api/glossary/${id}`)
      .set(as('editor'))
      .send({ approved: { en: 'stay permit', ja: '居留許可' } })
      .expect(200)
    await api().delete(`/api/glossary/${id}`).set(as('editor')).expect(200)
    expect(
      (await entriesOf('glossary', id)).map(({ action, summary, title, locale }) => [action, summary, title, locale]),
    ).toEqual([
      ['create', null, '居留许可', null],
      ['update', 'approved.ja: — → "居留許可"', '居留许可', null],
      ['update', 'approved.en: "residence permit" → "stay permit"', '居留许可', null],
      ['delete', null, '居留许可', null],
    ])
  })

  test('users: created with a role, role and languages changed, deleted; profile edits are not recorded', async () => {
    const created = await api()
      .post('/api/users')
      .set(as('admin'))
      .send({ email: 'new.editor@test.example', password: 'new-editor-password-1', name: 'New', role: 'editor' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    await api().patch(`/api/users/${id}`).set(as('admin')).send({ name: 'Renamed' }).expect(200)
    await api()
      .patch(`/api/users/${id}`)
      .set(as('admin'))
      .send({ role: 'reviewer', languages: ['ja'] })
      .expect(200)
    await api().delete(`/api/users/${id}`).set(as('admin')).expect(200)
    const log = await entriesOf('users', id)
    expect(log.map(({ action, summary, actor, title }) => [action, summary, actor, title])).toEqual([
      ['create', 'role editor; languages none', staff.admin.email, 'new.editor@test.example'],
      ['role-change', 'role: "editor" → "reviewer"; languages: — → ja', staff.admin.email, 'new.editor@test.example'],
      ['delete', null, staff.admin.email, 'new.editor@test.example'],
    ])
    expect(JSON.stringify(log)).not.toContain('new-editor-password-1')
  })

  test('partners: key issued, rotated, revoked and restored, webhook secret rotated, deleted; no key material', async () => {
    const created = await api().post('/api/partners').set(as('admin')).send({ name: 'Audit Daily' })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const secrets: string[] = [created.body.doc.apiKey ?? created.body.apiKey, created.body.doc.webhookSecret]
    const rotated = await api().post(`/api/partners/${id}/rotate-key`).set(as('admin'))
    expect(rotated.status).toBe(200)
    const secret = await api().post(`/api/partners/${id}/rotate-webhook-secret`).set(as('admin'))
    expect(secret.status).toBe(200)
    secrets.push(rotated.body.apiKey, rotated.body.keyPrefix, secret.body.webhookSecret)
    await api()
      .patch(`/api/partners/${id}`)
      .set(as('admin'))
      .send({ active: false, inactiveReason: 'contract ended' })
      .expect(200)
    await api().patch(`/api/partners/${id}`).set(as('admin')).send({ active: true }).expect(200)
    await api()
      .patch(`/api/partners/${id}`)
      .set(as('admin'))
      .send({ allowedLocales: ['en'] })
      .expect(200)
    const stored = (await portal.payload.findByID({ collection: 'partners', id, showHiddenFields: true })) as { keyHash: string }
    secrets.push(stored.keyHash)
    await api().delete(`/api/partners/${id}`).set(as('admin')).expect(200)

    const log = await entriesOf('partners', id)
    expect(log.map(({ action, summary }) => [action, summary])).toEqual([
      ['create', 'Partner created with a new API key.'],
      ['key-rotate', 'API key replaced; the previous key no longer works.'],
      ['webhook-secret-rotate', 'Webhook signing secret replaced.'],
      ['key-revoke', 'Suspended: its API key stops working (contract ended).'],
      ['key-restore', 'Reactivated: its API key works again.'],
      ['update', 'allowedLocales: — → en'],
      ['delete', 'Partner deleted; its API key no longer works.'],
    ])
    expect(log.every((entry) => entry.actor === staff.admin.email && entry.title === 'Audit Daily')).toBe(true)
    const text = JSON.stringify(log)
    for (const value of secrets) {
      expect(value).toEqual(expect.any(String))
      expect(text).not.toContain(value)
    }
  })
})

describe('the log itself', () => {
  let entryId: string | number
  beforeAll(async () => {
    entryId = (await entries({ action: 'publish' }))[0].id
  })

  test('filters by user, document and action through REST', async () => {
    const byEditor = await entries({ actorId: String(staff.editor.id) })
    expect(byEditor.length).toBeGreaterThan(3)
    expect(byEditor.every(({ actor }) => actor === staff.editor.email)).toBe(true)
    const deletions = await entries({ action: 'delete' })
    expect(new Set(deletions.map(({ action }) => action))).toEqual(new Set(['delete']))
    expect(new Set(deletions.map(({ collectionSlug }) => collectionSlug))).toEqual(
      new Set(['news', 'zones', 'glossary', 'users', 'partners']),
    )
    const approvals = await entries({ action: 'translation-approve', collectionSlug: 'services' })
    expect(approvals).toHaveLength(1)
  })

  test('only admins read it', async () => {
    for (const role of ['editor', 'translator', 'reviewer'] as const) {
      const res = await api().get('/api/audit-log').set(as(role))
      expect(res.status).toBe(403)
    }
    expect((await api().get('/api/audit-log')).status).toBe(403)
    expect((await api().get(`/api/audit-log/${entryId}`).set(as('editor'))).status).toBe(403)
    const partner = await api().post('/api/partners').set(as('admin')).send({ name: 'Reader Daily' })
    const key = partner.body.doc.apiKey ?? partner.body.apiKey
    expect((await api().get('/api/audit-log').set('Authorization', `Bearer ${key}`)).status).toBe(403)
  })

  test('no REST call creates, edits or deletes an entry, not even an admin’s', async () => {
    const before = await api().get(`/api/audit-log/${entryId}`).set(as('admin'))
    const attempts = [
      api()
        .post('/api/audit-log')
        .set(as('admin'))
        .send({ action: 'delete', actorType: 'system', collectionSlug: 'news', documentId: '1' }),
      api().patch(`/api/audit-log/${entryId}`).set(as('admin')).send({ summary: 'rewritten' }),
      api().patch('/api/audit-log?where[action][equals]=publish').set(as('admin')).send({ summary: 'rewritten' }),
      api().delete(`/api/audit-log/${entryId}`).set(as('admin')),
      api().delete('/api/audit-log?where[action][equals]=publish').set(as('admin')),
    ]
    for (const res of await Promise.all(attempts)) {
      expect([403, 405]).toContain(res.status)
    }
    const after = await api().get(`/api/audit-log/${entryId}`).set(as('admin'))
    expect(after.body).toEqual(before.body)
    expect(await entries({ collectionSlug: 'news', documentId: '1', action: 'delete', actorType: 'system' })).toEqual([])
  })

  test('GraphQL has no mutations for it, and non-admins cannot query it', async () => {
    const graphql = (query: string, role: keyof Staff) => api().post('/api/graphql').set(as(role)).send({ query })
    for (const mutation of [
      `mutation { createAuditLog(data: { summary: "x" }) { id } }`,
      `mutation { updateAuditLog(id: "${entryId}", data: { summary: "x" }) { id } }`,
      `mutation { deleteAuditLog(id: "${entryId}") { id } }`,
    ]) {
      const res = await graphql(mutation, 'admin')
      expect(res.body.errors?.[0]?.message).toMatch(/Cannot query field|Unknown/)
    }
    const read = await graphql('{ AuditLogs { docs { id action } } }', 'editor')
    expect(read.body.errors?.[0]?.message).toMatch(/not allowed/i)
    const admin = await graphql('{ AuditLogs(limit: 1) { docs { id action } } }', 'admin')
    expect(admin.body.data.AuditLogs.docs).toHaveLength(1)
  })

  test('the Local API refuses writes without overrideAccess, and edits even with it', async () => {
    await expect(
      portal.payload.create({
        collection: 'audit-log' as never,
        data: { action: 'delete', actorType: 'system', collectionSlug: 'news', documentId: '1' } as never,
        overrideAccess: false,
      }),
    ).rejects.toMatchObject({ status: 403 })
    await expect(
      portal.payload.update({ collection: 'audit-log' as never, id: entryId, data: { summary: 'x' } as never }),
    ).rejects.toMatchObject({ status: 405 })
    await expect(portal.payload.delete({ collection: 'audit-log' as never, id: entryId })).rejects.toMatchObject({ status: 405 })
  })
})
