/**
 * The public site's data layer (src/site): what an anonymous reader sees in each language, and
 * how soon a change shows. Content is made the way people make it: an editor publishes the
 * Chinese through REST, a translator writes a language, a reviewer approves it.
 */
import request from 'supertest'

import { publicUrl } from '../src/feed/item'
import type { Media } from '../src/payload-types'
import { targetLocales } from '../src/localization/locales'
import { siteCacheSize } from '../src/site/cache'
import { availableLocales, bySlug, pageOf, related } from '../src/site/content'
import { imageSources } from '../src/site/images'
import { listData, newsData, serviceData } from '../src/site/pageData'
import { itemPath } from '../src/site/urls'
import {
  approveTranslation,
  createSource,
  createStaff,
  type Id,
  makePng,
  richText,
  type StaffUser,
  uniqueSlug,
} from './support/fixtures'
import { startPortal, type Portal } from './support/portal'
import config from '../src/payload.config'
import { createApp } from '../src/server'

let portal: Portal
let editor: StaffUser
let translator: StaffUser
let reviewer: StaffUser
let sourceId: Id

const api = () => request(portal.app)
const as = (user: StaffUser, req: request.Test) => req.set('Authorization', user.auth)

const publish = async (collection: string, data: Record<string, unknown>) => {
  const res = await as(editor, api().post(`/api/${collection}?locale=zh`)).send({
    source: sourceId,
    _status: 'published',
    ...data,
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: Id; slug: string }
}

const translate = async (collection: string, id: Id, locale: string, data: Record<string, unknown>) => {
  const res = await as(translator, api().patch(`/api/${collection}/${id}?locale=${locale}`)).send(data)
  expect(res.status).toBe(200)
  await approveTranslation(portal, reviewer, collection, id, locale)
}

let service: { id: Id; slug: string }
let policyDocumentId: Id
let topic: { id: Id; slug: string }

beforeAll(async () => {
  portal = await startPortal()
  editor = await createStaff(portal, 'editor')
  translator = await createStaff(portal, 'translator', { languages: [...targetLocales] })
  reviewer = await createStaff(portal, 'reviewer', { languages: [...targetLocales] })
  sourceId = await createSource(portal)
  topic = await publish('topics', { name: '签证', slug: uniqueSlug('visas') })

  const policy = await as(editor, api().post('/api/policy-documents?locale=zh')).send({
    title: '关于优化外国人签证证件办理服务的通告',
    documentNumber: `沪公规〔2026〕${Date.now() % 10000}号`,
    source: sourceId,
    issueDate: '2026-01-05',
    slug: uniqueSlug('notice'),
  })
  expect(policy.status).toBe(201)
  policyDocumentId = policy.body.doc.id

  service = await publish('services', {
    title: '外国人签证延期',
    summary: '停留期届满七日前申请延期。',
    slug: uniqueSlug('visa-extension'),
    topics: [topic.id],
    legalBasis: [policyDocumentId],
    onlineApplication: { url: 'https://zwdt.sh.gov.cn/govPortals/bsfw/item/visa' },
  })
  await translate('services', service.id, 'en', { title: 'Visa extension', summary: 'Apply seven days before your stay ends.' })
})

afterAll(() => portal.stop())

describe('reading in a language', () => {
  test('an approved language gives its words, marked with that language', async () => {
    const doc = await bySlug('services', service.slug, 'en')
    expect(doc).toMatchObject({ title: 'Visa extension', lang: 'en' })
  })

  test('a language that is not approved gives the Chinese original, marked Chinese', async () => {
    const doc = await bySlug('services', service.slug, 'ko')
    expect(doc).toMatchObject({ title: '外国人签证延期', lang: 'zh' })
  })

  test('a machine draft never shows: the Chinese does', async () => {
    const res = await as(translator, api().patch(`/api/services/${service.id}?locale=ja`)).send({
      title: 'ビザ延長（下書き）',
      summary: '下書き',
    })
    expect(res.status).toBe(200)
    const doc = await bySlug('services', service.slug, 'ja')
    expect(doc).toMatchObject({ title: '外国人签证延期', lang: 'zh' })
  })

  test('available languages are Chinese and the approved ones', async () => {
    expect(await availableLocales('services', service.id)).toEqual(['zh', 'en'])
  })

  test('relations come in their own language: a policy document not approved in English is Chinese', async () => {
    const doc = await bySlug('services', service.slug, 'en', 2)
    const [basis] = doc?.legalBasis as unknown as { title: string; lang: string; source: { id: Id } }[]
    expect(basis).toMatchObject({ title: '关于优化外国人签证证件办理服务的通告', lang: 'zh' })
    expect(String(basis.source.id)).toBe(String(sourceId))
  })

  test('a draft is not there, in any language', async () => {
    const res = await as(editor, api().post('/api/news?locale=zh')).send({
      title: '草稿',
      slug: uniqueSlug('draft'),
      source: sourceId,
      body: richText('未发布'),
      _status: 'draft',
    })
    expect(res.status).toBe(201)
    expect(await bySlug('news', res.body.doc.slug, 'zh')).toBeNull()
    expect(await bySlug('news', res.body.doc.slug, 'en')).toBeNull()
    expect(await newsData('en', res.body.doc.slug)).toBeNull()
  })

  test('lists hold the same items in every language, each in its best language', async () => {
    const zh = await pageOf('services', 'zh', { sort: 'createdAt' })
    const ko = await pageOf('services', 'ko', { sort: 'createdAt' })
    const en = await pageOf('services', 'en', { sort: 'createdAt' })
    expect(ko.docs.map(({ id }) => id)).toEqual(zh.docs.map(({ id }) => id))
    expect(en.docs.find(({ id }) => id === service.id)).toMatchObject({ title: 'Visa extension', lang: 'en' })
    expect(ko.docs.find(({ id }) => id === service.id)).toMatchObject({ title: '外国人签证延期', lang: 'zh' })
  })

  test('a topic filter finds what is tagged; an unknown topic or a page past the end is nothing', async () => {
    const tagged = await listData('en', 'services', 1, topic.slug)
    expect(tagged?.cards.map(({ title }) => title)).toEqual(['Visa extension'])
    expect(await listData('en', 'services', 1, 'no-such-topic')).toBeNull()
    expect(await listData('en', 'services', 99)).toBeNull()
  })
})

describe('images', () => {
  test('alt text in the reader’s language where approved, every sharp size in srcset and WebP', async () => {
    const png = await makePng(2000, 1200)
    const media = await portal.payload.create({
      collection: 'media',
      data: { alt: '外滩天际线' } as never,
      file: { data: png, mimetype: 'image/png', name: 'bund.png', size: png.length },
      overrideAccess: true,
    })
    await translate('media', media.id, 'en', { alt: 'The Bund skyline' })
    const news = await publish('news', { title: '外滩', slug: uniqueSlug('bund'), heroImage: media.id })

    const en = related<Media>((await bySlug('news', news.slug, 'en'))?.heroImage)
    expect(en).toMatchObject({ alt: 'The Bund skyline', lang: 'en' })
    const ko = related<Media>((await bySlug('news', news.slug, 'ko'))?.heroImage)
    expect(ko).toMatchObject({ alt: '外滩天际线', lang: 'zh' })

    const sources = imageSources(en!)
    expect(sources?.srcSet?.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['320w', '768w', '1600w', '2000w'])
    expect(sources?.webpSrcSet?.split(', ').map((entry) => entry.split(' ')[1])).toEqual(['320w', '768w', '1600w'])
    expect(sources?.webpSrcSet).toMatch(/\.webp 320w/)
    expect(sources).toMatchObject({ width: 768, height: 461 })
  })
})

describe('page data refreshes when content changes', () => {
  test('publishing a new Chinese title shows at once', async () => {
    expect((await serviceData('zh', service.slug))?.doc.title).toBe('外国人签证延期')
    expect(siteCacheSize()).toBeGreaterThan(0)
    const res = await as(editor, api().patch(`/api/services/${service.id}?locale=zh`)).send({
      title: '外国人签证延期（2026版）',
      _status: 'published',
    })
    expect(res.status).toBe(200)
    expect((await serviceData('zh', service.slug))?.doc.title).toBe('外国人签证延期（2026版）')
  })

  test('the English page says the Chinese changed (outdated), then shows a newly approved title at once', async () => {
    const outdated = await serviceData('en', service.slug)
    expect(outdated?.doc.translation?.state).toBe('outdated')
    await translate('services', service.id, 'en', { title: 'Visa extension (2026)' })
    const approved = await serviceData('en', service.slug)
    expect(approved?.doc).toMatchObject({ title: 'Visa extension (2026)', lang: 'en' })
    expect(approved?.doc.translation?.state).toBe('approved')
  })

  test('approving a new language makes it available at once', async () => {
    expect((await serviceData('ar', service.slug))?.doc.lang).toBe('zh')
    // The year stays in the title: approval checks that values agree with the Chinese.
    await translate('services', service.id, 'ar', { title: 'تمديد التأشيرة (2026)', summary: 'قدّم الطلب قبل سبعة أيام.' })
    const page = await serviceData('ar', service.slug)
    expect(page?.doc).toMatchObject({ title: 'تمديد التأشيرة (2026)', lang: 'ar' })
    expect(page?.available).toEqual(['zh', 'en', 'ar'])
  })

  test('publishing a draft makes its page appear; unpublishing makes it go', async () => {
    const slug = uniqueSlug('news')
    const created = await as(editor, api().post('/api/news?locale=zh')).send({
      title: '新闻',
      slug,
      source: sourceId,
      _status: 'draft',
    })
    expect(created.status).toBe(201)
    expect(await newsData('zh', slug)).toBeNull()
    const published = await as(editor, api().patch(`/api/news/${created.body.doc.id}?locale=zh`)).send({ _status: 'published' })
    expect(published.status).toBe(200)
    expect((await newsData('zh', slug))?.doc.title).toBe('新闻')
    const removed = await as(editor, api().delete(`/api/news/${created.body.doc.id}`))
    expect(removed.status).toBe(200)
    expect(await newsData('zh', slug)).toBeNull()
  })
})

describe('site paths', () => {
  test('news, services and interpretations keep the paths the partner feed promises', () => {
    for (const type of ['news', 'services', 'policy-interpretations'] as const) {
      expect(itemPath('ar', type, 'visa-extension')).toBe(publicUrl('', 'ar', type, 'visa-extension'))
    }
  })

  test('a mistyped locale redirects to the language it means; a missing one to the reader’s best match', async () => {
    const cases: [string, string | undefined, string][] = [
      ['/jp/services', undefined, '/ja/services'],
      ['/EN/news?page=2', undefined, '/en/news?page=2'],
      ['/zh-CN/services/visa-extension', undefined, '/zh/services/visa-extension'],
      ['/pt/services', 'ja,en;q=0.5', '/ja/services'],
      ['/services/visa-extension', 'ar', '/ar/services/visa-extension'],
      ['/services', 'pt-BR', '/zh/services'],
    ]
    for (const [path, acceptLanguage, location] of cases) {
      const req = api().get(path)
      if (acceptLanguage) req.set('Accept-Language', acceptLanguage)
      const res = await req
      expect({ path, status: res.status, location: res.headers.location }).toEqual({ path, status: 302, location })
      expect(res.headers.vary).toMatch(/Accept-Language/)
    }
  })

  test('what the reader may not see is answered 404 and rendered as the 404 page; the rest goes on as it came', async () => {
    // Next's place taken by a handler that says what it was given.
    const app = createApp({
      config,
      payload: portal.payload,
      next: (req, res) => {
        res.json({ url: req.url, status: res.statusCode, locale: req.headers['x-site-locale'] ?? null })
      },
    })
    const draft = await as(editor, api().post('/api/news?locale=zh')).send({
      title: '草稿',
      slug: uniqueSlug('draft'),
      source: sourceId,
    })
    expect(draft.status).toBe(201)
    const cases: [string, { url: string; status: number; locale: string }][] = [
      ['/ko', { url: '/ko', status: 200, locale: 'ko' }],
      [`/en/services/${service.slug}`, { url: `/en/services/${service.slug}`, status: 200, locale: 'en' }],
      [`/ko/services/${service.slug}`, { url: `/ko/services/${service.slug}`, status: 200, locale: 'ko' }],
      [`/en/services?topic=${topic.slug}`, { url: `/en/services?topic=${topic.slug}`, status: 200, locale: 'en' }],
      ['/ar/search?q=visa', { url: '/ar/search?q=visa', status: 200, locale: 'ar' }],
      [`/en/news/${draft.body.doc.slug}`, { url: '/en/not-found', status: 404, locale: 'en' }],
      ['/ar/services/no-such-service', { url: '/ar/not-found', status: 404, locale: 'ar' }],
      ['/en/services?page=abc', { url: '/en/not-found', status: 404, locale: 'en' }],
      ['/en/services?page=99', { url: '/en/not-found', status: 404, locale: 'en' }],
      ['/en/services?topic=nothing-like-it', { url: '/en/not-found', status: 404, locale: 'en' }],
      ['/zh/no/such/page', { url: '/zh/not-found', status: 404, locale: 'zh' }],
    ]
    for (const [path, expected] of cases) {
      const res = await request(app).get(path).set('x-site-locale', 'fr')
      expect({ path, ...res.body }).toEqual({ path, ...expected })
    }
  })

  test('the admin, the API and files are not redirected', async () => {
    expect((await api().get('/api/services?limit=1')).status).toBe(200)
    expect((await api().get('/robots.txt')).status).not.toBe(302)
    expect((await api().get('/admin')).status).not.toBe(302)
  })
})
