/**
 * npm run bench:search — site search on 10,000 generated items (news, service guides, policy
 * interpretations, policy documents, zones; each in Chinese and approved English, so 20,000 index
 * rows). Times the index rebuild, then the median and 95th percentile of 30 runs of a few queries
 * (Chinese without spaces, English words, one document, no match) against a baseline measured in
 * the same run: what the site would do without an index, a `contains` on the title, summary and
 * body of each collection through the public Local API (payload.find, overrideAccess false).
 * PostgreSQL cannot run `contains` on rich text, so there the baseline searches title and summary
 * only. Prints the ratios.
 *
 * Runs on a temporary SQLite database, or on PostgreSQL when DATABASE_URL names one
 * (bash scripts/with-postgres.sh npm run bench:search). ITEMS=n changes the corpus size.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

const dir = mkdtempSync(path.join(tmpdir(), 'bench-search-'))
if (!process.env.DATABASE_URL?.startsWith('postgres')) process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.PAYLOAD_SECRET ??= 'bench-secret-0123456789abcdef0123456789'
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.LOG_LEVEL = 'warn'
process.env.JOBS_AUTORUN = 'false'

const { getPayload } = await import('payload')
const { default: config } = await import('../src/payload.config')
const { richText } = await import('../seed/richText')
const { reindexSearch } = await import('../src/search/indexer')
const { search } = await import('../src/search/search')
const { searchTypes, titleField } = await import('../src/search/types')

type SearchType = (typeof searchTypes)[number]
type Locale = 'zh' | 'en'

const payload = await getPayload({ config })
const total = Number(process.env.ITEMS ?? 10_000)

// --- corpus ----------------------------------------------------------------------------------

/** Deterministic, so every run searches the same corpus. */
const random = (() => {
  let state = 20_260_101
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
})()
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]

/** Subjects in both languages; each item is about three of them. */
const subjects: [string, string][] = [
  ['签证', 'visa'],
  ['居留许可', 'residence permit'],
  ['工作许可', 'work permit'],
  ['住宿登记', 'accommodation registration'],
  ['社会保险', 'social insurance'],
  ['个人所得税', 'individual income tax'],
  ['子女入学', 'school enrolment'],
  ['医疗服务', 'medical services'],
  ['驾驶证换领', 'driving licence exchange'],
  ['外汇业务', 'foreign exchange'],
  ['银行开户', 'opening a bank account'],
  ['移动支付', 'mobile payment'],
  ['人才引进', 'talent programmes'],
  ['营商环境', 'business environment'],
  ['进口博览会', 'import expo'],
  ['浦东新区', 'Pudong New Area'],
  ['临港新片区', 'Lingang Special Area'],
  ['虹桥国际中央商务区', 'Hongqiao business district'],
  ['长三角一体化', 'Yangtze River Delta integration'],
  ['公共交通', 'public transport'],
]
const actions: [string, string][] = [
  ['推行网上预约办理', 'can now be booked online'],
  ['实行一窗受理', 'is handled at a single window'],
  ['压缩办理时限', 'takes less time'],
  ['提供多语种咨询', 'has advice in several languages'],
  ['简化证明材料', 'needs fewer documents'],
]

const itemText = (index: number) => {
  const [a, b, c] = [pick(subjects), pick(subjects), pick(subjects)]
  const [act1, act2] = [pick(actions), pick(actions)]
  const district = (index % 16) + 1
  return {
    zh: {
      title: `关于${a[0]}${act1[0]}的说明（第${index}号）`,
      summary: `本市${b[0]}${act2[0]}，在沪外籍人员可就近办理。`,
      body: [
        `自即日起，本市在第${district}个区的服务中心就${a[0]}${act1[0]}，并同步优化${c[0]}相关流程。`,
        `申请人可通过“一网通办”国际版提交申请，工作人员将在规定时限内答复；对${b[0]}有疑问的，可拨打12345市民服务热线咨询。`,
        '本说明自发布之日起施行，由市政府外事办公室负责解释。',
      ],
    },
    en: {
      title: `How ${a[1]} ${act1[1]} (no. ${index})`,
      summary: `In Shanghai, ${b[1]} ${act2[1]}; foreign nationals can apply near where they live.`,
      body: [
        `From today, ${a[1]} ${act1[1]} at the service centre of district ${district}, and the procedures for ${c[1]} have been simplified too.`,
        `Applicants can apply through the international version of Government Online-Offline Shanghai; questions about ${b[1]} are answered on the 12345 citizen hotline.`,
        'This notice takes effect on the day of publication and is interpreted by the Foreign Affairs Office.',
      ],
    },
  }
}

/** How many of each type: mostly news, as on a real portal. Documents first: interpretations cite one. */
const mix: [SearchType, number][] = [
  ['policy-documents', 0.1],
  ['news', 0.4],
  ['services', 0.2],
  ['policy-interpretations', 0.2],
  ['zones', 0.1],
]

const bodyField: Record<SearchType, string> = {
  news: 'body',
  services: 'body',
  'policy-interpretations': 'body',
  'policy-documents': 'fullText',
  zones: 'description',
}

const source = await payload.create({ collection: 'sources', data: { name: '市政府外事办公室', slug: 'fao' } })

/** A document in the shape the database adapter stores: localized fields keyed by language. */
const row = (type: SearchType, index: number, interprets: string | number | undefined) => {
  const { zh, en } = itemText(index)
  const both = (key: 'title' | 'summary') => ({ zh: zh[key], en: en[key] })
  const data: Record<string, unknown> = {
    [titleField[type]]: both('title'),
    [bodyField[type]]: { zh: richText(...zh.body), en: richText(...en.body) },
    slug: `${type}-${index}`,
    translation: { en: { state: 'approved', method: 'human', reviewedAt: new Date().toISOString() } },
  }
  if (type !== 'policy-documents') data.summary = both('summary')
  if (type !== 'zones') data.source = source.id
  if (['news', 'services', 'policy-interpretations'].includes(type)) data._status = 'published'
  if (type === 'policy-interpretations') Object.assign(data, { interprets, format: 'text' })
  if (type === 'policy-documents')
    Object.assign(data, { documentNumber: `沪府规〔2026〕${index}号`, issueDate: '2026-01-01', validity: 'in_force' })
  return data
}

// Written through the adapter in batches, without hooks: this builds a corpus, not a workflow.
console.log(`Generating ${total.toLocaleString('en')} items…`)
let generated = 0
let firstDocument: string | number | undefined
const generateStarted = performance.now()
for (const [type, share] of mix) {
  const count = Math.round(total * share)
  for (let start = 0; start < count; start += 500) {
    const transactionID = (await payload.db.beginTransaction()) ?? undefined
    const req = { transactionID }
    for (let index = start; index < Math.min(count, start + 500); index += 1) {
      const created = await payload.db.create({ collection: type, data: row(type, generated + index, firstDocument), req })
      firstDocument ??= type === 'policy-documents' ? created.id : undefined
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
  }
  generated += count
}
const generateSeconds = (performance.now() - generateStarted) / 1000

const reindexStarted = performance.now()
const counts = await reindexSearch(payload, searchTypes)
const reindexSeconds = (performance.now() - reindexStarted) / 1000
const rows = Object.values(counts).reduce((sum, count) => sum + count, 0)

// --- queries ---------------------------------------------------------------------------------

const onPostgres = process.env.DATABASE_URL.startsWith('postgres')

/** Without an index: a `contains` on the texts of each collection, as the public reads them. */
const baseline = async (query: string, locale: Locale) => {
  let found = 0
  for (const type of searchTypes) {
    const fields = [
      titleField[type],
      ...(type === 'policy-documents' ? [] : ['summary']),
      ...(onPostgres ? [] : [bodyField[type]]),
    ]
    const result = await payload.find({
      collection: type,
      locale,
      where: { or: fields.map((field) => ({ [field]: { contains: query } })) },
      depth: 0,
      limit: 10,
      overrideAccess: false,
    })
    found += result.totalDocs
  }
  return found
}

const indexed = async (query: string, locale: Locale) => {
  const outcome = await search(payload, { query, locale })
  return outcome.status === 'ok' ? outcome.total : 0
}

const percentile = (samples: number[], p: number) => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

const runs = 30

/** Index and baseline take turns, so a busy machine slows both alike. */
const race = async (query: string, locale: Locale) => {
  const contenders = [() => indexed(query, locale), () => baseline(query, locale)]
  for (const run of contenders) await run() // warm-up
  const samples: number[][] = [[], []]
  let matches = 0
  for (let round = 0; round < runs; round += 1) {
    for (const [index, run] of contenders.entries()) {
      const started = performance.now()
      const found = await run()
      samples[index].push(performance.now() - started)
      if (index === 0) matches = found
    }
  }
  const [index, plain] = samples.map((taken) => ({ median: percentile(taken, 50), p95: percentile(taken, 95) }))
  return { matches, index, plain }
}

const queries: [string, Locale, string][] = [
  ['签证', 'zh', 'Chinese, two characters'],
  ['临港新片区', 'zh', 'Chinese, five characters, no spaces'],
  ['visa', 'en', 'English word'],
  ['residence permit', 'en', 'English, two words'],
  ['第4242号', 'zh', 'one document (Chinese)'],
  ['no. 4242', 'en', 'one document (English)'],
  ['不存在的词语', 'zh', 'no match (Chinese)'],
  ['zyzzyva', 'en', 'no match (English)'],
]

const ms = (value: number) => value.toFixed(1).padStart(7)
const database = onPostgres ? 'PostgreSQL' : 'SQLite'
console.log(`\n${database}: ${generated.toLocaleString('en')} items generated in ${generateSeconds.toFixed(1)} s`)
console.log(`Index rebuilt (npm run search:reindex): ${rows.toLocaleString('en')} rows in ${reindexSeconds.toFixed(1)} s`)
console.log(`Baseline searches title, summary${onPostgres ? '' : ' and body'}.\n`)
console.log(
  `${'query'.padEnd(24)}${'kind'.padEnd(38)}${'matches'.padStart(8)}  index median / p95 ms   baseline median / p95 ms   baseline ÷ index (median)`,
)
for (const [query, locale, kind] of queries) {
  const { matches, index, plain } = await race(query, locale)
  console.log(
    `${`${query} (${locale})`.padEnd(24)}${kind.padEnd(38)}${String(matches).padStart(8)}  ${ms(index.median)} / ${ms(index.p95)}        ${ms(plain.median)} / ${ms(plain.p95)}           ${(plain.median / index.median).toFixed(1)}×`,
  )
}

await payload.destroy()
rmSync(dir, { recursive: true, force: true })
process.exit(0)
