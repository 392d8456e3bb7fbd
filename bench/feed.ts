/**
 * npm run bench:feed — the partner feed against Payload REST and a static file, on loopback,
 * over the seed plus 10,000 generated news items published and approved in English (SQLite in
 * a temp file). autocannon runs in a child process with the same connections and duration for
 * each URL: GET /feed/v1/items?locale=en&limit=50 (warm, then with its page cache off, then with
 * every cache off), GET /api/news?locale=en&limit=50, and a static copy of the feed page served by
 * express.static. Then incremental sync: a client at the head catches up after 10 and after 100
 * edits, against a full sync of the corpus. Prints req/s, p50/p99 and the ratios; exits 1 when a
 * target is missed (feed >= 3x REST, >= 0.5x static).
 */
import { randomUUID } from 'node:crypto'
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { listen, measure as measureLoad, type Run, useTempDatabase } from './support'

const dir = useTempDatabase('feed')

const express = (await import('express')).default
const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { seed } = await import('../seed')
const { richText } = await import('../seed/richText')
const { createApp } = await import('../src/server')
const { feedStateKey } = await import('../src/feed/changeLog')
const { settleMs } = await import('../src/feed/settle')
const { allLocales } = await import('../src/localization/locales')

const corpusSize = 10_000
const connections = 10
const seconds = 5

const payload = await getPayload({ config })
let started = performance.now()
await seed(payload)
const seedSeconds = (performance.now() - started) / 1000

// ---------------------------------------------------------------------------------------------
// The corpus. Written through the database adapter in one transaction (the SQLite adapter runs
// without transactions, and 10,000 autocommits take minutes): no access checks, no versions and
// none of the collection hooks, which for a fresh, already approved item would only have written
// its change log rows (written here directly, as the hooks would: one per language) and queued
// webhooks nobody subscribes to. The public read path, which the benchmark measures, is untouched.
// ---------------------------------------------------------------------------------------------
type Transaction = { insert: (table: unknown) => { values: (rows: Record<string, unknown>[]) => Promise<unknown> } }
type Drizzle = {
  drizzle: { transaction: (run: (tx: Transaction) => Promise<void>) => Promise<void> }
  sessions: Record<string, { db: Transaction; resolve: () => Promise<void>; reject: () => Promise<void> }>
  tables: Record<string, unknown>
}
const db = payload.db as unknown as Drizzle
/** Runs `write` in one transaction, registered as a Payload session so adapter calls given `req` join it. */
const inTransaction = async (write: (req: { transactionID: string }, tx: Transaction) => Promise<void>) =>
  db.drizzle.transaction(async (tx) => {
    const id = randomUUID()
    db.sessions[id] = { db: tx, resolve: async () => undefined, reject: async () => undefined }
    try {
      await write({ transactionID: id }, tx)
    } finally {
      delete db.sessions[id]
    }
  })

const first = async (collection: 'sources' | 'topics' | 'zones' | 'users', where = {}) =>
  (await payload.find({ collection, where, limit: 1, depth: 0, overrideAccess: true })).docs[0]
const [source, topic, zone, reviewer] = await Promise.all([
  first('sources'),
  first('topics'),
  first('zones'),
  first('users', { role: { equals: 'reviewer' } }),
])
const paragraph = (n: number, language: 'zh' | 'en') =>
  language === 'zh'
    ? `第${n}段：本市持续优化外籍人士来沪工作、生活和投资的服务，推行一网通办和多语种咨询，压缩办理时限，简化证明材料，在各区设立国际服务窗口。`
    : `Paragraph ${n}: the city keeps improving services for foreigners who work, live and invest in Shanghai, with one-stop online applications, help in several languages, shorter processing times, fewer documents and international service desks in every district.`

started = performance.now()
const corpusStart = (Date.now() - 3_600_000) * 1000
await inTransaction(async (req, tx) => {
  const logRows: Record<string, unknown>[] = []
  for (let i = 0; i < corpusSize; i += 1) {
    const published = new Date(Date.now() - (corpusSize - i) * 60_000).toISOString()
    const doc = await payload.db.create({
      collection: 'news',
      req,
      data: {
        title: { zh: `外籍人士服务新举措第${i}号`, en: `New services for foreign residents, no. ${i}` },
        summary: { zh: paragraph(0, 'zh'), en: paragraph(0, 'en') },
        body: {
          zh: richText(paragraph(1, 'zh'), paragraph(2, 'zh'), paragraph(3, 'zh')),
          en: richText(paragraph(1, 'en'), paragraph(2, 'en'), paragraph(3, 'en')),
        },
        slug: `bench-news-${i}`,
        source: source.id,
        topics: [topic.id],
        zones: [zone.id],
        publishedAt: published,
        _status: 'published',
        translation: {
          en: {
            state: 'approved',
            method: 'human',
            reviewedBy: reviewer?.id,
            reviewerDepartment: '市政府外办',
            reviewedAt: published,
            sourceUpdatedAt: published,
          },
        },
      },
    })
    allLocales.forEach((locale, index) =>
      logRows.push({
        key: feedStateKey('news', doc.id, locale),
        sequence: corpusStart + i * allLocales.length + index,
        itemType: 'news',
        itemId: String(doc.id),
        locale,
      }),
    )
  }
  // 90,000 plain rows: inserted in batches rather than one adapter call each.
  for (let from = 0; from < logRows.length; from += 1000) {
    await tx.insert(db.tables.feed_state).values(logRows.slice(from, from + 1000))
  }
})
const corpusSeconds = (performance.now() - started) / 1000

// ---------------------------------------------------------------------------------------------
// Servers: the whole app (as in production, minus Next), and express.static for the baseline.
// ---------------------------------------------------------------------------------------------
const partner = await payload.create({
  collection: 'partners',
  data: { name: 'Bench Wire', allowedLocales: ['en'], rateLimitTier: 'unlimited' } as never,
  overrideAccess: true,
})
const key = (partner as unknown as { apiKey: string }).apiKey
const portal = await listen(createApp({ config, payload }))
const auth = { Authorization: `Bearer ${key}` }
const get = async (url: string, headers: Record<string, string> = {}) => {
  const res = await fetch(url, { headers })
  if (!res.ok) throw new Error(`${url}: ${res.status} ${await res.text()}`)
  return res.text()
}

const feedUrl = `${portal.url}/feed/v1/items?locale=en&limit=50`
const restUrl = `${portal.url}/api/news?locale=en&limit=50`
started = performance.now()
const feedPage = await get(feedUrl, auth)
const coldMs = performance.now() - started
const staticDir = path.join(dir, 'static')
mkdirSync(staticDir)
writeFileSync(path.join(staticDir, 'feed-page.json'), feedPage)
const staticServer = await listen(express().use(express.static(staticDir)))
const staticUrl = `${staticServer.url}/feed-page.json`

const measure = (url: string, headers?: Record<string, string>) => measureLoad(url, { connections, seconds, headers }, 1)

const feed = await measure(feedUrl, auth)
process.env.FEED_PAGE_CACHE_MS = '0'
const feedItemsCached = await measure(feedUrl, auth)
process.env.FEED_ITEM_CACHE_MS = '0'
const feedUncached = await measure(feedUrl, auth)
delete process.env.FEED_PAGE_CACHE_MS
delete process.env.FEED_ITEM_CACHE_MS
const rest = await measure(restUrl)
const staticFile = await measure(staticUrl)

// ---------------------------------------------------------------------------------------------
// Incremental sync: requests and time to catch up, from the head of the log, after n edits.
// ---------------------------------------------------------------------------------------------
const syncFrom = async (cursor: string | undefined, limit = 100) => {
  const begin = performance.now()
  let requests = 0
  let items = 0
  let next = cursor
  for (;;) {
    const since = next ? `&since=${encodeURIComponent(next)}` : ''
    const page = JSON.parse(await get(`${portal.url}/feed/v1/items?locale=en&limit=${limit}${since}`, auth)) as {
      items: unknown[]
      next: string
    }
    requests += 1
    next = page.next
    if (page.items.length === 0) return { requests, items, ms: performance.now() - begin, cursor: next }
    items += page.items.length
  }
}
const full = await syncFrom(undefined)
const { docs: toEdit } = await payload.find({
  collection: 'news',
  limit: 100,
  depth: 0,
  sort: '-publishedAt',
  overrideAccess: true,
})
const catchUpAfter = async (edits: number, cursor: string) => {
  for (const doc of toEdit.slice(0, edits)) {
    await payload.update({
      collection: 'news',
      id: doc.id,
      locale: 'zh',
      data: { summary: `${doc.summary ?? ''}（已更新）`, _status: 'published' } as never,
      overrideAccess: true,
    })
  }
  // Changes are served once settled.
  await new Promise((resolve) => setTimeout(resolve, settleMs() + 100))
  return syncFrom(cursor)
}
const ten = await catchUpAfter(10, full.cursor)
const hundred = await catchUpAfter(100, ten.cursor)

const ms = (value: number) => `${value.toFixed(1)} ms`
const line = (label: string, run: Run) =>
  console.log(
    `${label.padEnd(46)} ${run.rps.toFixed(0).padStart(7)} req/s   p50 ${String(run.p50).padStart(4)} ms   p99 ${String(run.p99).padStart(4)} ms${run.failed ? `   (${run.failed} failed!)` : ''}`,
  )
const feedVsRest = feed.rps / rest.rps
const feedVsStatic = feed.rps / staticFile.rps
console.log(`corpus: seed in ${seedSeconds.toFixed(1)} s, ${corpusSize} approved news items in ${corpusSeconds.toFixed(1)} s`)
console.log(`page of 50 items: ${(feedPage.length / 1024).toFixed(0)} KB; first request on a cold cache ${ms(coldMs)}`)
console.log(`autocannon: ${connections} connections, ${seconds} s per URL after a 1 s warm-up, loopback`)
line('feed /feed/v1/items?locale=en&limit=50', feed)
line('  same, page cache off (items cached)', feedItemsCached)
line('  same, every cache off (50 items rendered)', feedUncached)
line('Payload REST /api/news?locale=en&limit=50', rest)
line('static file of the same size (express.static)', staticFile)
console.log(`feed / REST    ${feedVsRest.toFixed(2)}x (target >= 3)`)
console.log(`feed / static  ${feedVsStatic.toFixed(2)}x (target >= 0.5)`)
console.log(`sync, limit=100, settle window ${settleMs()} ms:`)
console.log(`  full sync of the corpus    ${full.items} items, ${full.requests} requests, ${ms(full.ms)}`)
console.log(`  catch-up after 10 edits    ${ten.items} items, ${ten.requests} requests, ${ms(ten.ms)}`)
console.log(`  catch-up after 100 edits   ${hundred.items} items, ${hundred.requests} requests, ${ms(hundred.ms)}`)

portal.close()
staticServer.close()
await payload.destroy()
rmSync(dir, { recursive: true, force: true })
process.exit(feedVsRest >= 3 && feedVsStatic >= 0.5 ? 0 : 1)
