/**
 * Scheduled publishing and withdrawal (Payload's schedulePublish): queued the way the admin's
 * schedule drawer queues it, run by the schedule queue, and seen by anonymous REST, the partner
 * feed and the site's data only from its time on. Only editors and admins schedule, and a
 * scheduled Chinese publish leaves an approved translation as it was.
 */
import { createLocalReq, type PayloadRequest } from 'payload'
import { schedulePublishHandler } from '@payloadcms/ui/utilities/schedulePublishHandler'
import request from 'supertest'

import { scheduleQueue } from '../src/jobs/scheduleQueue'
import { bySlug } from '../src/site/content'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'

type Id = string | number
type Role = keyof Staff

let portal: Portal
let server: ReturnType<Portal['app']['listen']>
let staff: Staff
let key: string
let sourceId: Id

const feed = (path: string) => request(server).get(`/feed/v1${path}`).set('Authorization', `Bearer ${key}`)

/** A signed-in request as the admin panel's server functions get it. */
const adminReq = async (role: Role): Promise<PayloadRequest> => {
  const user = await portal.payload.findByID({ collection: 'users', id: staff[role].id, depth: 0 })
  return createLocalReq({ user: { ...user, collection: 'users' } }, portal.payload)
}

/** What the admin's schedule drawer does (its server function), `inMs` from now. */
const schedule = async (role: Role, id: Id, type: 'publish' | 'unpublish', inMs: number, localeToPublish?: string) => {
  const at = new Date(Date.now() + inMs)
  // The server function needs only these of what Next passes it.
  const args = { type, date: at, doc: { relationTo: 'news', value: String(id) }, localeToPublish, req: await adminReq(role) }
  const result = await schedulePublishHandler(args as Parameters<typeof schedulePublishHandler>[0])
  return { at, result }
}

const runQueue = () => portal.payload.jobs.run({ queue: scheduleQueue })
const waitUntil = (at: Date) => new Promise((resolve) => setTimeout(resolve, Math.max(0, at.getTime() - Date.now() + 50)))

const createDraft = async (title: string, slug: string) => {
  const res = await request(server)
    .post('/api/news?locale=zh&draft=true')
    .set(authFor(staff, 'editor'))
    .send({ title, summary: '摘要', slug, source: sourceId, _status: 'draft' })
  expect(res.status).toBe(201)
  return res.body.doc as { id: Id; slug: string }
}

/** Whether anonymous REST, the partner feed and the site's data show the item in Chinese. */
const seen = async ({ id, slug }: { id: Id; slug: string }) => ({
  rest: (await request(server).get(`/api/news?locale=zh&where[id][equals]=${id}`)).body.totalDocs,
  feed: (await feed(`/items/news/${id}?locale=zh`)).status,
  site: (await bySlug('news', slug, 'zh'))?.title ?? null,
})

beforeAll(async () => {
  portal = await startPortal()
  server = portal.app.listen(0)
  staff = await createStaff(portal)
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })).id
  const partner = await request(server)
    .post('/api/partners')
    .set(authFor(staff, 'admin'))
    .send({ name: 'World Daily', allowedLocales: ['zh', 'en'], allowedTypes: ['news'] })
  expect(partner.status).toBe(201)
  key = partner.body.doc?.apiKey ?? partner.body.apiKey
})

afterAll(async () => {
  server.close()
  await portal.stop()
})

test('a scheduled publish shows the item everywhere from its time on, and a scheduled unpublish withdraws it', async () => {
  const news = await createDraft('定时发布的新闻', 'scheduled-news')
  const hidden = { rest: 0, feed: 404, site: null }
  expect(await seen(news)).toEqual(hidden)

  const publish = await schedule('editor', news.id, 'publish', 3000, 'zh')
  expect(publish.result).not.toHaveProperty('error')
  // The queue runs before the time: the job waits.
  await runQueue()
  expect(await seen(news)).toEqual(hidden)

  await waitUntil(publish.at)
  await runQueue()
  const shown = { rest: 1, feed: 200, site: '定时发布的新闻' }
  expect(await seen(news)).toEqual(shown)
  // As if the editor had pressed Publish: the audit trail names the editor.
  const audit = await portal.payload.find({
    collection: 'audit-log',
    where: { collectionSlug: { equals: 'news' }, documentId: { equals: String(news.id) } },
  })
  expect(audit.docs).toEqual([expect.objectContaining({ action: 'publish', actorId: String(staff.editor.id) })])

  const cursor = (await feed('/items?locale=zh&limit=50')).body.next as string
  const unpublish = await schedule('editor', news.id, 'unpublish', 2000)
  await runQueue()
  expect(await seen(news)).toEqual(shown)

  await waitUntil(unpublish.at)
  await runQueue()
  expect(await seen(news)).toEqual(hidden)
  const changes = await feed(`/items?locale=zh&limit=50&since=${encodeURIComponent(cursor)}`)
  expect(changes.body.items).toEqual([{ id: String(news.id), type: 'news', locale: 'zh', deleted: true }])
})

test('translators and reviewers cannot schedule; editors cannot schedule a translation', async () => {
  const news = await createDraft('译者不能定时发布', 'translator-schedule')
  for (const role of ['translator', 'reviewer'] as const) {
    expect((await schedule(role, news.id, 'publish', 0)).result).toHaveProperty('error')
    const direct = portal.payload.jobs.queue({
      task: 'schedulePublish',
      input: {
        type: 'publish',
        doc: { relationTo: 'news', value: news.id as number },
        user: { relationTo: 'users', value: staff[role].id as number },
      },
    })
    await expect(direct).rejects.toMatchObject({ status: 403 })
    // Payload's jobs REST refuses writes to anyone.
    const rest = await request(server)
      .post('/api/payload-jobs')
      .set(authFor(staff, role))
      .send({ taskSlug: 'schedulePublish', input: { type: 'publish', doc: { relationTo: 'news', value: String(news.id) } } })
    expect(rest.status).toBe(403)
  }
  expect((await schedule('editor', news.id, 'publish', 0, 'en')).result).toHaveProperty('error')
  const queued = await portal.payload.count({
    collection: 'payload-jobs',
    where: { 'input.doc.value': { equals: String(news.id) } },
  })
  expect(queued.totalDocs).toBe(0)
  await runQueue()
  expect(await seen(news)).toEqual({ rest: 0, feed: 404, site: null })
})

test("only editors and admins delete a schedule: a translator cannot cancel an editor's", async () => {
  const news = await createDraft('取消定时', 'cancel-schedule')
  await schedule('editor', news.id, 'publish', 3_600_000)
  const pending = { collection: 'payload-jobs', where: { 'input.doc.value': { equals: String(news.id) } } } as const
  const [job] = (await portal.payload.find(pending)).docs
  const cancel = async (role: Role) => {
    const args = { deleteID: job.id, req: await adminReq(role) }
    return schedulePublishHandler(args as Parameters<typeof schedulePublishHandler>[0])
  }
  expect(await cancel('translator')).toHaveProperty('error')
  expect((await portal.payload.count(pending)).totalDocs).toBe(1)
  expect(await cancel('editor')).not.toHaveProperty('error')
  expect((await portal.payload.count(pending)).totalDocs).toBe(0)
})

test("a scheduled Chinese publish keeps the approved English and does not publish the translator's draft", async () => {
  const news = await createDraft('中文原文', 'approved-english')
  const first = await schedule('editor', news.id, 'publish', 0, 'zh')
  await waitUntil(first.at)
  await runQueue()
  const translate = (data: Record<string, unknown>) =>
    request(server).patch(`/api/news/${news.id}?locale=en`).set(authFor(staff, 'translator')).send(data)
  expect((await translate({ title: 'Approved English', summary: 'Summary' })).status).toBe(200)
  const approved = await request(server).post(`/api/news/${news.id}/translation/en/approve`).set(authFor(staff, 'reviewer'))
  expect(approved.status).toBe(200)
  // A newer unreviewed English draft, and a Chinese edit saved as a draft for the schedule.
  expect((await translate({ title: 'UNREVIEWED DRAFT' })).status).toBe(200)
  const edit = await request(server)
    .patch(`/api/news/${news.id}?locale=zh&draft=true`)
    .set(authFor(staff, 'editor'))
    .send({ title: '中文原文（修订）', _status: 'draft' })
  expect(edit.status).toBe(200)

  // Scheduled for every language (no locale chosen), as the drawer allows.
  const publish = await schedule('editor', news.id, 'publish', 1000)
  await waitUntil(publish.at)
  await runQueue()

  expect((await bySlug('news', news.slug, 'zh'))?.title).toBe('中文原文（修订）')
  const english = await request(server).get(`/api/news/${news.id}?locale=en`)
  expect(english.status).toBe(200)
  expect(english.body.title).toBe('Approved English')
  expect((await feed(`/items/news/${news.id}?locale=en`)).body.title).toBe('Approved English')
  expect((await bySlug('news', news.slug, 'en'))?.title).toBe('Approved English')
})
