/**
 * Scale-out with two real processes (test/support/instance.ts: the Express app, REST, feed and
 * the site's page data, as src/start.ts serves them) on one PostgreSQL database and one Redis.
 * A publish on A shows on B's REST, feed and site page data within seconds, not after B's
 * caches expire (site data: 60 s); an unpublish on B hides the item on A and A's feed says so.
 * PostgreSQL only: SQLite is one file for one instance.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import path from 'node:path'

import { startPortal, type Portal } from './support/portal'
import { freePort, type RedisServer, startRedis } from './support/redis'

const onPostgres = process.env.TEST_DATABASE === 'postgres'
const describeOnPostgres = onPostgres ? describe : describe.skip
if (!onPostgres)
  console.info('test/twoInstances.test.ts: skipped (needs TEST_DATABASE=postgres: two processes share one server database).')

const root = path.resolve(import.meta.dirname, '..')
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

type Instance = { url: string; child: ChildProcess; output: () => string }

/** Starts an instance process on its own port and resolves once /readyz says it is ready. */
const startInstance = async (redisUrl: string): Promise<Instance> => {
  const port = await freePort()
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', '--import', './src/preload.mjs', 'test/support/instance.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      NODE_ENV: 'development',
      // The test pushed the schema once; two processes pushing it again at the same time would collide.
      PAYLOAD_MIGRATING: 'true',
      PORT: String(port),
      REDIS_URL: redisUrl,
      JOBS_AUTORUN: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const url = `http://127.0.0.1:${port}`
  for (let waited = 0; ; waited += 250) {
    if (child.exitCode !== null || waited > 60_000) throw new Error(`instance on ${port} did not get ready:\n${output}`)
    const ready = await fetch(`${url}/readyz`).then(
      (res) => res.ok,
      () => false,
    )
    if (ready) return { url, child, output: () => output }
    await sleep(250)
  }
}

/** Retries `probe` until it returns true; fails after `limitMs`. */
const within = async (limitMs: number, probe: () => Promise<boolean>) => {
  const started = Date.now()
  while (!(await probe())) {
    if (Date.now() - started > limitMs) throw new Error(`not seen within ${limitMs} ms`)
    await sleep(100)
  }
}

const json = async (url: string, init: RequestInit = {}) => {
  const res = await fetch(url, { ...init, headers: { 'content-type': 'application/json', ...init.headers } })
  return { status: res.status, body: (await res.json()) as Record<string, unknown> & { docs?: { id: string }[] } }
}

let portal: Portal
let redis: RedisServer
let a: Instance
let b: Instance

describeOnPostgres('two app processes on one PostgreSQL database and one Redis', () => {
  beforeAll(async () => {
    // Pushes the schema once, before the instances connect.
    portal = await startPortal()
    redis = await startRedis()
    ;[a, b] = await Promise.all([startInstance(redis.url), startInstance(redis.url)])
  }, 90_000)

  afterAll(async () => {
    for (const instance of [a, b]) if (instance?.child.exitCode === null) process.kill(instance.child.pid!, 'SIGKILL')
    await redis?.stop()
    await portal?.stop()
  })

  test('a publish on A shows on B; an unpublish on B hides it on A with a feed tombstone', async () => {
    const { payload } = portal
    const source = await payload.create({ collection: 'sources', data: { name: '市外办', slug: 'fao' }, overrideAccess: true })
    const login = async (role: 'editor' | 'admin') => {
      const email = `${role}@two.test`
      const password = `${role}-password-123`
      await payload.create({ collection: 'users', data: { email, password, name: role, role } as never, overrideAccess: true })
      const { body } = await json(`${a.url}/api/users/login`, { method: 'POST', body: JSON.stringify({ email, password }) })
      return { Authorization: `JWT ${body.token}` }
    }
    const editor = await login('editor')
    const admin = await login('admin')
    const partner = await json(`${a.url}/api/partners`, {
      method: 'POST',
      headers: admin,
      body: JSON.stringify({ name: 'Both Daily' }),
    })
    expect(partner.status).toBe(201)
    const key = { Authorization: `Bearer ${(partner.body.doc as { apiKey: string }).apiKey}` }
    const feed = async (instance: Instance, since?: string) => {
      const query = `locale=zh&limit=100${since ? `&since=${encodeURIComponent(since)}` : ''}`
      const { status, body } = await json(`${instance.url}/feed/v1/items?${query}`, { headers: key })
      expect(status).toBe(200)
      return body as { items: { id: string; title?: string; deleted?: boolean }[]; next: string }
    }
    const publicNews = async (instance: Instance) => (await json(`${instance.url}/api/news?locale=zh&limit=100`)).body.docs!

    // Both instances have read (and cached) the list, the feed and the page before anything changes.
    const existing = await json(`${a.url}/api/news?locale=zh`, {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ title: '旧标题', summary: '摘要', slug: 'visa-news', source: source.id, _status: 'published' }),
    })
    expect(existing.status).toBe(201)
    const page = async (instance: Instance) => json(`${instance.url}/zh/news/visa-news`)
    expect((await page(b)).body).toMatchObject({ doc: { title: '旧标题' } })
    expect(await publicNews(b)).toHaveLength(1)
    const before = await feed(b)

    const created = await json(`${a.url}/api/news?locale=zh`, {
      method: 'POST',
      headers: editor,
      body: JSON.stringify({ title: '新政发布', summary: '摘要', slug: 'new-policy', source: source.id, _status: 'published' }),
    })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: string }).id
    await within(3000, async () => (await publicNews(b)).some((doc) => doc.id === id))
    await within(3000, async () => (await feed(b, before.next)).items.some((item) => item.id === id && item.title === '新政发布'))

    // B's site page data for the other item was cached before this edit; it follows at once, not in 60 s.
    const edited = await json(`${a.url}/api/news/${(existing.body.doc as { id: string }).id}?locale=zh`, {
      method: 'PATCH',
      headers: editor,
      body: JSON.stringify({ title: '新标题', _status: 'published' }),
    })
    expect(edited.status).toBe(200)
    await within(3000, async () => ((await page(b)).body.doc as { title?: string } | undefined)?.title === '新标题')

    const { next } = await feed(a)
    const unpublished = await json(`${b.url}/api/news/${id}?locale=zh`, {
      method: 'PATCH',
      headers: editor,
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(unpublished.status).toBe(200)
    await within(3000, async () => !(await publicNews(a)).some((doc) => doc.id === id))
    await within(3000, async () => (await feed(a, next)).items.some((item) => item.id === id && item.deleted === true))
    expect((await json(`${a.url}/feed/v1/items/news/${id}?locale=zh`, { headers: key })).status).toBe(404)
  }, 60_000)
})
