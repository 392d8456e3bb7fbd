/** Public RSS 2.0, Atom 1.0 and JSON Feed 1.1 per language: published, approved items only. */
import { parseFeed } from '@rowanmanning/feed-parser'
import request from 'supertest'

import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

let portal: Portal
let staff: Staff

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  const source = await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })
  const topic = await portal.payload.create({ collection: 'topics', data: { name: '签证', slug: 'visa' } })
  const make = (slug: string, title: string, topics: (string | number)[] = []) =>
    portal.payload.create({
      collection: 'news',
      data: { title, summary: `${title}摘要`, slug, source: source.id, topics, _status: 'published' } as never,
    })
  const approved = await make('approved', '已批准新闻', [topic.id])
  await request(portal.app)
    .patch(`/api/news/${approved.id}?locale=en`)
    .set(authFor(staff, 'translator'))
    .send({ title: 'Approved <news> & more', summary: 'Summary' })
  await request(portal.app).post(`/api/news/${approved.id}/translation/en/approve`).set(authFor(staff, 'reviewer'))
  const pending = await make('pending', '待审新闻')
  await request(portal.app)
    .patch(`/api/news/${pending.id}?locale=en`)
    .set(authFor(staff, 'translator'))
    .send({ title: 'PENDING REVIEW' })
  await portal.payload.create({
    collection: 'news',
    data: { title: '草稿新闻', slug: 'draft', source: source.id, _status: 'draft' } as never,
    draft: true,
  })
  await portal.payload.create({
    collection: 'services',
    data: { title: '签证延期', summary: '七日前申请', slug: 'visa-extension', source: source.id, _status: 'published' } as never,
  })
})

afterAll(() => portal.stop())

test('RSS 2.0 lists only approved items, escaped', async () => {
  const res = await request(portal.app).get('/feed/v1/en/rss.xml')
  expect(res.status).toBe(200)
  expect(res.headers['content-type']).toMatch(/^application\/rss\+xml/)
  expect(res.text).toMatch(/<rss version="2.0"/)
  expect(res.text).toContain('<title><![CDATA[Approved <news> & more]]></title>')
  expect(res.text).not.toContain('PENDING')
  expect(res.text).not.toContain('草稿新闻')
  expect((res.text.match(/<item>/g) ?? []).length).toBe(1)
})

test('Atom 1.0 and JSON Feed 1.1 in Chinese carry every published item', async () => {
  const atom = await request(portal.app).get('/feed/v1/zh/atom.xml')
  expect(atom.headers['content-type']).toMatch(/^application\/atom\+xml/)
  expect(atom.text).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
  expect((atom.text.match(/<entry>/g) ?? []).length).toBe(3)
  const json = await request(portal.app).get('/feed/v1/zh/feed.json')
  expect(json.headers['content-type']).toMatch(/^application\/feed\+json/)
  const body = JSON.parse(json.text)
  expect(body.version).toBe('https://jsonfeed.org/version/1.1')
  expect(body.language).toBe('zh')
  expect(body.items.map((item: { title: string }) => item.title).sort()).toEqual(['已批准新闻', '待审新闻', '签证延期'].sort())
  expect(JSON.stringify(body)).not.toContain('草稿新闻')
  for (const item of body.items) expect(item.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zh\/(news|services)\//)
})

test('a third-party feed parser reads the RSS and Atom feeds: titles, links, language', async () => {
  const rss = parseFeed((await request(portal.app).get('/feed/v1/en/rss.xml')).text)
  expect(rss.meta.type).toBe('rss')
  expect(rss.language).toBe('en')
  expect(rss.items.map((item) => item.title)).toEqual(['Approved <news> & more'])
  expect(rss.items[0].url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/en\/news\/approved$/)
  const atom = parseFeed((await request(portal.app).get('/feed/v1/zh/atom.xml')).text)
  expect(atom.meta.type).toBe('atom')
  expect(atom.items.map((item) => item.title).sort()).toEqual(['已批准新闻', '待审新闻', '签证延期'].sort())
  for (const item of atom.items) expect(item.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/zh\/(news|services)\//)
})

test('filters by type and topic; bad parameters are problems', async () => {
  const services = JSON.parse((await request(portal.app).get('/feed/v1/zh/feed.json?type=services')).text)
  expect(services.items.map((item: { title: string }) => item.title)).toEqual(['签证延期'])
  const visa = JSON.parse((await request(portal.app).get('/feed/v1/zh/feed.json?topic=visa')).text)
  expect(visa.items.map((item: { title: string }) => item.title)).toEqual(['已批准新闻'])
  expect((await request(portal.app).get('/feed/v1/xx/rss.xml')).body).toMatchObject({ status: 400, title: 'Unknown locale' })
  expect((await request(portal.app).get('/feed/v1/zh/rss.xml?type=blogs')).body).toMatchObject({ status: 400 })
  expect((await request(portal.app).get('/feed/v1/zh/rss.xml?topic=none')).body).toMatchObject({ status: 400 })
  // Anything else under /feed/v1 still needs a key.
  expect((await request(portal.app).get('/feed/v1/zh/other.xml')).status).toBe(401)
})
