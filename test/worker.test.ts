/** `npm run worker` works the translation queue in its own process and stops cleanly on SIGTERM. */
import { spawn } from 'node:child_process'
import path from 'node:path'

import { startFakeDeepl, type FakeDeepl } from './support/fakeDeepl'
import { startPortal, type Portal } from './support/portal'

const root = path.resolve(import.meta.dirname, '..')
let portal: Portal
let fake: FakeDeepl

beforeAll(async () => {
  fake = await startFakeDeepl()
  portal = await startPortal()
})

afterAll(async () => {
  await portal.stop()
  await fake.stop()
})

test('a queued translation is done by the worker process', async () => {
  const { payload } = portal
  const source = await payload.create({ collection: 'sources', data: { name: '市政府外办', slug: 'fao' } })
  const news = await payload.create({
    collection: 'news',
    data: { title: '工作进程测试', slug: 'worker', source: source.id, _status: 'published' },
  })
  await payload.jobs.queue({ task: 'translateDocument', queue: 'translation', input: { collection: 'news', id: news.id, locales: ['fr'] } })

  const worker = spawn(process.execPath, ['--import', 'tsx', '--import', './src/preload.mjs', 'src/worker.ts'], {
    cwd: root,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      DEEPL_AUTH_KEY: fake.authKey,
      DEEPL_SERVER_URL: fake.url,
      WORKER_INTERVAL_MS: '200',
    },
    stdio: 'ignore',
  })
  const exited = new Promise<number | null>((resolve) => worker.on('exit', resolve))
  try {
    let state: string | null | undefined
    for (let waited = 0; waited < 45_000 && state !== 'machine_draft'; waited += 500) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      // Two processes share one SQLite file: a read that meets the worker's write lock just polls again.
      const fr = await payload.findByID({ collection: 'news', id: news.id, locale: 'fr', draft: true }).catch(() => null)
      state = fr?.translation?.state
    }
    expect(state).toBe('machine_draft')
  } finally {
    worker.kill('SIGTERM')
  }
  expect(await exited).toBe(0)
})
