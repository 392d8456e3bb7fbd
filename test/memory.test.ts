/**
 * Translation memory: segments stored by (source, language, glossary version[, tagged]) are found
 * again only under the same key; duplicates and races are harmless; REST cannot write it.
 */
import request from 'supertest'

import { lookupMemory, memoryKey, storeMemory, translationMemorySlug } from '../src/translation/memory'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
})

afterAll(() => portal.stop())

const count = async () => (await portal.payload.count({ collection: translationMemorySlug, overrideAccess: true })).totalDocs

describe('memoryKey', () => {
  test('sha256 hex, stable, and different for each part of the key', () => {
    const key = memoryKey({ source: '你好', locale: 'en', glossaryVersion: 'v1' })
    expect(key).toMatch(/^[0-9a-f]{64}$/)
    expect(memoryKey('你好', 'en', 'v1')).toBe(key)
    expect(memoryKey({ source: '你好', locale: 'en', glossaryVersion: 'v1', tagged: false })).toBe(key)
    const others = [
      memoryKey('你好 ', 'en', 'v1'),
      memoryKey('你好', 'de', 'v1'),
      memoryKey('你好', 'en', 'v2'),
      memoryKey('你好', 'en', 'v1', true),
    ]
    expect(new Set([key, ...others]).size).toBe(5)
  })
})

describe('store and look up', () => {
  test('a lookup hits only the same source, language and glossary version', async () => {
    await storeMemory(portal.payload, [
      { source: '欢迎', locale: 'en', glossaryVersion: 'g1', translation: 'Welcome', engine: 'deepl' },
      { source: '欢迎', locale: 'de', glossaryVersion: 'g1', translation: 'Willkommen', engine: 'deepl' },
      { source: '<p>欢迎<b>您</b></p>', locale: 'en', glossaryVersion: 'g1', tagged: true, translation: '<p>Welcome <b>you</b></p>', engine: 'deepl' },
    ])
    const items = [
      { source: '欢迎', locale: 'en', glossaryVersion: 'g1' },
      { source: '欢迎', locale: 'de', glossaryVersion: 'g1' },
      { source: '欢迎', locale: 'fr', glossaryVersion: 'g1' }, // other language
      { source: '欢迎', locale: 'en', glossaryVersion: 'g2' }, // other glossary version
      { source: '欢迎！', locale: 'en', glossaryVersion: 'g1' }, // other source
      { source: '<p>欢迎<b>您</b></p>', locale: 'en', glossaryVersion: 'g1', tagged: true },
      { source: '<p>欢迎<b>您</b></p>', locale: 'en', glossaryVersion: 'g1' }, // not tagged
    ]
    const found = await lookupMemory(portal.payload, items)
    expect(found.size).toBe(3)
    expect(found.get(memoryKey(items[0]))).toBe('Welcome')
    expect(found.get(memoryKey(items[1]))).toBe('Willkommen')
    expect(found.get(memoryKey(items[5]))).toBe('<p>Welcome <b>you</b></p>')
    for (const index of [2, 3, 4, 6]) expect(found.has(memoryKey(items[index]))).toBe(false)
  })

  test('a different glossary version misses until stored under that version', async () => {
    const item = { source: '居留许可', locale: 'en', glossaryVersion: 'old' }
    await storeMemory(portal.payload, [{ ...item, translation: 'residence license', engine: 'deepl' }])
    const next = { ...item, glossaryVersion: 'new' }
    expect((await lookupMemory(portal.payload, [next])).size).toBe(0)
    await storeMemory(portal.payload, [{ ...next, translation: 'residence permit', engine: 'deepl' }])
    const found = await lookupMemory(portal.payload, [item, next])
    expect(found.get(memoryKey(item))).toBe('residence license')
    expect(found.get(memoryKey(next))).toBe('residence permit')
  })

  test('stored documents carry their fields', async () => {
    const item = { source: '办事指南', locale: 'ja', glossaryVersion: 'g9' }
    await storeMemory(portal.payload, [{ ...item, translation: '手続きガイド', engine: 'deepl:ja' }])
    const { docs } = await portal.payload.find({
      collection: translationMemorySlug,
      where: { key: { equals: memoryKey(item) } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      key: memoryKey(item),
      source: '办事指南',
      locale: 'ja',
      glossaryVersion: 'g9',
      translation: '手続きガイド',
      engine: 'deepl:ja',
    })
    expect((docs[0] as { createdAt?: string }).createdAt).toBeTruthy()
  })

  test('duplicates do not throw: within a batch, against stored entries, and in concurrent stores', async () => {
    const entry = { source: '一网通办', locale: 'en', glossaryVersion: 'g1', translation: 'One-Stop Service', engine: 'deepl' }
    const before = await count()
    expect(await storeMemory(portal.payload, [entry, entry, { ...entry, translation: 'other' }])).toBe(1)
    expect(await storeMemory(portal.payload, [entry])).toBe(0)
    const racing = { ...entry, source: '随申办' }
    await expect(
      Promise.all([storeMemory(portal.payload, [racing]), storeMemory(portal.payload, [racing]), storeMemory(portal.payload, [racing])]),
    ).resolves.toBeDefined()
    expect(await count()).toBe(before + 2)
    // The first stored translation stays.
    const found = await lookupMemory(portal.payload, [entry])
    expect(found.get(memoryKey(entry))).toBe('One-Stop Service')
  })

  test('a language that is not a target language is refused', async () => {
    await expect(
      storeMemory(portal.payload, [{ source: '你好', locale: 'zh', glossaryVersion: 'g1', translation: '你好', engine: 'deepl' }]),
    ).rejects.toThrow(/not a target language/)
  })

  test('empty sources or translations are not stored; empty lookups need no query', async () => {
    const before = await count()
    expect(
      await storeMemory(portal.payload, [
        { source: '', locale: 'en', glossaryVersion: 'g1', translation: 'x', engine: 'deepl' },
        { source: '空', locale: 'en', glossaryVersion: 'g1', translation: '', engine: 'deepl' },
      ]),
    ).toBe(0)
    expect(await count()).toBe(before)
    expect((await lookupMemory(portal.payload, [])).size).toBe(0)
  })

  test('lookups larger than one query chunk (200 keys) find everything', async () => {
    const entries = Array.from({ length: 450 }, (_, i) => ({
      source: `段落${i}`,
      locale: 'fr',
      glossaryVersion: 'bulk',
      translation: `Paragraphe ${i}`,
      engine: 'deepl',
    }))
    expect(await storeMemory(portal.payload, entries)).toBe(450)
    const found = await lookupMemory(portal.payload, [...entries, { source: '没有', locale: 'fr', glossaryVersion: 'bulk' }])
    expect(found.size).toBe(450)
    expect(found.get(memoryKey(entries[321]))).toBe('Paragraphe 321')
  })
})

describe('access', () => {
  test('staff may read, nobody may write through REST', async () => {
    const anonymous = await request(portal.app).get(`/api/${translationMemorySlug}`)
    expect([401, 403]).toContain(anonymous.status)
    const read = await request(portal.app).get(`/api/${translationMemorySlug}`).set(authFor(staff, 'translator'))
    expect(read.status).toBe(200)
    const before = await count()
    const created = await request(portal.app)
      .post(`/api/${translationMemorySlug}`)
      .set(authFor(staff, 'admin'))
      .send({ key: 'k', source: 's', locale: 'en', translation: 't' })
    expect(created.status).toBe(403)
    const id = read.body.docs[0]?.id
    expect(id).toBeDefined()
    const updated = await request(portal.app)
      .patch(`/api/${translationMemorySlug}/${id}`)
      .set(authFor(staff, 'admin'))
      .send({ translation: 'tampered' })
    expect(updated.status).toBe(403)
    const deleted = await request(portal.app).delete(`/api/${translationMemorySlug}/${id}`).set(authFor(staff, 'admin'))
    expect(deleted.status).toBe(403)
    expect(await count()).toBe(before)
  })
})
