/**
 * A partner's API key on Payload's own API (/api/graphql and REST): it sees exactly what the feed
 * gives that key (published, approved in that language, within its languages, types and topics),
 * writes nothing, cannot log in with a password, and never stands in for staff. An unknown,
 * rotated or inactive key counts as no key: the answer is the anonymous one.
 */
import request from 'supertest'

import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'
import { workflowFor } from './support/translation'

const SECRET = 'NOT-FOR-PARTNERS'

let portal: Portal
let staff: Staff
/** World Daily: English and Japanese news on the visa topic. */
let key: string
/** Guide Weekly: English services and policy interpretations, every topic. */
let guideKey: string
const ids: Record<string, string | number> = {}

type Headers = Record<string, string>
const bearer = (apiKey: string): Headers => ({ Authorization: `Bearer ${apiKey}` })
const gql = (query: string, headers: Headers = bearer(key)) =>
  request(portal.app).post('/api/graphql').set(headers).send({ query })
const rest = (path: string, headers: Headers = bearer(key)) => request(portal.app).get(`/api${path}`).set(headers)
const expectNoSecret = (res: request.Response) => expect(JSON.stringify(res.body)).not.toContain(SECRET)
const refused = (res: request.Response) => expect(res.body.errors?.[0]?.message).toMatch(/not allowed|Forbidden|Unauthorized/i)

const createPartner = async (data: object) => {
  const created = await request(portal.app).post('/api/partners').set(authFor(staff, 'admin')).send(data)
  expect(created.status).toBe(201)
  return { id: created.body.doc.id as string | number, key: (created.body.doc?.apiKey ?? created.body.apiKey) as string }
}

/** `type:id` of every item the feed shows a key in a language, tombstones left out. */
const feedItems = async (locale: string, apiKey = key) => {
  const res = await request(portal.app).get(`/feed/v1/items?locale=${locale}&limit=100`).set(bearer(apiKey))
  expect(res.status).toBe(200)
  return (res.body.items as { id: string; type: string; deleted?: boolean }[])
    .filter((item) => !item.deleted)
    .map((item) => `${item.type}:${item.id}`)
    .sort()
}

const typed = (type: string, docs: { id: string | number }[]) => docs.map((doc) => `${type}:${doc.id}`)

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  const { translate } = workflowFor(portal, staff)
  const { payload } = portal
  const source = await payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })
  ids.visa = (await payload.create({ collection: 'topics', data: { name: '签证', slug: 'visa' } })).id
  ids.invest = (await payload.create({ collection: 'topics', data: { name: '投资', slug: 'invest' } })).id
  const create = async (collection: 'news' | 'services', slug: string, topic: string | number, status: 'published' | 'draft') =>
    (
      await payload.create({
        collection,
        data: { title: `${slug} 中文`, summary: '摘要', slug, source: source.id, topics: [topic], _status: status } as never,
        draft: status === 'draft',
      })
    ).id

  // In scope and approved in English, with a Japanese text nobody approved (the key covers ja).
  ids.approved = await create('news', 'approved', ids.visa, 'published')
  await translate('news', ids.approved, 'en', { title: 'Approved in English' })
  await payload.update({ collection: 'news', id: ids.approved, locale: 'ja', data: { title: `${SECRET} ja` }, draft: true })
  // In scope and approved, with newer Chinese and English drafts on top of the published version.
  ids.redrafted = await create('news', 'redrafted', ids.visa, 'published')
  await translate('news', ids.redrafted, 'en', { title: 'Published English' })
  await payload.update({ collection: 'news', id: ids.redrafted, locale: 'zh', data: { title: `${SECRET} zh` }, draft: true })
  await translate('news', ids.redrafted, 'en', { title: `${SECRET} en` }, false)
  // In scope, but the English translation waits for review.
  ids.unapproved = await create('news', 'unapproved', ids.visa, 'published')
  await translate('news', ids.unapproved, 'en', { title: `${SECRET} en unapproved` }, false)
  // Approved in English, on a topic the key does not cover.
  ids.otherTopic = await create('news', 'other-topic', ids.invest, 'published')
  await translate('news', ids.otherTopic, 'en', { title: 'Investment news' })
  // Never published.
  ids.draft = await create('news', 'draft', ids.visa, 'draft')
  // Approved, then unpublished: a tombstone in the feed.
  ids.withdrawn = await create('news', 'withdrawn', ids.visa, 'published')
  await translate('news', ids.withdrawn, 'en', { title: 'Withdrawn' })
  await payload.update({ collection: 'news', id: ids.withdrawn, data: { _status: 'draft' } })

  // Services, and an interpretation relating to them, for the relation tests.
  ids.service = await create('services', 'visa-extension', ids.visa, 'published')
  await translate('services', ids.service, 'en', { title: 'Visa extension', summary: 'Apply early' })
  ids.redraftedService = await create('services', 'residence', ids.invest, 'published')
  await translate('services', ids.redraftedService, 'en', { title: 'Residence permit', summary: 'Summary' })
  await translate('services', ids.redraftedService, 'en', { title: `${SECRET} service en` }, false)
  ids.draftService = await create('services', 'draft-service', ids.visa, 'draft')
  await payload.update({ collection: 'services', id: ids.draftService, data: { title: `${SECRET} service` }, draft: true })
  const policy = await payload.create({
    collection: 'policy-documents',
    data: {
      title: '政策',
      documentNumber: '沪府办规〔2026〕1号',
      source: source.id,
      issueDate: '2026-01-01',
      slug: 'policy',
      validity: 'in_force',
    },
  })
  ids.interpretation = (
    await payload.create({
      collection: 'policy-interpretations',
      data: {
        title: '政策解读',
        slug: 'interpretation',
        source: source.id,
        interprets: policy.id,
        format: 'text',
        relatedServices: [ids.service, ids.redraftedService, ids.draftService] as never,
        _status: 'published',
      },
    })
  ).id
  await translate('policy-interpretations', ids.interpretation, 'en', { title: 'Interpretation' })

  const worldDaily = await createPartner({
    name: 'World Daily',
    allowedLocales: ['en', 'ja'],
    allowedTypes: ['news'],
    allowedTopics: [ids.visa],
  })
  ids.partner = worldDaily.id
  key = worldDaily.key
  guideKey = (
    await createPartner({ name: 'Guide Weekly', allowedLocales: ['en'], allowedTypes: ['services', 'policy-interpretations'] })
  ).key
})

afterAll(async () => {
  await portal.stop()
})

describe('a key sees exactly what the feed gives it', () => {
  test('GraphQL and REST list the feed items of the key, with their published, approved text', async () => {
    const feed = await feedItems('en')
    expect(feed).toEqual([`news:${ids.approved}`, `news:${ids.redrafted}`].sort())

    // The README's example query.
    const graphql = await gql('{ allNews(locale: en, limit: 50) { docs { id title publishedAt topics { slug } } } }')
    expect(graphql.body.errors).toBeUndefined()
    expect(typed('news', graphql.body.data.allNews.docs).sort()).toEqual(feed)
    expect(graphql.body.data.allNews.docs.map((doc: { title: string }) => doc.title).sort()).toEqual([
      'Approved in English',
      'Published English',
    ])
    expect((await gql('{ countallNews(locale: en) { totalDocs } }')).body.data.countallNews.totalDocs).toBe(2)

    const list = await rest('/news?locale=en&limit=100&depth=2')
    expect(list.status).toBe(200)
    expect(typed('news', list.body.docs).sort()).toEqual(feed)
    expectNoSecret(list)
  })

  test('the same for services and policy interpretations under another key', async () => {
    const feed = await feedItems('en', guideKey)
    expect(feed).toEqual(
      [`policy-interpretations:${ids.interpretation}`, `services:${ids.redraftedService}`, `services:${ids.service}`].sort(),
    )
    const graphql = await gql(
      '{ Services(locale: en) { docs { id } } PolicyInterpretations(locale: en) { docs { id } } }',
      bearer(guideKey),
    )
    expect(graphql.body.errors).toBeUndefined()
    const { Services, PolicyInterpretations } = graphql.body.data
    expect([...typed('services', Services.docs), ...typed('policy-interpretations', PolicyInterpretations.docs)].sort()).toEqual(
      feed,
    )
    const services = await rest('/services?locale=en', bearer(guideKey))
    expect(typed('services', services.body.docs).sort()).toEqual(feed.filter((item) => item.startsWith('services:')))
  })

  test('a language of the key that has nothing approved shows nothing, never the unreviewed text', async () => {
    expect(await feedItems('ja')).toEqual([])
    const graphql = await gql('{ allNews(locale: ja) { docs { id title } } }')
    expect(graphql.body.data.allNews.docs).toEqual([])
    const one = await gql(`{ News(id: ${JSON.stringify(ids.approved)}, locale: ja) { title } }`)
    expect(one.body.data?.News ?? null).toBeNull()
    expectNoSecret(one)
    const restOne = await rest(`/news/${ids.approved}?locale=ja`)
    expect(restOne.status).toBe(404)
    expectNoSecret(restOne)
  })

  test('out of scope: a topic, a type or a language of the key is refused or absent, though public', async () => {
    const otherTopic = await gql(`{ News(id: ${JSON.stringify(ids.otherTopic)}, locale: en) { title } }`)
    expect(otherTopic.body.data?.News ?? null).toBeNull()
    expect((await rest(`/news/${ids.otherTopic}?locale=en`)).status).toBe(404)
    expect((await rest(`/news/${ids.otherTopic}?locale=en`, {})).status).toBe(200)

    refused(await gql('{ Services(locale: en) { docs { id } } }'))
    refused(await gql('{ PolicyInterpretations(locale: en) { docs { id } } }'))
    expect((await rest('/services?locale=en')).status).toBe(403)
    expect((await rest('/services?locale=en', {})).status).toBe(200)

    // Korean and Chinese (the default when no locale is sent) are not the key's languages.
    refused(await gql('{ allNews(locale: ko) { docs { id } } }'))
    refused(await gql('{ allNews { docs { id } } }'))
    expect((await rest('/news?locale=ko')).status).toBe(403)
    expect((await rest('/news')).status).toBe(403)
    expect((await rest('/news?locale=ko', {})).status).toBe(200)
  })

  test('locale=all is refused to a key limited to some languages; a key for all languages sees approved ones only', async () => {
    const res = await rest('/news?locale=all&depth=2')
    expect(res.status).toBe(403)
    expectNoSecret(res)
    const everywhere = await createPartner({ name: 'Everywhere', allowedTypes: ['news'], allowedTopics: [ids.visa] })
    const all = await rest('/news?locale=all&depth=2&draft=true', bearer(everywhere.key))
    expect(all.status).toBe(200)
    expectNoSecret(all)
    const languages = Object.fromEntries(
      all.body.docs.map((doc: { id: number; title: object }) => [doc.id, Object.keys(doc.title).sort()]),
    )
    expect(languages[ids.approved]).toEqual(['en', 'zh'])
  })

  test('draft=true is ignored and version history is closed', async () => {
    const list = await gql('{ allNews(locale: en, draft: true) { docs { id title } } }')
    expect(typed('news', list.body.data.allNews.docs).sort()).toEqual(await feedItems('en'))
    expectNoSecret(list)
    const draft = await gql(`{ News(id: ${JSON.stringify(ids.draft)}, locale: en, draft: true) { title } }`)
    expect(draft.body.data?.News ?? null).toBeNull()
    for (const path of [`/news/${ids.redrafted}?locale=en&draft=true`, '/news?locale=en&draft=true&depth=2']) {
      const res = await rest(path)
      expect(res.status).toBe(200)
      expectNoSecret(res)
    }
    expect((await rest(`/news/${ids.draft}?locale=en&draft=true`)).status).toBe(404)

    refused(await gql('{ versionsallNews(locale: en) { docs { id version { title } } } }'))
    const versions = await rest('/news/versions?locale=en')
    expect(versions.status).toBe(403)
    expectNoSecret(versions)
  })

  test('relations at depth carry only what the key may see, never a draft', async () => {
    const query = `{ PolicyInterpretation(id: ${JSON.stringify(ids.interpretation)}, locale: en, draft: true) { relatedServices { id title summary } } }`
    const graphql = await gql(query, bearer(guideKey))
    expect(graphql.body.errors).toBeUndefined()
    expectNoSecret(graphql)
    const titles = graphql.body.data.PolicyInterpretation.relatedServices.map((service: { title: string }) => service.title)
    expect(titles.sort()).toEqual(['Residence permit', 'Visa extension'])
    for (const depth of [1, 3]) {
      const res = await rest(
        `/policy-interpretations/${ids.interpretation}?locale=en&draft=true&depth=${depth}`,
        bearer(guideKey),
      )
      expect(res.status).toBe(200)
      expectNoSecret(res)
    }
  })
})

describe('a key writes nothing and signs into nothing else', () => {
  test('content, locks, preferences, jobs, users and partners are closed', async () => {
    refused(
      await gql(`mutation { updateNews(id: ${JSON.stringify(ids.approved)}, locale: en, data: { title: "hacked" }) { id } }`),
    )
    refused(await gql('mutation { createNews(data: { title: "new", slug: "new" }) { id } }'))
    refused(await gql(`mutation { deleteNews(id: ${JSON.stringify(ids.approved)}) { id } }`))
    expect(
      (await request(portal.app).patch(`/api/news/${ids.approved}?locale=en`).set(bearer(key)).send({ title: 'x' })).status,
    ).toBe(403)
    expect((await request(portal.app).delete(`/api/news/${ids.approved}`).set(bearer(key))).status).toBe(403)
    const approve = await request(portal.app).post(`/api/news/${ids.unapproved}/translation/en/approve`).set(bearer(key))
    expect([401, 403]).toContain(approve.status)

    const lock = `mutation { createPayloadLockedDocument(data: { document: { relationTo: news, value: ${JSON.stringify(ids.approved)} }, user: { relationTo: partners, value: ${JSON.stringify(ids.partner)} } }) { id } }`
    refused(await gql(lock))
    refused(await gql('{ PayloadLockedDocuments { docs { id } } }'))
    expect((await rest('/payload-locked-documents')).status).toBe(403)
    const preference = `mutation { createPayloadPreference(data: { key: "k", value: 1, user: { relationTo: partners, value: ${JSON.stringify(ids.partner)} } }) { id } }`
    refused(await gql(preference))
    expect(
      (
        await request(portal.app)
          .post('/api/payload-preferences/columns')
          .set(bearer(key))
          .send({ value: [1] })
      ).status,
    ).toBe(403)
    expect((await rest('/payload-preferences/columns')).status).toBe(403)
    expect(await portal.payload.count({ collection: 'payload-locked-documents' })).toEqual({ totalDocs: 0 })
    expect(await portal.payload.count({ collection: 'payload-preferences' })).toEqual({ totalDocs: 0 })

    expect([401, 403]).toContain((await rest('/payload-jobs/run')).status)
    refused(await gql('{ Users { docs { id email } } }'))
    refused(await gql('{ Partners { docs { id name } } }'))
    expect((await rest('/partners')).status).toBe(403)
    expect((await request(portal.app).post(`/api/partners/${ids.partner}/rotate-key`).set(bearer(key))).status).toBe(403)
    expect((await rest('/access')).body.canAccessAdmin).toBeFalsy()
  })

  test('partners have no password: no email or password fields, and no login, reset or token endpoint works', async () => {
    const fields = portal.payload.collections.partners.config.flattenedFields.map((field) => field.name)
    for (const name of ['email', 'password', 'hash', 'salt', 'resetPasswordToken', 'sessions', 'loginAttempts']) {
      expect(fields).not.toContain(name)
    }
    const anon = request(portal.app)
    const attempts = [
      anon.post('/api/partners/login').send({ email: 'partner@example.com', password: 'guess' }),
      anon.post('/api/partners/forgot-password').send({ email: 'partner@example.com' }),
      anon.post('/api/partners/reset-password').send({ token: 'x', password: 'new-password' }),
      anon.post('/api/partners/first-register').send({ email: 'partner@example.com', password: 'new-password', name: 'x' }),
      anon.post('/api/partners/unlock').send({ email: 'partner@example.com' }),
      anon.post('/api/partners/refresh-token').set(bearer(key)),
    ]
    for (const res of await Promise.all(attempts)) {
      expect(res.status).toBeGreaterThanOrEqual(400)
      expect(res.status).toBeLessThan(500)
      expect(res.body.token ?? res.body.refreshedToken).toBeUndefined()
      expect(res.headers['set-cookie']).toBeUndefined()
    }
    for (const mutation of ['loginPartner(email: "a@b.c", password: "x") { token }', 'forgotPasswordPartner(email: "a@b.c")']) {
      expect((await gql(`mutation { ${mutation} }`, {})).body.errors[0].message).toMatch(/Cannot query field/)
    }
    const refreshed = await gql('mutation { refreshTokenPartner { refreshedToken } }')
    expect(refreshed.body.data?.refreshTokenPartner?.refreshedToken ?? null).toBeNull()
  })
})

describe('key changes take effect at once', () => {
  /** What anonymous readers get from these queries; a key that no longer counts gets the same. */
  const probes = ['{ allNews(locale: en) { docs { id } } }', '{ allNews(locale: ko) { docs { id } } }']
  const answers = async (headers: Headers) => Promise.all(probes.map(async (query) => (await gql(query, headers)).body))

  test('a rotated key counts as no key on GraphQL and REST; the new key has the scope', async () => {
    const partner = await createPartner({
      name: 'Rotating Times',
      allowedLocales: ['en'],
      allowedTypes: ['news'],
      allowedTopics: [ids.visa],
    })
    const scoped = await answers(bearer(partner.key))
    expect(scoped).toEqual(await answers(bearer(key)))
    const rotated = await request(portal.app).post(`/api/partners/${partner.id}/rotate-key`).set(authFor(staff, 'admin'))
    expect(rotated.status).toBe(200)

    expect(await answers(bearer(partner.key))).toEqual(await answers({}))
    expect((await rest('/news?locale=en', bearer(partner.key))).body.docs).toContainEqual(
      expect.objectContaining({ id: ids.otherTopic }),
    )
    expect(await answers(bearer(rotated.body.apiKey))).toEqual(scoped)
  })

  test('an inactive partner counts as no key until reactivated', async () => {
    const partner = await createPartner({
      name: 'Paused Post',
      allowedLocales: ['en'],
      allowedTypes: ['news'],
      allowedTopics: [ids.visa],
    })
    const scoped = await answers(bearer(partner.key))
    await portal.payload.update({ collection: 'partners', id: partner.id, data: { active: false, inactiveReason: 'unpaid' } })
    expect(await answers(bearer(partner.key))).toEqual(await answers({}))
    expect((await request(portal.app).get('/feed/v1/items?locale=en').set(bearer(partner.key))).status).toBe(403)
    await portal.payload.update({ collection: 'partners', id: partner.id, data: { active: true } })
    expect(await answers(bearer(partner.key))).toEqual(scoped)
  })
})

describe('staff are unaffected', () => {
  test('a staff JWT, sent as JWT or as Bearer, reads drafts and versions on GraphQL and REST', async () => {
    const token = staff.editor.auth.replace(/^JWT /, '')
    for (const headers of [{ Authorization: `JWT ${token}` }, { Authorization: `Bearer ${token}` }]) {
      const drafts = await gql(
        `{ News(id: ${JSON.stringify(ids.draft)}, draft: true) { title } versionsallNews { totalDocs } }`,
        headers,
      )
      expect(drafts.body.errors).toBeUndefined()
      expect(drafts.body.data.News.title).toBe('draft 中文')
      expect(drafts.body.data.versionsallNews.totalDocs).toBeGreaterThan(0)
      const me = await rest('/users/me', headers)
      expect(me.body.user).toMatchObject({ id: staff.editor.id, role: 'editor' })
      expect((await rest('/news/versions', headers)).status).toBe(200)
    }
    const admin = await gql('{ Partners { docs { name } } }', authFor(staff, 'admin'))
    expect(admin.body.data.Partners.docs.map((doc: { name: string }) => doc.name)).toContain('World Daily')
    expect(portal.payload.config.admin.user).toBe('users')
  })
})
