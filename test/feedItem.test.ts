/**
 * The partner-feed item built from real documents: sanitized body HTML with absolute links,
 * absolute image sizes, populated source/topics/zones, translation provenance from the
 * per-language record, alternates, and a service's online application and offices.
 */
import request from 'supertest'

import { publicUrl, toFeedItem } from '../src/feed/item'
import { lexicalToSafeHtml, sanitizeFeedHtml } from '../src/feed/html'
import {
  approveTranslation,
  createSource,
  createStaff,
  makePng,
  workPermitService,
  type Id,
  type StaffUser,
} from './support/fixtures'
import { startPortal, type Portal } from './support/portal'
import { element, text } from '../seed/richText'

const siteUrl = 'https://intl.example.gov.cn'

let portal: Portal
let sourceId: Id
let topicId: Id
let zoneId: Id
let mediaId: Id
let translator: StaffUser
let reviewer: StaffUser

const link = (url: string, label: string) =>
  element('link', [text(label)], { version: 3, fields: { url, linkType: 'custom', newTab: false } })

const body = (intro: string) => ({
  root: element('root', [
    element('heading', [text('办理须知')], { tag: 'h2' }),
    element('paragraph', [text(intro), text('重要', 1), text(' <script>alert(1)</script>')], { textFormat: 0 }),
    element(
      'paragraph',
      [
        link('https://www.gov.cn/zhengce/', '政策'),
        text(' '),
        link('/zh/services/visa', '签证'),
        text(' '),
        link('javascript:alert(1)', '危险链接'),
      ],
      { textFormat: 0 },
    ),
  ]),
})

beforeAll(async () => {
  portal = await startPortal()
  sourceId = await createSource(portal, '上海市出入境管理局')
  await portal.payload.update({
    collection: 'sources',
    id: sourceId,
    data: { abbreviation: '市出入境局', website: 'https://crj.sh.gov.cn' } as never,
    overrideAccess: true,
  })
  topicId = (
    await portal.payload.create({ collection: 'topics', data: { name: '签证', slug: 'visa' } as never, overrideAccess: true })
  ).id
  zoneId = (
    await portal.payload.create({
      collection: 'zones',
      data: { name: '临港新片区', slug: 'lingang' } as never,
      overrideAccess: true,
    })
  ).id
  const png = await makePng(2000, 1200)
  const media = await portal.payload.create({
    collection: 'media',
    data: { alt: '外滩天际线' } as never,
    file: { data: png, mimetype: 'image/png', name: 'bund.png', size: png.length },
    overrideAccess: true,
  })
  mediaId = media.id
  await portal.payload.update({
    collection: 'media',
    id: mediaId,
    locale: 'en',
    data: { alt: 'The Bund skyline' } as never,
    overrideAccess: true,
  })

  translator = await createStaff(portal, 'translator', { languages: ['en'] })
  const reviewerUser = await portal.payload.create({
    collection: 'users',
    data: {
      email: `feed-reviewer-${Date.now()}@portal.test`,
      password: 'feed-reviewer-secret',
      name: 'Feed reviewer',
      role: 'reviewer',
      languages: ['en'],
      department: 'Foreign Affairs Office',
    } as never,
    overrideAccess: true,
  })
  reviewer = {
    id: reviewerUser.id,
    email: (reviewerUser as { email: string }).email,
    password: 'feed-reviewer-secret',
    role: 'reviewer',
    auth: await portal.login((reviewerUser as { email: string }).email, 'feed-reviewer-secret'),
  }
})

afterAll(() => portal.stop())

const read = (collection: 'news' | 'services', id: Id, locale: 'zh' | 'en') =>
  portal.payload.findByID({ collection, id, locale, depth: 1, overrideAccess: true })

const createNews = async (slug: string) =>
  portal.payload.create({
    collection: 'news',
    data: {
      title: '外国人签证新规',
      summary: '中文摘要',
      body: body('请注意'),
      heroImage: mediaId,
      slug,
      source: sourceId,
      topics: [topicId],
      zones: [zoneId],
      _status: 'published',
    } as never,
    overrideAccess: true,
  })

describe('news item', () => {
  let newsId: Id

  beforeAll(async () => {
    newsId = (await createNews('visa-rules')).id
  })

  test('the Chinese source: fields, sanitized body, absolute image sizes, relations, no provenance', async () => {
    const doc = await read('news', newsId, 'zh')
    // The stored rich text really holds the hostile link and text; only the feed output is cleaned.
    expect(JSON.stringify(doc.body)).toContain('javascript:alert(1)')
    const item = toFeedItem(doc, 'news', 'zh', { siteUrl, alternates: ['en'] })
    expect(item).toMatchObject({
      id: String(newsId),
      type: 'news',
      locale: 'zh',
      title: '外国人签证新规',
      summary: '中文摘要',
      url: `${siteUrl}/zh/news/visa-rules`,
      source: { id: String(sourceId), name: '上海市出入境管理局', abbreviation: '市出入境局', website: 'https://crj.sh.gov.cn' },
      topics: [{ id: String(topicId), slug: 'visa', name: '签证' }],
      zones: [{ id: String(zoneId), slug: 'lingang', name: '临港新片区' }],
      translation: null,
      alternates: [{ locale: 'en', url: `${siteUrl}/en/news/visa-rules` }],
    })
    expect(item.publishedAt).toBeTruthy()
    expect(item.updatedAt).toBeTruthy()
    expect(item.service).toBeUndefined()

    const html = item.bodyHtml as string
    expect(html).toContain('<h2>办理须知</h2>')
    expect(html).toContain('<strong>重要</strong>')
    expect(html).toContain('<a href="https://www.gov.cn/zhengce/" rel="noopener">政策</a>')
    expect(html).toContain(`<a href="${siteUrl}/zh/services/visa" rel="noopener">签证</a>`)
    expect(html).toContain('危险链接')
    expect(html).not.toMatch(/javascript:/i)
    expect(html).not.toMatch(/<script/i)
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toMatch(/style=|class=|on\w+=/i)

    expect(item.image?.alt).toBe('外滩天际线')
    const sizes = item.image?.sizes ?? {}
    expect(Object.keys(sizes).sort()).toEqual(['card', 'cardWebp', 'hero', 'heroWebp', 'thumbnail', 'thumbnailWebp'])
    for (const size of Object.values(sizes)) expect(size.url).toMatch(/^https?:\/\//)
    expect(sizes.card).toMatchObject({ width: 768, height: 461, mimeType: 'image/png' })
    expect(sizes.heroWebp).toMatchObject({ width: 1600, mimeType: 'image/webp' })
    // Payload stores relative URLs (no serverURL in tests); the feed makes them absolute on the site.
    expect(sizes.thumbnail.url).toMatch(new RegExp(`^${siteUrl.replace(/\./g, '\\.')}/api/media/file/.+\\.png$`))
    expect(sizes.thumbnailWebp.url).toMatch(/\.webp$/)
  })

  test('an approved translation carries its provenance from the per-language record', async () => {
    const res = await request(portal.app)
      .patch(`/api/news/${newsId}?locale=en`)
      .set('Authorization', translator.auth)
      .send({ title: 'New visa rules', summary: 'English summary', body: body('Please note') })
    expect(res.status).toBe(200)
    await approveTranslation(portal, reviewer, 'news', newsId, 'en')

    const doc = await read('news', newsId, 'en')
    const item = toFeedItem(doc, 'news', 'en', { siteUrl, alternates: ['zh', 'en'] })
    expect(item).toMatchObject({
      locale: 'en',
      title: 'New visa rules',
      summary: 'English summary',
      url: `${siteUrl}/en/news/visa-rules`,
      alternates: [
        { locale: 'zh', url: `${siteUrl}/zh/news/visa-rules` },
        { locale: 'en', url: `${siteUrl}/en/news/visa-rules` },
      ],
    })
    expect(item.image?.alt).toBe('The Bund skyline')
    expect(item.bodyHtml).toContain('Please note')
    expect(item.translation).toEqual({
      state: 'approved',
      method: 'human',
      reviewer: 'Foreign Affairs Office',
      reviewedAt: (doc as { translation: { reviewedAt: string } }).translation.reviewedAt,
      sourceUpdatedAt: (doc as { translation: { sourceUpdatedAt: string } }).translation.sourceUpdatedAt,
    })
    expect(item.translation?.reviewedAt).toBeTruthy()
    expect(item.translation?.sourceUpdatedAt).toBeTruthy()
  })

  test('unpopulated relations (depth 0) are left out, not guessed', async () => {
    const doc = await portal.payload.findByID({ collection: 'news', id: newsId, locale: 'zh', depth: 0, overrideAccess: true })
    const item = toFeedItem(doc, 'news', 'zh', { siteUrl, alternates: [] })
    expect(item).toMatchObject({ source: null, topics: [], zones: [], image: null, alternates: [] })
  })
})

test('a service gets its online application and offices; URLs use the public paths', async () => {
  const service = await portal.payload.create({
    collection: 'services',
    data: { ...workPermitService, body: body('所需材料'), heroImage: mediaId, source: sourceId, _status: 'published' } as never,
    overrideAccess: true,
  })
  const item = toFeedItem(await read('services', service.id, 'zh'), 'services', 'zh', {
    siteUrl: `${siteUrl}/`,
    alternates: ['en'],
  })
  expect(item.url).toBe(`${siteUrl}/zh/services/work-permit`)
  expect(item.alternates).toEqual([{ locale: 'en', url: `${siteUrl}/en/services/work-permit` }])
  expect(item.service).toEqual({
    onlineApplication: { url: workPermitService.onlineApplication.url, lastCheckOk: true },
    offices: workPermitService.offices,
  })
  expect(item.bodyHtml).toContain('<h2>办理须知</h2>')
  expect(item.image?.sizes.hero.url).toMatch(/^https?:\/\//)
})

describe('html helpers', () => {
  test('publicUrl maps interpretations to /policies/', () => {
    expect(publicUrl(siteUrl, 'fr', 'policy-interpretations', 'new-rules')).toBe(`${siteUrl}/fr/policies/new-rules`)
    expect(publicUrl(`${siteUrl}/`, 'en', 'news', 'a')).toBe(`${siteUrl}/en/news/a`)
  })

  test('the sanitizer drops scripts, frames, handlers, styles and unsafe schemes', () => {
    const html = sanitizeFeedHtml(
      '<h1>T</h1><p onclick="x()" style="color:red">a <a href="javascript:alert(1)">j</a> <a href="data:text/html,x">d</a>' +
        ' <a href="mailto:info@example.org" target="_blank" rel="opener">m</a> <a href="/zh/x">r</a></p>' +
        '<script>alert(1)</script><style>p{}</style><iframe src="https://evil.example"></iframe><img src=x onerror=alert(1)>' +
        '<table><tbody><tr><td colspan="2">c</td></tr></tbody></table>',
      siteUrl,
    )
    expect(html).toBe(
      '<h2>T</h2><p>a <a>j</a> <a>d</a> <a href="mailto:info@example.org" rel="noopener">m</a>' +
        ` <a href="${siteUrl}/zh/x" rel="noopener">r</a></p>` +
        '<table><tbody><tr><td colspan="2">c</td></tr></tbody></table>',
    )
  })

  test('empty or non-Lexical bodies give null', () => {
    expect(lexicalToSafeHtml(null, siteUrl)).toBeNull()
    expect(lexicalToSafeHtml({ root: { children: [] } }, siteUrl)).toBeNull()
    expect(lexicalToSafeHtml('plain', siteUrl)).toBeNull()
  })
})
