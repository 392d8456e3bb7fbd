/**
 * A translator's unreviewed draft of a language stays a draft whatever happens to the Chinese:
 * an editor's published Chinese edit (which marks approved languages outdated, publishing that
 * state in each language) never makes the draft's words public anywhere an anonymous reader
 * looks (REST, the site's data, the partner feed, search), and a partial draft (title only)
 * does not stop the editor publishing.
 */
import request from 'supertest'

import { search } from '../src/search/search'
import { bySlug } from '../src/site/content'
import { approveTranslation, createSource, createStaff, type Id, type StaffUser, uniqueSlug } from './support/fixtures'
import { startPortal, type Portal } from './support/portal'

const SECRET = 'UNREVIEWED-TRANSLATOR-DRAFT'

let portal: Portal
let server: ReturnType<Portal['app']['listen']>
let editor: StaffUser
let translator: StaffUser
let reviewer: StaffUser
let sourceId: Id
let feedKey: string

const as = (user: StaffUser, req: request.Test) => req.set('Authorization', user.auth)

const publishService = async (title: string) => {
  const res = await as(editor, request(server).post('/api/services?locale=zh')).send({
    title,
    summary: '停留期届满七日前申请延期。',
    slug: uniqueSlug('service'),
    source: sourceId,
    _status: 'published',
  })
  expect(res.status).toBe(201)
  return res.body.doc as { id: Id; slug: string }
}

const saveTranslation = async (id: Id, locale: string, data: Record<string, unknown>) => {
  const res = await as(translator, request(server).patch(`/api/services/${id}?locale=${locale}`)).send(data)
  expect(res.status).toBe(200)
}

/** The editor's published Chinese edit, through REST as the admin panel sends it. */
const publishChinese = (id: Id, title: string) =>
  as(editor, request(server).patch(`/api/services/${id}?locale=zh`)).send({ title, _status: 'published' })

/** Every public view of one service in one language, as text. */
const publicViews = async (service: { id: Id; slug: string }, locale: 'en' | 'ar') => {
  const views: Record<string, string> = {}
  for (const path of [
    `/api/services/${service.id}?locale=${locale}`,
    `/api/services/${service.id}?locale=${locale}&draft=true`,
    `/api/services?locale=all&draft=true&where[id][equals]=${service.id}`,
  ]) {
    const res = await request(server).get(path)
    // A language that is not approved is not found (the Chinese is at locale=zh).
    views[path] = `${res.status} ${JSON.stringify(res.body)}`
  }
  const item = await request(server)
    .get(`/feed/v1/items/services/${service.id}?locale=${locale}`)
    .set('Authorization', `Bearer ${feedKey}`)
  views.feed = JSON.stringify(item.body)
  views.site = JSON.stringify(await bySlug('services', service.slug, locale))
  views.search = JSON.stringify(await search(portal.payload, { query: SECRET.toLowerCase(), locale }))
  return views
}

beforeAll(async () => {
  portal = await startPortal()
  server = portal.app.listen(0)
  editor = await createStaff(portal, 'editor')
  translator = await createStaff(portal, 'translator', { languages: ['en', 'ar'] })
  reviewer = await createStaff(portal, 'reviewer', { languages: ['en', 'ar'] })
  const admin = await createStaff(portal, 'admin')
  sourceId = await createSource(portal)
  const partner = await as(admin, request(server).post('/api/partners')).send({
    name: 'Drafts check',
    allowedTypes: ['services'],
  })
  expect(partner.status).toBe(201)
  feedKey = partner.body.doc?.apiKey ?? partner.body.apiKey
})

afterAll(async () => {
  server.close()
  await portal.stop()
})

test('an approved language with a newer unreviewed draft: a Chinese edit publishes only its outdated state', async () => {
  const service = await publishService('外国人签证延期')
  await saveTranslation(service.id, 'en', { title: 'Visa extension', summary: 'Apply seven days before your stay ends.' })
  await approveTranslation(portal, reviewer, 'services', service.id, 'en')
  // The translator starts on the next English version; nobody has reviewed it.
  await saveTranslation(service.id, 'en', {
    title: `${SECRET} title`,
    summary: `${SECRET} Apply seven days before your stay ends.`,
  })
  // And an Arabic draft that was never approved.
  await saveTranslation(service.id, 'ar', { title: `${SECRET} عنوان`, summary: `${SECRET} ملخص` })

  const edited = await publishChinese(service.id, '外国人签证延期（新）')
  expect(edited.status).toBe(200)

  for (const locale of ['en', 'ar'] as const) {
    const views = await publicViews(service, locale)
    for (const [view, text] of Object.entries(views)) expect(`${view}: ${text}`).not.toContain(SECRET)
  }
  // English keeps its approved words, now outdated; Arabic is the Chinese original.
  const english = await request(server).get(`/api/services/${service.id}?locale=en`)
  expect(english.body).toMatchObject({ title: 'Visa extension', translation: { state: 'outdated' } })
  expect(await bySlug('services', service.slug, 'ar')).toMatchObject({ title: '外国人签证延期（新）', lang: 'zh' })

  // The drafts are still there for the translator, with their record.
  const draft = await as(translator, request(server).get(`/api/services/${service.id}?locale=en&draft=true`))
  expect(draft.body).toMatchObject({ title: `${SECRET} title`, translation: { state: 'in_review' } })
  const arabic = await as(translator, request(server).get(`/api/services/${service.id}?locale=ar&draft=true`))
  expect(arabic.body.title).toBe(`${SECRET} عنوان`)

  // Approving the draft is what publishes it.
  await approveTranslation(portal, reviewer, 'services', service.id, 'en')
  const approved = await request(server).get(`/api/services/${service.id}?locale=en`)
  expect(approved.body).toMatchObject({ title: `${SECRET} title`, translation: { state: 'approved' } })
})

test('a partial translator draft (title only) does not stop the editor publishing the Chinese', async () => {
  const service = await publishService('外国人居留许可')
  await saveTranslation(service.id, 'en', { title: `${SECRET} residence permit` })

  const edited = await publishChinese(service.id, '外国人居留许可（新）')
  expect(`${edited.status} ${JSON.stringify(edited.body.errors ?? [])}`).toBe('200 []')
  expect(edited.body.doc).toMatchObject({ title: '外国人居留许可（新）', _status: 'published' })

  const views = await publicViews(service, 'en')
  for (const [view, text] of Object.entries(views)) expect(`${view}: ${text}`).not.toContain(SECRET)
  expect(await bySlug('services', service.slug, 'en')).toMatchObject({ title: '外国人居留许可（新）', lang: 'zh' })
  const draft = await as(translator, request(server).get(`/api/services/${service.id}?locale=en&draft=true`))
  expect(draft.body.title).toBe(`${SECRET} residence permit`)
})
