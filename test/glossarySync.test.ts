/**
 * Glossary sync: the `glossary` collection becomes one DeepL glossary per zh->target pair,
 * through the real deepl-node client against the fake DeepL server.
 */
import { AuthorizationError, Translator } from 'deepl-node'
import request from 'supertest'

import { targetLocales, type TargetLocale } from '../src/localization/locales'
import {
  buildGlossaryEntries,
  currentGlossaries,
  deeplGlossariesSlug,
  entriesVersion,
  glossaryEntries,
  glossaryVersions,
  syncGlossaries,
  type GlossaryStates,
} from '../src/translation/deepl/glossarySync'
import { startFakeDeepl, type FakeDeepl } from './support/fakeDeepl'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff
let fake: FakeDeepl
let translator: Translator

const glossaryCalls = () => fake.calls.filter((c) => c.path.startsWith('/v2/glossaries'))
const posts = () => glossaryCalls().filter((c) => c.method === 'POST')
const deletes = () => glossaryCalls().filter((c) => c.method === 'DELETE')
const entriesOf = (id: string | null) => (id ? fake.glossaries.get(id)?.dictionaries[0] : undefined)

const terms = {
  portal: { term: '国际服务门户', approved: { en: 'International Services Portal', ja: '国際サービスポータル', fr: 'Portail des services internationaux', de: 'Portal für internationale Dienste', es: 'Portal de Servicios Internacionales', ru: 'Портал международных услуг', ar: 'بوابة الخدمات الدولية' } },
  permit: { term: '居留许可', approved: { en: 'residence permit', ja: '在留許可', fr: 'titre de séjour', de: 'Aufenthaltstitel', es: 'permiso de residencia', ru: 'вид на жительство', ar: 'تصريح الإقامة' } },
  // English and German only, with stray whitespace that must not reach DeepL.
  oneStop: { term: ' 一网通办 ', approved: { en: '  One-Stop\tOnline Service ', de: 'Online-Service aus einer Hand' } },
  // Kept as written in every language, whatever `approved` says.
  wechat: { term: 'WeChat', approved: { en: 'Weixin' }, doNotTranslate: true },
}

let ids: Record<string, string | number> = {}
let first: GlossaryStates

/** Changes one language's rendering of a stored term, leaving the others as they are. */
const setRendering = async (id: string | number, locale: TargetLocale, value: string) => {
  const doc = (await portal.payload.findByID({ collection: 'glossary', id, overrideAccess: true })) as unknown as {
    approved?: Record<string, string | null>
  }
  await portal.payload.update({
    collection: 'glossary',
    id,
    data: { approved: { ...doc.approved, [locale]: value } } as never,
  })
}

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  fake = await startFakeDeepl()
  translator = new Translator(fake.authKey, { serverUrl: fake.url, maxRetries: 1, minTimeout: 200, sendPlatformInfo: false })
  for (const [name, data] of Object.entries(terms)) {
    ids[name] = (await portal.payload.create({ collection: 'glossary', data: data as never })).id
  }
})

afterAll(async () => {
  await fake.stop()
  await portal.stop()
})

test('pure entries: renderings per language, doNotTranslate maps to itself, sorted, cleaned', () => {
  const list = Object.values(terms)
  expect(buildGlossaryEntries(list, 'en')).toEqual([
    ['WeChat', 'WeChat'],
    ['一网通办', 'One-Stop Online Service'],
    ['国际服务门户', 'International Services Portal'],
    ['居留许可', 'residence permit'],
  ])
  expect(buildGlossaryEntries(list, 'ko')).toEqual([['WeChat', 'WeChat']])
  expect(entriesVersion(buildGlossaryEntries(list, 'en'))).toMatch(/^[0-9a-f]{16}$/)
  // Order of the terms does not change the version.
  expect(entriesVersion(buildGlossaryEntries([...list].reverse(), 'en'))).toBe(entriesVersion(buildGlossaryEntries(list, 'en')))
})

test('before any sync: no stored state, versions computable without network', async () => {
  expect(Object.values(await currentGlossaries(portal.payload))).toEqual(targetLocales.map(() => null))
  const versions = await glossaryVersions(portal.payload)
  expect(Object.keys(versions).sort()).toEqual([...targetLocales].sort())
  expect(fake.calls).toHaveLength(0)
})

test('first sync creates one glossary per language with the approved terms', async () => {
  first = await syncGlossaries(portal.payload, translator)
  expect(posts()).toHaveLength(targetLocales.length)
  expect(fake.glossaries.size).toBe(targetLocales.length)
  expect(deletes()).toHaveLength(0)

  const en = entriesOf(first.en.glossaryId)
  expect(en).toEqual({
    sourceLang: 'zh',
    targetLang: 'en',
    entries: {
      WeChat: 'WeChat',
      一网通办: 'One-Stop Online Service',
      国际服务门户: 'International Services Portal',
      居留许可: 'residence permit',
    },
  })
  expect(entriesOf(first.de.glossaryId)?.entries).toEqual({
    WeChat: 'WeChat',
    一网通办: 'Online-Service aus einer Hand',
    国际服务门户: 'Portal für internationale Dienste',
    居留许可: 'Aufenthaltstitel',
  })
  expect(entriesOf(first.ar.glossaryId)).toMatchObject({
    targetLang: 'ar',
    entries: { WeChat: 'WeChat', 国际服务门户: 'بوابة الخدمات الدولية', 居留许可: 'تصريح الإقامة' },
  })
  // Korean has only the do-not-translate term.
  expect(entriesOf(first.ko.glossaryId)?.entries).toEqual({ WeChat: 'WeChat' })
  for (const locale of targetLocales) {
    expect(entriesOf(first[locale].glossaryId)?.targetLang).toBe(locale)
    expect(first[locale].version).toMatch(/^[0-9a-f]{16}$/)
  }
  expect(await glossaryVersions(portal.payload)).toEqual(
    Object.fromEntries(targetLocales.map((l) => [l, first[l].version])),
  )

  // The state is stored and readable without network.
  const before = fake.calls.length
  const stored = await currentGlossaries(portal.payload)
  expect(fake.calls.length).toBe(before)
  for (const locale of targetLocales) {
    expect(stored[locale]).toMatchObject({ glossaryId: first[locale].glossaryId, version: first[locale].version })
  }
  expect(stored.en?.entryCount).toBe(4)
  expect(stored.en?.syncedAt).toBeTruthy()

  // The glossary works for translation with the regional English codes.
  const result = await translator.translateText('欢迎使用国际服务门户', 'zh', 'en-GB', { glossary: first.en.glossaryId! })
  expect(result.text).toContain('International Services Portal')
})

test('second sync with no change creates nothing and deletes nothing (one listing call)', async () => {
  const before = glossaryCalls().length
  const again = await syncGlossaries(portal.payload, translator)
  expect(again).toEqual(first)
  const calls = glossaryCalls().slice(before)
  expect(calls).toEqual([{ method: 'GET', path: '/v2/glossaries', status: 200 }])
  expect(fake.glossaries.size).toBe(targetLocales.length)
})

test("changing one term's English rendering replaces only the en glossary", async () => {
  await setRendering(ids.permit, 'en', 'Residence Permit')
  const versions = await glossaryVersions(portal.payload)
  expect(versions.en).not.toBe(first.en.version)
  expect(versions.de).toBe(first.de.version)

  const postsBefore = posts().length
  const deletesBefore = deletes().length
  const next = await syncGlossaries(portal.payload, translator)
  expect(posts().length - postsBefore).toBe(1)
  expect(deletes().length - deletesBefore).toBe(1)

  expect(next.en.glossaryId).not.toBe(first.en.glossaryId)
  expect(next.en.version).toBe(versions.en)
  expect(next.en.version).not.toBe(first.en.version)
  expect(fake.glossaries.has(first.en.glossaryId!)).toBe(false)
  expect(entriesOf(next.en.glossaryId)?.entries['居留许可']).toBe('Residence Permit')
  for (const locale of targetLocales.filter((l) => l !== 'en')) expect(next[locale]).toEqual(first[locale])
  expect(fake.glossaries.size).toBe(targetLocales.length)
  expect((await currentGlossaries(portal.payload)).en).toMatchObject(next.en)
  first = next
})

test('a language with no entries gets null (and its old glossary is deleted)', async () => {
  // Korean had only the do-not-translate term: without it, nothing is left.
  await portal.payload.delete({ collection: 'glossary', id: ids.wechat })
  const oldKo = first.ko.glossaryId!
  const next = await syncGlossaries(portal.payload, translator)
  expect(next.ko).toEqual({ glossaryId: null, version: entriesVersion([]) })
  expect(fake.glossaries.has(oldKo)).toBe(false)
  expect((await currentGlossaries(portal.payload)).ko).toMatchObject({ glossaryId: null, entryCount: 0 })
  // Every other language lost an entry, so got a new glossary.
  for (const locale of targetLocales.filter((l) => l !== 'ko')) {
    expect(next[locale].glossaryId).not.toBe(first[locale].glossaryId)
    expect(entriesOf(next[locale].glossaryId)?.entries).not.toHaveProperty('WeChat')
  }
  expect(fake.glossaries.size).toBe(targetLocales.length - 1)

  // A null language stays null without any network call for it.
  const before = glossaryCalls().length
  expect((await syncGlossaries(portal.payload, translator)).ko.glossaryId).toBeNull()
  expect(glossaryCalls().slice(before).filter((c) => c.method !== 'GET')).toHaveLength(0)
  first = next
})

test('a glossary deleted at DeepL behind our back is recreated', async () => {
  fake.glossaries.delete(first.fr.glossaryId!)
  const postsBefore = posts().length
  const next = await syncGlossaries(portal.payload, translator)
  expect(posts().length - postsBefore).toBe(1)
  expect(next.fr.version).toBe(first.fr.version)
  expect(next.fr.glossaryId).not.toBe(first.fr.glossaryId)
  expect(fake.glossaries.has(next.fr.glossaryId!)).toBe(true)
  first = next
})

test('a replaced glossary already gone at DeepL is fine', async () => {
  await setRendering(ids.portal, 'es', 'Portal de servicios internacionales')
  fake.glossaries.delete(first.es.glossaryId!)
  const next = await syncGlossaries(portal.payload, translator)
  expect(next.es.glossaryId).not.toBe(first.es.glossaryId)
  expect(entriesOf(next.es.glossaryId)?.entries['国际服务门户']).toBe('Portal de servicios internacionales')
  first = next
})

test('concurrent syncs in one process do not create duplicates', async () => {
  await setRendering(ids.portal, 'ru', 'Портал международных сервисов')
  const postsBefore = posts().length
  const [a, b] = await Promise.all([syncGlossaries(portal.payload, translator), syncGlossaries(portal.payload, translator)])
  expect(a).toEqual(b)
  expect(posts().length - postsBefore).toBe(1)
  expect(fake.glossaries.size).toBe(targetLocales.length - 1)
  first = a
})

test('DeepL errors surface as deepl-node raised them; the stored state stays usable', async () => {
  await setRendering(ids.permit, 'en', 'Residence permit (card)')
  fake.failNext(403, 1, { path: '/v2/glossaries' })
  await expect(syncGlossaries(portal.payload, translator)).rejects.toBeInstanceOf(AuthorizationError)
  expect((await currentGlossaries(portal.payload)).en?.glossaryId).toBe(first.en.glossaryId)
  const next = await syncGlossaries(portal.payload, translator)
  expect(next.en.glossaryId).not.toBe(first.en.glossaryId)
})

test('glossaryEntries: the terminology-check entries for one language', async () => {
  await portal.payload.create({ collection: 'glossary', data: { term: '随申办', approved: {}, doNotTranslate: true } as never })
  const en = await glossaryEntries(portal.payload, 'en')
  expect(en).toEqual(
    expect.arrayContaining([
      { term: '居留许可', approved: 'Residence permit (card)' },
      { term: '随申办', approved: '随申办', doNotTranslate: true },
      { term: '一网通办', approved: 'One-Stop Online Service' },
    ]),
  )
  expect(await glossaryEntries(portal.payload, 'ko')).toEqual([{ term: '随申办', approved: '随申办', doNotTranslate: true }])
})

test('deepl-glossaries: admins read, nobody writes through REST', async () => {
  const anonymous = await request(portal.app).get(`/api/${deeplGlossariesSlug}`)
  expect([401, 403]).toContain(anonymous.status)
  const editor = await request(portal.app).get(`/api/${deeplGlossariesSlug}`).set(authFor(staff, 'editor'))
  expect(editor.status).toBe(403)
  const admin = await request(portal.app).get(`/api/${deeplGlossariesSlug}`).set(authFor(staff, 'admin'))
  expect(admin.status).toBe(200)
  expect(admin.body.totalDocs).toBe(targetLocales.length)
  const id = admin.body.docs[0].id
  const create = await request(portal.app)
    .post(`/api/${deeplGlossariesSlug}`)
    .set(authFor(staff, 'admin'))
    .send({ locale: 'en', version: 'x' })
  expect(create.status).toBe(403)
  const update = await request(portal.app)
    .patch(`/api/${deeplGlossariesSlug}/${id}`)
    .set(authFor(staff, 'admin'))
    .send({ glossaryId: 'tampered' })
  expect(update.status).toBe(403)
  const remove = await request(portal.app).delete(`/api/${deeplGlossariesSlug}/${id}`).set(authFor(staff, 'admin'))
  expect(remove.status).toBe(403)
})
