/**
 * The reviewing department in a translation's provenance, in the reader's language: the site's
 * "reviewed by …" line and the partner feed's `translation.reviewer` give a source department's
 * approved name in that language, its Chinese name until it has one (never a draft), and a
 * department that is no source department as written on the reviewer's account.
 */
import { renderToStaticMarkup } from 'react-dom/server'
import request from 'supertest'

import { AboutThisPage } from '../src/site/components/AboutThisPage'
import { bySlug } from '../src/site/content'
import { formatDate } from '../src/site/languages'
import { approveTranslation, createStaff, type Id, type StaffUser, uniqueSlug } from './support/fixtures'
import { startPortal, type Portal } from './support/portal'

const english = 'Shanghai Municipal Foreign Affairs Office'
const chinese = '上海市人民政府外事办公室'

let portal: Portal
let server: ReturnType<Portal['app']['listen']>
let translator: StaffUser
let feedKey: string
let news: { id: Id; slug: string }

const as = (user: StaffUser, req: request.Test) => req.set('Authorization', user.auth)

/** A reviewer of `languages` whose account names `department`. */
const reviewerOf = async (department: string, languages: string[]) => {
  const reviewer = await createStaff(portal, 'reviewer', { languages })
  await portal.payload.update({ collection: 'users', id: reviewer.id, data: { department }, overrideAccess: true })
  return reviewer
}

const translate = async (collection: string, id: Id, locale: string, data: object, reviewer?: StaffUser) => {
  const res = await as(translator, request(server).patch(`/api/${collection}/${id}?locale=${locale}`)).send(data)
  expect(res.status).toBe(200)
  if (reviewer) await approveTranslation(portal, reviewer, collection, id, locale)
}

const feedItem = async (locale: string) => {
  const res = await request(server)
    .get(`/feed/v1/items/news/${news.id}?locale=${locale}`)
    .set('Authorization', `Bearer ${feedKey}`)
  expect(res.status).toBe(200)
  return res.body as { translation: { reviewer: string | null } }
}

const provenanceLine = async (locale: 'en' | 'ar' | 'ja') => {
  const doc = await bySlug('news', news.slug, locale)
  expect(doc?.lang).toBe(locale)
  const html = renderToStaticMarkup(AboutThisPage({ locale, doc: doc!, source: null, path: `/${locale}/news/${news.slug}` }))
  return html.match(/<li data-provenance="[^"]+">([^<]*)<\/li>/)?.[1] ?? ''
}

beforeAll(async () => {
  portal = await startPortal()
  server = portal.app.listen(0)
  translator = await createStaff(portal, 'translator', { languages: ['en', 'ar', 'ja'] })
  const office = await reviewerOf('市政府外办', ['en', 'ar'])
  const unit = await reviewerOf('国际合作处', ['ja'])
  const admin = await createStaff(portal, 'admin')
  const editor = await createStaff(portal, 'editor')

  const source = await portal.payload.create({
    collection: 'sources',
    data: { name: chinese, abbreviation: '市政府外办', slug: uniqueSlug('fao') },
    overrideAccess: true,
  })
  await translate('sources', source.id, 'en', { name: english, abbreviation: 'FAO' }, office)
  // Arabic is only a draft: readers keep seeing the Chinese name.
  await translate('sources', source.id, 'ar', { name: 'ARABIC-DRAFT-NAME' })

  const created = await as(editor, request(server).post('/api/news?locale=zh')).send({
    title: '外国人签证新规',
    summary: '新规自下月起施行。',
    slug: uniqueSlug('visa-rules'),
    source: source.id,
    _status: 'published',
  })
  expect(created.status).toBe(201)
  news = created.body.doc
  await translate('news', news.id, 'en', { title: 'New visa rules', summary: 'The rules apply from next month.' }, office)
  await translate('news', news.id, 'ar', { title: 'قواعد التأشيرة الجديدة', summary: 'تطبق القواعد من الشهر المقبل.' }, office)
  await translate('news', news.id, 'ja', { title: 'ビザの新しい規則', summary: '規則は来月から適用されます。' }, unit)

  const partner = await as(admin, request(server).post('/api/partners')).send({
    name: 'Provenance check',
    allowedTypes: ['news'],
  })
  expect(partner.status).toBe(201)
  feedKey = partner.body.doc?.apiKey ?? partner.body.apiKey
})

afterAll(async () => {
  server.close()
  await portal.stop()
})

test('in a language where the department has an approved name, that name', async () => {
  const reviewedAt = (await bySlug('news', news.slug, 'en'))?.translation?.reviewedAt
  expect(await provenanceLine('en')).toBe(
    `Translated by a translator, reviewed by ${english} on ${formatDate(reviewedAt, 'en')}.`,
  )
  expect((await feedItem('en')).translation.reviewer).toBe(english)
})

test('in a language where it has none yet, its Chinese name, never a draft', async () => {
  const line = await provenanceLine('ar')
  expect(line).toContain(chinese)
  expect(line).not.toContain('ARABIC-DRAFT-NAME')
  expect((await feedItem('ar')).translation.reviewer).toBe(chinese)
})

test('a department that is no source department, as written', async () => {
  expect(await provenanceLine('ja')).toContain('国际合作处')
  expect((await feedItem('ja')).translation.reviewer).toBe('国际合作处')
})

test('the record keeps what approval stored', async () => {
  const stored = await portal.payload.findByID({ collection: 'news', id: news.id, locale: 'en', depth: 0, overrideAccess: true })
  expect(stored.translation?.reviewerDepartment).toBe('市政府外办')
})
