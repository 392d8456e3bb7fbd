/**
 * npm run bench:site — a service guide page of the public site under load, on loopback.
 *
 * The whole app runs in this process as `npm start` runs it (Express in front of the production
 * Next build from `npm run build`, React in production mode) over a fresh seeded SQLite database
 * in a temp dir. autocannon, in a child process, requests /en/services/visa-extension with 10
 * connections for 10 s after a 2 s warm-up; then the page is requested 20 times one at a time,
 * and a static copy of its HTML served by express.static is loaded like the page, for
 * comparison. Then the cold figure: the first
 * request after each of 10 publishes of the guide (a publish clears the page data cache, so that
 * request reads the database again). Prints req/s, median and p99 latency, the ratio to the static
 * file, and the machine and how busy it was; exits 1 when a request fails.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import path from 'node:path'

import { listen, measure, median, type Run, useTempDatabase } from './support'

const root = path.resolve(import.meta.dirname, '..')
/** Other work on the machine skews the figures: say how busy it was before this run. */
const loadBefore = loadavg()[0]
if (!existsSync(path.join(root, '.next', 'BUILD_ID'))) throw new Error('No production build: run `npm run build` first.')

const dir = useTempDatabase('site')
process.env.NEXT_TELEMETRY_DISABLED = '1'

const express = (await import('express')).default
const { default: next } = await import('next')
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { seed } = await import('../seed')
const { createApp } = await import('../src/server')

const page = '/en/services/visa-extension'
const connections = 10
const seconds = 10
const publishes = 10

// The fresh database gets its tables by schema push, as in the tests (it reads and writes the
// same as a migrated one); from here on Next and React run in production mode, as under `npm start`.
const payload = await getPayload({ config })
await seed(payload)
Object.assign(process.env, { NODE_ENV: 'production' })
const nextApp = next({ dev: false, dir: root })
await nextApp.prepare()
const handle = nextApp.getRequestHandler()

const portal = await listen(createApp({ config, payload, next: (req, res) => handle(req, res) }))
const get = async (url: string) => {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`${url}: ${res.status}`)
  return res.text()
}

const html = await get(`${portal.url}${page}`)
const staticDir = path.join(dir, 'static')
mkdirSync(staticDir)
writeFileSync(path.join(staticDir, 'visa-extension.html'), html)
const staticServer = await listen(express().use(express.static(staticDir)))

/** Milliseconds for one request, timed from here. */
const timed = async (url: string) => {
  const started = performance.now()
  await get(url)
  return performance.now() - started
}

const site = await measure(`${portal.url}${page}`, { connections, seconds })
// One reader at a time: the page's own render time, without queueing behind other requests.
const alone: number[] = []
for (let n = 0; n < 20; n += 1) alone.push(await timed(`${portal.url}${page}`))
const staticFile = await measure(`${staticServer.url}/visa-extension.html`, { connections, seconds })

// Cold: publish a change to the guide's Chinese summary, then time the next request for the page.
const { docs } = await payload.find({ collection: 'services', where: { slug: { equals: 'visa-extension' } }, locale: 'zh' })
const guide = docs[0]
const cold: number[] = []
for (let n = 1; n <= publishes; n += 1) {
  await payload.update({
    collection: 'services',
    id: guide.id,
    locale: 'zh',
    data: { summary: `${guide.summary}（第${n}次更新）`, _status: 'published' } as never,
    overrideAccess: true,
  })
  cold.push(await timed(`${portal.url}${page}`))
}

const cpu = cpus()
const line = (label: string, run: Run) =>
  console.log(
    `${label.padEnd(40)} ${run.rps.toFixed(0).padStart(6)} req/s   median ${String(run.p50).padStart(3)} ms   p99 ${String(run.p99).padStart(3)} ms${run.failed ? `   (${run.failed} failed!)` : ''}`,
  )
console.log(
  `machine: ${cpu.length} cores (${cpu[0]?.model.trim()}), Node ${process.versions.node}, SQLite; load average before the run ${loadBefore.toFixed(1)}`,
)
console.log(`page ${page}: ${(html.length / 1024).toFixed(0)} KB of HTML`)
console.log(`autocannon: ${connections} connections, ${seconds} s per URL after a 2 s warm-up, loopback`)
line(`site ${page}`, site)
line('static file of the same size', staticFile)
console.log(`site / static: ${(site.rps / staticFile.rps).toFixed(2)}x the requests per second`)
console.log(`one request at a time (${alone.length} requests): median ${median(alone).toFixed(0)} ms`)
console.log(
  `first request after a publish (${publishes} publishes): median ${median(cold).toFixed(0)} ms, slowest ${Math.max(...cold).toFixed(0)} ms`,
)

portal.close()
staticServer.close()
await payload.destroy()
rmSync(dir, { recursive: true, force: true })
process.exit(site.failed + staticFile.failed === 0 ? 0 : 1)
