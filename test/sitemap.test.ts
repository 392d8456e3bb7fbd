/**
 * /sitemap.xml lists every published page in every approved language with its hreflang
 * alternates, and nothing else (no drafts, no unapproved languages); /robots.txt points at it.
 */
import type { AddressInfo } from 'node:net'

import { XMLParser, XMLValidator } from 'fast-xml-parser'
import request from 'supertest'

import { allLocales } from '../src/localization/locales'
import { startPortal, type Portal } from './support/portal'
import { createStaff } from './support/staff'
import { type Workflow, workflowFor } from './support/translation'

let portal: Portal
let workflow: Workflow
let server: ReturnType<Portal['app']['listen']>
let origin: string
let serviceId: string | number

type Link = { '@_rel': string; '@_hreflang': string; '@_href': string }
type Url = { loc: string; lastmod?: string; 'xhtml:link': Link[] }

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'url' || name === 'xhtml:link' })

const sitemap = async (): Promise<{ text: string; urls: Url[] }> => {
  const res = await request(server).get('/sitemap.xml')
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toBe('application/xml; charset=utf-8')
  expect(XMLValidator.validate(res.text)).toBe(true)
  return { text: res.text, urls: parser.parse(res.text).urlset.url as Url[] }
}

const locs = (urls: Url[]) => urls.map(({ loc }) => loc)

beforeAll(async () => {
  portal = await startPortal()
  server = portal.app.listen(0)
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  workflow = workflowFor(portal, await createStaff(portal))
  const source = await portal.payload.create({
    collection: 'sources',
    data: { name: '市公安局出入境管理局', slug: 'exit-entry' },
  })
  const service = await portal.payload.create({
    collection: 'services',
    data: {
      title: '外国人签证延期',
      summary: '签证延期办理指南',
      slug: 'visa-extension',
      source: source.id,
      _status: 'published',
    },
  })
  serviceId = service.id
  await workflow.translate('services', serviceId, 'en', { title: 'Visa extension', summary: 'How to extend your visa' })
  // Arabic is written but not reviewed: never listed.
  await workflow.translate('services', serviceId, 'ar', { title: 'تمديد التأشيرة', summary: 'مسودة' }, false)
  await portal.payload.create({
    collection: 'news',
    data: { title: '尚未发布的新闻', slug: 'unpublished-news', source: source.id, _status: 'draft' },
    draft: true,
  })
  await portal.payload.create({ collection: 'zones', data: { name: '临港新片区', slug: 'lingang' } })
}, 120_000)

afterAll(async () => {
  server.close()
  await portal.stop()
})

test('lists home pages and lists in every language, items only in their approved languages', async () => {
  const { text, urls } = await sitemap()
  const all = locs(urls)
  for (const locale of allLocales) {
    expect(all).toContain(`${origin}/${locale}`)
    expect(all).toContain(`${origin}/${locale}/services`)
    expect(all).toContain(`${origin}/${locale}/documents`)
  }
  expect(all.filter((loc) => loc.endsWith('/services/visa-extension'))).toEqual([
    `${origin}/zh/services/visa-extension`,
    `${origin}/en/services/visa-extension`,
  ])
  // A zone and a department are readable in every language, but listed only where approved.
  expect(all.filter((loc) => loc.includes('/zones/lingang'))).toEqual([`${origin}/zh/zones/lingang`])
  expect(all.filter((loc) => loc.includes('/departments/exit-entry'))).toEqual([`${origin}/zh/departments/exit-entry`])
  expect(text).not.toContain('unpublished-news')
  expect(text).not.toContain('/ar/services/visa-extension')
  expect(all.every((loc) => loc.startsWith(`${origin}/`))).toBe(true)
})

test('each URL names every language version and the x-default', async () => {
  const { urls } = await sitemap()
  const english = urls.find(({ loc }) => loc === `${origin}/en/services/visa-extension`)
  expect(english?.lastmod).toMatch(/^\d{4}-\d{2}-\d{2}T/)
  expect(english?.['xhtml:link'].map((link) => [link['@_rel'], link['@_hreflang'], link['@_href']])).toEqual([
    ['alternate', 'zh-Hans', `${origin}/zh/services/visa-extension`],
    ['alternate', 'en', `${origin}/en/services/visa-extension`],
    ['alternate', 'x-default', `${origin}/services/visa-extension`],
  ])
  const home = urls.find(({ loc }) => loc === `${origin}/ar`)
  expect(home?.['xhtml:link']).toHaveLength(allLocales.length + 1)
  expect(home?.['xhtml:link'].at(-1)?.['@_href']).toBe(`${origin}/`)
})

test('follows approval and withdrawal', async () => {
  await workflow.act('services', serviceId, 'ar', 'approve')
  expect(locs((await sitemap()).urls)).toContain(`${origin}/ar/services/visa-extension`)
  await workflow.act('services', serviceId, 'en', 'send-back')
  expect(locs((await sitemap()).urls).filter((loc) => loc.endsWith('/services/visa-extension'))).toEqual([
    `${origin}/zh/services/visa-extension`,
    `${origin}/ar/services/visa-extension`,
  ])
  // Unpublished: gone in every language.
  await portal.payload.update({ collection: 'services', id: serviceId, data: { _status: 'draft' } })
  expect((await sitemap()).text).not.toContain('visa-extension')
})

test('uses PUBLIC_URL for absolute URLs when set', async () => {
  process.env.PUBLIC_URL = 'https://www.example.gov.cn/'
  try {
    const { urls } = await sitemap()
    expect(locs(urls).every((loc) => loc.startsWith('https://www.example.gov.cn/'))).toBe(true)
    expect(locs(urls)).toContain('https://www.example.gov.cn/zh')
  } finally {
    delete process.env.PUBLIC_URL
  }
})

test('a page number that is not one gets 400, one past the end 404', async () => {
  expect((await request(server).get('/sitemap.xml?page=abc')).status).toBe(400)
  expect((await request(server).get('/sitemap.xml?page=0')).status).toBe(400)
  expect((await request(server).get('/sitemap.xml?page=2')).status).toBe(404)
  expect((await request(server).get('/sitemap.xml?page=1')).status).toBe(200)
})

test('robots.txt allows the site, keeps crawlers out of the admin and API, and names the sitemap', async () => {
  const res = await request(server).get('/robots.txt')
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toBe('text/plain; charset=utf-8')
  const lines = res.text.split('\n')
  expect(lines).toEqual(
    expect.arrayContaining(['User-agent: *', 'Allow: /', 'Disallow: /admin', 'Disallow: /api', `Sitemap: ${origin}/sitemap.xml`]),
  )
})
