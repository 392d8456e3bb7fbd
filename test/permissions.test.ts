/**
 * The role matrix: for every role and collection, which of create / read / update / delete
 * REST allows. Denied actions answer 401/403 and change nothing.
 */
import type { CollectionSlug } from 'payload'
import request from 'supertest'

import type { Role } from '../src/access/roles'
import { startPortal, type Portal } from './support/portal'
import { actors, authFor, createStaff, type Actor, type Staff } from './support/staff'

type Action = 'create' | 'read' | 'update' | 'delete'

let portal: Portal
let staff: Staff
let sourceId: string | number
let policyId: string | number
let counter = 0

/** Valid data for a new document of each collection. */
const fixtures: Partial<Record<CollectionSlug, () => Record<string, unknown>>> = {
  news: () => ({ title: '新闻', slug: `news-${++counter}`, source: sourceId, _status: 'published' }),
  'policy-interpretations': () => ({
    title: '解读',
    slug: `interpretation-${++counter}`,
    interprets: policyId,
    source: sourceId,
    _status: 'published',
  }),
  services: () => ({ title: '服务', summary: '摘要', slug: `service-${++counter}`, source: sourceId, _status: 'published' }),
  'policy-documents': () => ({
    title: '文件',
    documentNumber: `沪府规〔2026〕${++counter}号`,
    source: sourceId,
    issueDate: '2026-01-01',
    slug: `policy-${counter}`,
  }),
  zones: () => ({ name: '临港新片区', slug: `zone-${++counter}` }),
  topics: () => ({ name: '签证', slug: `topic-${++counter}` }),
  sources: () => ({ name: '市公安局', slug: `source-${++counter}` }),
  glossary: () => ({ term: `术语${++counter}`, approved: { en: 'term' } }),
  partners: () => ({ name: `Partner ${++counter}`, allowedLocales: ['en'] }),
}

const editors: Actor[] = ['admin', 'editor']
const everyone: Actor[] = actors
const staffOnly: Actor[] = ['admin', 'editor', 'translator', 'reviewer']

const content = { create: editors, read: everyone, update: editors, delete: editors }
const matrix: Partial<Record<CollectionSlug, Record<Action, Actor[]>>> = {
  news: content,
  'policy-interpretations': content,
  services: content,
  'policy-documents': content,
  zones: content,
  topics: content,
  sources: content,
  glossary: { ...content, read: staffOnly },
  partners: { create: ['admin'], read: ['admin'], update: ['admin'], delete: ['admin'] },
}

const seedOne = async (collection: CollectionSlug) =>
  (await portal.payload.create({ collection, data: fixtures[collection]!() as never })).id

const perform = async (actor: Actor, collection: CollectionSlug, action: Action) => {
  const auth = authFor(staff, actor)
  const agent = request(portal.app)
  switch (action) {
    case 'create':
      return agent.post(`/api/${collection}`).set(auth).send(fixtures[collection]!())
    case 'read':
      return agent.get(`/api/${collection}`).set(auth)
    case 'update':
      return agent.patch(`/api/${collection}/${await seedOne(collection)}`).set(auth).send({})
    case 'delete':
      return agent.delete(`/api/${collection}/${await seedOne(collection)}`).set(auth)
  }
}

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })).id
  policyId = await seedOne('policy-documents')
})

afterAll(() => portal.stop())

const cases = Object.entries(matrix).flatMap(([collection, actions]) =>
  (Object.entries(actions) as [Action, Actor[]][]).flatMap(([action, allowed]) =>
    actors.map((actor) => ({ collection: collection as CollectionSlug, action, actor, allowed: allowed.includes(actor) })),
  ),
)

test.each(cases)('$actor $action $collection → allowed: $allowed', async ({ collection, action, actor, allowed }) => {
  const { totalDocs: before } = await portal.payload.count({ collection, overrideAccess: true })
  const res = await perform(actor, collection, action)
  if (allowed) {
    expect(res.status).toBeLessThan(300)
    return
  }
  expect([401, 403]).toContain(res.status)
  expect(res.body.errors?.[0]?.message).toBeTruthy()
  // A refused create or delete leaves the collection as it was (update/delete seeded one first).
  const expected = before + (action === 'update' || action === 'delete' ? 1 : 0)
  expect(await portal.payload.count({ collection, overrideAccess: true })).toEqual({ totalDocs: expected })
})

describe('users', () => {
  const roles: Role[] = ['admin', 'editor', 'translator', 'reviewer']

  test('only admins create and delete accounts', async () => {
    for (const role of roles) {
      const res = await request(portal.app)
        .post('/api/users')
        .set(authFor(staff, role))
        .send({ email: `new-${role}@test.example`, password: 'a-long-password-1', name: 'New', role: 'editor' })
      expect(res.status).toBe(role === 'admin' ? 201 : 403)
    }
    const anon = await request(portal.app).get('/api/users')
    expect([401, 403]).toContain(anon.status)
  })

  test('non-admins see only themselves', async () => {
    for (const role of roles) {
      const res = await request(portal.app).get('/api/users').set(authFor(staff, role))
      expect(res.status).toBe(200)
      const emails = res.body.docs.map((user: { email: string }) => user.email)
      if (role === 'admin') expect(emails.length).toBeGreaterThan(1)
      else expect(emails).toEqual([staff[role].email])
    }
  })

  test('nobody but an admin changes a role or assigned languages, not even their own', async () => {
    const res = await request(portal.app)
      .patch(`/api/users/${staff.translator.id}`)
      .set(authFor(staff, 'translator'))
      .send({ role: 'admin', languages: ['en', 'ja', 'ko'], name: 'Renamed' })
    expect(res.status).toBe(200)
    const stored = await portal.payload.findByID({ collection: 'users', id: staff.translator.id })
    expect(stored.role).toBe('translator')
    expect(stored.languages).toEqual(['en', 'ar'])
    expect(stored.name).toBe('Renamed')

    const other = await request(portal.app)
      .patch(`/api/users/${staff.reviewer.id}`)
      .set(authFor(staff, 'editor'))
      .send({ name: 'Hijacked' })
    expect([403, 404]).toContain(other.status)

    const promoted = await request(portal.app)
      .patch(`/api/users/${staff.reviewer.id}`)
      .set(authFor(staff, 'admin'))
      .send({ languages: ['ja'] })
    expect(promoted.status).toBe(200)
    expect(promoted.body.doc.languages).toEqual(['ja'])
  })
})

test.each(['payload-jobs', 'translation-batches', 'deepl-glossaries', 'translation-memory', 'payload-preferences', 'payload-locked-documents'])(
  'system collection %s is closed to the public',
  async (collection) => {
    const res = await request(portal.app).get(`/api/${collection}`)
    expect([401, 403]).toContain(res.status)
  },
)
