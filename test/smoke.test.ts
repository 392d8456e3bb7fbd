import request from 'supertest'

import { startPortal, type Portal } from './support/portal'

let portal: Portal

beforeAll(async () => {
  portal = await startPortal()
})

afterAll(() => portal.stop())

test('healthz answers', async () => {
  const res = await request(portal.app).get('/healthz')
  expect(res.status).toBe(200)
})

test('REST and GraphQL answer', async () => {
  await portal.payload.create({ collection: 'sources', data: { name: '市公安局', slug: 'psb' } })
  const rest = await request(portal.app).get('/api/sources?locale=zh')
  expect(rest.status).toBe(200)
  expect(rest.body.docs[0].name).toBe('市公安局')
  const gql = await request(portal.app).post('/api/graphql').send({ query: '{ Sources { docs { name slug } } }' })
  expect(gql.status).toBe(200)
  expect(gql.body.data.Sources.docs[0].slug).toBe('psb')
})
