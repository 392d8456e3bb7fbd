import request from 'supertest'

import { negotiateLocale } from '../src/localization/negotiate'
import { startPortal, type Portal } from './support/portal'

let portal: Portal

beforeAll(async () => {
  portal = await startPortal()
})

afterAll(() => portal.stop())

test('REST and GraphQL are served under /api', async () => {
  await portal.payload.create({ collection: 'sources', data: { name: '市公安局', slug: 'psb' } })
  const rest = await request(portal.app).get('/api/sources?locale=zh')
  expect(rest.status).toBe(200)
  expect(rest.body.docs[0].name).toBe('市公安局')
  const gql = await request(portal.app).post('/api/graphql').send({ query: '{ Sources { docs { name slug } } }' })
  expect(gql.status).toBe(200)
  expect(gql.body.data.Sources.docs[0].slug).toBe('psb')
})

test('API messages are English unless the client asks for another language', async () => {
  const english = await request(portal.app).get('/api/partners')
  expect(english.status).toBe(403)
  expect(english.body.errors[0].message).toBe('You are not allowed to perform this action.')
  const chinese = await request(portal.app).get('/api/partners').set('Accept-Language', 'zh-CN,zh;q=0.9')
  expect(chinese.body.errors[0].message).toBe('您无权执行此操作。')
})

test('login sets the session cookie through Express', async () => {
  await portal.payload.create({
    collection: 'users',
    data: { email: 'cookie@test.example', password: 'cookie-password-1', name: 'Cookie', role: 'editor' },
  })
  const res = await request(portal.app)
    .post('/api/users/login')
    .send({ email: 'cookie@test.example', password: 'cookie-password-1' })
  expect(res.status).toBe(200)
  expect(res.headers['set-cookie']?.[0]).toMatch(/^payload-token=.+HttpOnly/i)
  const me = await request(portal.app).get('/api/users/me').set('Cookie', res.headers['set-cookie'][0].split(';')[0])
  expect(me.body.user.email).toBe('cookie@test.example')
})

test('the root redirects to the reader’s language', async () => {
  const arabic = await request(portal.app).get('/').set('Accept-Language', 'ar-EG,ar;q=0.9,en;q=0.5')
  expect(arabic.status).toBe(302)
  expect(arabic.headers.location).toBe('/ar')
  const unknown = await request(portal.app).get('/').set('Accept-Language', 'pt-BR')
  expect(unknown.headers.location).toBe('/zh')
})

test.each([
  ['en-US,en;q=0.9', 'en'],
  ['zh-CN', 'zh'],
  ['fr;q=0.3, ja;q=0.8', 'ja'],
  ['*', 'zh'],
  ['de;q=0, es', 'es'],
  [undefined, 'zh'],
])('Accept-Language %s → %s', (header, locale) => {
  expect(negotiateLocale(header)).toBe(locale)
})
