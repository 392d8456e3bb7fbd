/**
 * The nine content languages through REST and GraphQL: each language keeps its own text,
 * untranslated fields fall back to the Chinese source unless the reader asks for no fallback,
 * and writing a translation never overwrites the Chinese (including rows of arrays).
 *
 * Content moves the way it does for real people: an editor writes and publishes the Chinese, a
 * translator assigned to the target languages writes a translation, a reviewer approves it.
 * Who may see an unapproved language is the translation workflow's business (other suites);
 * here localization itself is checked.
 */
import request from 'supertest'

import { allLocales, targetLocales } from '../src/localization/locales'
import {
  approveTranslation,
  createSource,
  createStaff,
  type Id,
  richText,
  type StaffUser,
  uniqueSlug,
} from './support/fixtures'
import { startPortal, type Portal } from './support/portal'

let portal: Portal
let editor: StaffUser
let translator: StaffUser
let reviewer: StaffUser
let sourceId: Id

/** A published news item with Chinese and approved English, nothing else. */
let news: { id: Id; slug: string }

const zh = {
  title: '上海推出外籍人士来华便利措施',
  summary: '外籍人士可在线申请签证延期。',
  body: '自即日起，外籍人士可通过“一网通办”申请签证延期。',
}
const en = {
  title: 'Shanghai introduces new conveniences for foreign nationals',
  summary: 'Foreign nationals can now apply online to extend their visas.',
  body: 'Starting today, foreign nationals can apply for visa extensions through Government Online-Offline Shanghai.',
}

const api = () => request(portal.app)
const as = (user: StaffUser, req: request.Test) => req.set('Authorization', user.auth)
/** A staff read: localization as stored, whatever the review state of each language. */
const get = (path: string) => as(editor, api().get(path))

const translate = async (collection: string, id: Id, locale: string, data: Record<string, unknown>) => {
  const res = await as(translator, api().patch(`/api/${collection}/${id}?locale=${locale}`)).send(data)
  expect(res.status).toBe(200)
  return res
}
const approve = (collection: string, id: Id, locale: string) =>
  approveTranslation(portal, reviewer, collection, id, locale)

const bodyText = (value: unknown): string | undefined =>
  (value as { root?: { children?: { children?: { text?: string }[] }[] } } | null)?.root?.children?.[0]?.children?.[0]?.text

beforeAll(async () => {
  portal = await startPortal()
  editor = await createStaff(portal, 'editor')
  translator = await createStaff(portal, 'translator', { languages: [...targetLocales] })
  reviewer = await createStaff(portal, 'reviewer', { languages: [...targetLocales] })
  sourceId = await createSource(portal)

  const slug = uniqueSlug('visa-online')
  const created = await as(editor, api().post('/api/news?locale=zh')).send({
    title: zh.title,
    summary: zh.summary,
    body: richText(zh.body),
    slug,
    source: sourceId,
    _status: 'published',
  })
  expect(created.status).toBe(201)
  news = { id: created.body.doc.id, slug }

  await translate('news', news.id, 'en', { title: en.title, summary: en.summary, body: richText(en.body) })
  await approve('news', news.id, 'en')
})

afterAll(() => portal.stop())

describe('REST reads of a published item', () => {
  test('zh gives the Chinese source', async () => {
    const res = await get(`/api/news/${news.id}?locale=zh`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ title: zh.title, summary: zh.summary })
    expect(bodyText(res.body.body)).toBe(zh.body)
  })

  test('en gives the English translation', async () => {
    const res = await get(`/api/news/${news.id}?locale=en`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ title: en.title, summary: en.summary })
    expect(bodyText(res.body.body)).toBe(en.body)
  })

  test('an anonymous reader gets the published Chinese, and the approved English', async () => {
    const zhRes = await api().get(`/api/news/${news.id}?locale=zh`)
    expect(zhRes.status).toBe(200)
    expect(zhRes.body).toMatchObject({ title: zh.title, summary: zh.summary })
    const enRes = await api().get(`/api/news/${news.id}?locale=en`)
    expect(enRes.status).toBe(200)
    expect(enRes.body).toMatchObject({ title: en.title, summary: en.summary })
  })

  test('ja (untranslated) falls back to the Chinese text by default', async () => {
    const res = await get(`/api/news/${news.id}?locale=ja`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ title: zh.title, summary: zh.summary })
    expect(bodyText(res.body.body)).toBe(zh.body)
  })

  test('ja with fallback-locale=none gives null for every untranslated field', async () => {
    const res = await get(`/api/news/${news.id}?locale=ja&fallback-locale=none`)
    expect(res.status).toBe(200)
    expect(res.body.title ?? null).toBeNull()
    expect(res.body.summary ?? null).toBeNull()
    expect(res.body.body ?? null).toBeNull()
    // Fields that are not localized are still there.
    expect(res.body.slug).toBe(news.slug)
  })

  test('ja with fallback-locale=en falls back to English instead', async () => {
    const res = await get(`/api/news/${news.id}?locale=ja&fallback-locale=en`)
    expect(res.status).toBe(200)
    expect(res.body.title).toBe(en.title)
  })

  test('list endpoints localize too', async () => {
    const res = await get(`/api/news?locale=en&where[slug][equals]=${news.slug}`)
    expect(res.status).toBe(200)
    expect(res.body.docs).toHaveLength(1)
    expect(res.body.docs[0].title).toBe(en.title)
  })

  test('locale=all returns each localized field as an object keyed by locale', async () => {
    const res = await get(`/api/news/${news.id}?locale=all`)
    expect(res.status).toBe(200)
    expect(res.body.title).toEqual({ zh: zh.title, en: en.title })
    expect(res.body.summary).toEqual({ zh: zh.summary, en: en.summary })
    expect(bodyText(res.body.body.zh)).toBe(zh.body)
    expect(bodyText(res.body.body.en)).toBe(en.body)
    // Not localized: a plain value.
    expect(res.body.slug).toBe(news.slug)
  })
})

describe('all nine languages', () => {
  test('every locale stores and returns its own text', async () => {
    const names: Record<string, string> = {
      zh: '上海国际服务门户',
      en: 'International Services Shanghai',
      ja: '上海国際サービスポータル',
      ko: '상하이 국제 서비스 포털',
      fr: 'Portail des services internationaux de Shanghai',
      de: 'Internationales Serviceportal Shanghai',
      es: 'Portal de servicios internacionales de Shanghái',
      ru: 'Портал международных услуг Шанхая',
      ar: 'بوابة الخدمات الدولية في شنغهاي',
    }
    expect(Object.keys(names).sort()).toEqual([...allLocales].sort())

    const created = await as(editor, api().post('/api/topics?locale=zh')).send({ name: names.zh, slug: uniqueSlug('portal') })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    for (const locale of targetLocales) await translate('topics', id, locale, { name: names[locale] })

    for (const locale of allLocales) {
      const res = await get(`/api/topics/${id}?locale=${locale}&fallback-locale=none`)
      expect(res.status).toBe(200)
      expect({ locale, name: res.body.name }).toEqual({ locale, name: names[locale] })
    }

    const all = await get(`/api/topics/${id}?locale=all`)
    expect(all.body.name).toEqual(names)
  })

  test('GraphQL offers exactly the nine locales, plus none as a fallback', async () => {
    const res = await api()
      .post('/api/graphql')
      .send({
        query:
          '{ l: __type(name: "LocaleInputType") { enumValues { name } } f: __type(name: "FallbackLocaleInputType") { enumValues { name } } }',
      })
    expect(res.status).toBe(200)
    const names = (type: { enumValues: { name: string }[] }) => type.enumValues.map(({ name }) => name).sort()
    expect(names(res.body.data.l)).toEqual([...allLocales].sort())
    expect(names(res.body.data.f)).toEqual([...allLocales, 'none'].sort())
  })
})

describe('GraphQL', () => {
  const query = async (args: string) => {
    const res = await as(editor, api().post('/api/graphql')).send({
      query: `{ allNews(${args}, where: { slug: { equals: "${news.slug}" } }) { docs { title summary slug } } }`,
    })
    expect(res.status).toBe(200)
    expect(res.body.errors).toBeUndefined()
    expect(res.body.data.allNews.docs).toHaveLength(1)
    return res.body.data.allNews.docs[0]
  }

  test('locale: en gives the translation', async () => {
    expect(await query('locale: en')).toMatchObject({ title: en.title, summary: en.summary })
  })

  test('locale: zh gives the source', async () => {
    expect(await query('locale: zh')).toMatchObject({ title: zh.title })
  })

  test('locale: ja falls back to Chinese; fallbackLocale: none gives null; fallbackLocale: en gives English', async () => {
    expect((await query('locale: ja')).title).toBe(zh.title)
    expect((await query('locale: ja, fallbackLocale: none')).title).toBeNull()
    expect((await query('locale: ja, fallbackLocale: en')).title).toBe(en.title)
  })

  test('an unknown GraphQL locale is refused with a message', async () => {
    const res = await api().post('/api/graphql').send({ query: '{ allNews(locale: xx) { docs { title } } }' })
    expect(res.body.data).toBeUndefined()
    expect(JSON.stringify(res.body.errors)).toMatch(/xx/)
  })
})

describe('writing one language keeps the others', () => {
  test('writing en does not clobber zh, and editing zh afterwards keeps en', async () => {
    const created = await as(editor, api().post('/api/news?locale=zh')).send({
      title: '外国人居留许可办理指南',
      summary: '居留许可的申请条件。',
      slug: uniqueSlug('residence'),
      source: sourceId,
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id

    const res = await translate('news', id, 'en', { title: 'Residence permit guide' })
    expect(res.body.doc.title).toBe('Residence permit guide')
    await approve('news', id, 'en')

    const zhRead = await get(`/api/news/${id}?locale=zh`)
    expect(zhRead.body).toMatchObject({ title: '外国人居留许可办理指南', summary: '居留许可的申请条件。' })
    const enRead = await get(`/api/news/${id}?locale=en&fallback-locale=none`)
    expect(enRead.body.title).toBe('Residence permit guide')
    expect(enRead.body.summary ?? null).toBeNull()

    // And the other way round: editing the Chinese keeps the English.
    const zhEdit = await as(editor, api().patch(`/api/news/${id}?locale=zh`)).send({ title: '外国人居留许可办理指南（2026版）' })
    expect(zhEdit.status).toBe(200)
    const all = await get(`/api/news/${id}?locale=all`)
    expect(all.body.title).toEqual({ zh: '外国人居留许可办理指南（2026版）', en: 'Residence permit guide' })
  })

  test('array rows (services.materials) keep both languages when en is written with row ids', async () => {
    const created = await as(editor, api().post('/api/services?locale=zh')).send({
      title: '外国人签证延期',
      summary: '在沪外国人申请签证延期的办理指南。',
      slug: uniqueSlug('visa-extension'),
      source: sourceId,
      materials: [
        { name: '护照原件', notes: '有效期六个月以上', copies: 1, originalRequired: true },
        { name: '近期免冠照片', copies: 2 },
        { name: '住宿登记表', copies: 1 },
      ],
      _status: 'published',
    })
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const rows = created.body.doc.materials as { id: string }[]
    expect(rows).toHaveLength(3)

    await translate('services', id, 'en', {
      title: 'Visa extension',
      summary: 'How foreign nationals in Shanghai extend their visas.',
      materials: [
        { id: rows[0].id, name: 'Original passport', notes: 'Valid for at least six more months' },
        { id: rows[1].id, name: 'Recent photo' },
        { id: rows[2].id, name: 'Registration form of temporary residence' },
      ],
    })
    await approve('services', id, 'en')

    const zhRead = await get(`/api/services/${id}?locale=zh`)
    expect(zhRead.status).toBe(200)
    expect(zhRead.body.title).toBe('外国人签证延期')
    expect(zhRead.body.materials.map((row: { name: string }) => row.name)).toEqual(['护照原件', '近期免冠照片', '住宿登记表'])
    expect(zhRead.body.materials[0].notes).toBe('有效期六个月以上')
    // Shared (not localized) row fields survive the English write.
    expect(zhRead.body.materials.map((row: { copies: number }) => row.copies)).toEqual([1, 2, 1])
    expect(zhRead.body.materials[0].originalRequired).toBe(true)

    const enRead = await get(`/api/services/${id}?locale=en`)
    expect(enRead.body.materials.map((row: { name: string }) => row.name)).toEqual([
      'Original passport',
      'Recent photo',
      'Registration form of temporary residence',
    ])
    expect(enRead.body.materials.map((row: { id: string }) => row.id)).toEqual(rows.map((row) => row.id))

    const all = await get(`/api/services/${id}?locale=all`)
    expect(all.body.materials[1].name).toEqual({ zh: '近期免冠照片', en: 'Recent photo' })
  })
})
