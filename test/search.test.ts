/**
 * Site search: the index follows what the public can read (publish, unpublish, delete, drafts,
 * language approval, send-back, outdated), queries match across scripts (Chinese without spaces,
 * accents, several words), results come grouped by type with escaped highlighting.
 */
import type { CollectionSlug } from 'payload'
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import request from 'supertest'

import type { Locale } from '../src/localization/locales'
import { Highlight } from '../src/search/Highlight'
import { reindexSearch } from '../src/search/indexer'
import { maxQueryLength, search, type SearchOutcome } from '../src/search/search'
import { searchTypes } from '../src/search/types'
import { richText } from './support/fixtures'
import { startPortal, type Portal } from './support/portal'
import { authFor, createStaff, type Staff } from './support/staff'
import { type Workflow, workflowFor } from './support/translation'

let portal: Portal
let staff: Staff
let workflow: Workflow
let sourceId: number
let visaId: string | number

const find = (query: string, locale: Locale, type?: (typeof searchTypes)[number]) =>
  search(portal.payload, { query, locale, type })

const ok = (outcome: SearchOutcome) => {
  if (outcome.status !== 'ok') throw new Error(`expected results, got ${outcome.status}`)
  return outcome
}

const urls = async (query: string, locale: Locale) =>
  ok(await find(query, locale)).groups.flatMap(({ results }) => results.map(({ url }) => url))

let serial = 0
const news = async (title: string, extra: Record<string, unknown> = {}) => {
  serial += 1
  return portal.payload.create({
    collection: 'news',
    data: { title, slug: `news-${serial}`, source: sourceId, _status: 'published', ...extra } as never,
    draft: extra._status === 'draft',
  })
}

beforeAll(async () => {
  portal = await startPortal()
  staff = await createStaff(portal)
  workflow = workflowFor(portal, staff)
  sourceId = (await portal.payload.create({ collection: 'sources', data: { name: '市公安局出入境管理局', slug: 'exit-entry' } }))
    .id
  // The seed's visa extension guide, in short: approved in English, an unreviewed Arabic draft.
  const visa = await portal.payload.create({
    collection: 'services',
    data: {
      title: '外国人签证延期',
      summary: '在华外国人签证停留期即将届满，需要继续停留的，应在停留期届满七日前申请延期。',
      eligibility: richText('持有效普通签证在沪停留、因正当理由需要延长停留期的外国人。') as never,
      materials: [{ name: '护照原件及复印件' }],
      processingTime: '7个工作日',
      slug: 'visa-extension',
      source: sourceId,
      _status: 'published',
    },
  })
  visaId = visa.id
  await workflow.translate('services', visaId, 'en', {
    title: 'Visa extension for foreign nationals',
    summary: 'Foreign nationals whose permitted stay is about to expire must apply for an extension seven days before it ends.',
    eligibility: richText('Foreign nationals staying in Shanghai on a valid ordinary visa.'),
    materials: [{ id: visa.materials?.[0]?.id, name: 'Passport, original and copy' }],
  })
  await workflow.translate('services', visaId, 'ar', { title: 'تمديد التأشيرة مسودة آلية', summary: 'نص غير مراجع' }, false)
}, 120_000)

afterAll(async () => {
  await portal.stop()
})

describe('finding the visa extension guide', () => {
  test('签证 in Chinese, without spaces, and the title is marked', async () => {
    const outcome = ok(await find('签证', 'zh'))
    const [first] = outcome.groups[0].results
    expect(outcome.groups[0].type).toBe('services')
    expect(first.url).toBe('/zh/services/visa-extension')
    expect(first.title).toEqual([
      { text: '外国人', match: false },
      { text: '签证', match: true },
      { text: '延期', match: false },
    ])
    expect(first.snippet.some(({ text, match }) => match && text === '签证')).toBe(true)
    // A longer run of Chinese is cut into character pairs: no spaces needed, in any part of the text.
    expect(await urls('签证延期', 'zh')).toContain('/zh/services/visa-extension')
    expect(await urls('停留期届满', 'zh')).toContain('/zh/services/visa-extension')
    expect(await urls('护照原件', 'zh')).toContain('/zh/services/visa-extension')
  })

  test('"visa" in English, whatever the case, width or accents', async () => {
    for (const query of ['visa', 'VISA', 'Ｖｉｓａ', 'vísa', 'passport original']) {
      expect(await urls(query, 'en')).toEqual(['/en/services/visa-extension'])
    }
    const [result] = ok(await find('VISA extension', 'en')).groups[0].results
    expect(result.title.filter(({ match }) => match).map(({ text }) => text)).toEqual(['Visa', 'extension'])
  })

  test('several words must all match', async () => {
    expect(await urls('visa shanghai', 'en')).toEqual(['/en/services/visa-extension'])
    expect(await urls('visa unicorn', 'en')).toEqual([])
    expect(await urls('签证 护照', 'zh')).toEqual(['/zh/services/visa-extension'])
    expect(await urls('签证 独角兽', 'zh')).toEqual([])
  })

  test('words match from their start, Arabic words inside words, mixed scripts without spaces', async () => {
    const item = await news('第九届APEC峰会期间提供咨询服务')
    await workflow.translate('news', item.id, 'en', { title: 'Booking ahead is advisable during the summit' })
    await workflow.translate('news', item.id, 'ar', { title: 'مكاتب استشارات للقمة' })
    expect(await urls('visa', 'en')).toEqual(['/en/services/visa-extension'])
    expect(await urls('advis', 'en')).toEqual([`/en/news/${item.slug}`])
    for (const query of ['apec峰会', 'APEC 峰会', '九届apec']) expect(await urls(query, 'zh')).toEqual([`/zh/news/${item.slug}`])
    expect(await urls('قمة', 'ar')).toEqual([`/ar/news/${item.slug}`])
    await portal.payload.delete({ collection: 'news', id: item.id })
  })

  test('a text an approved translation leaves empty is searched in Chinese, as the page shows it', async () => {
    expect(await urls('工作日', 'en')).toEqual(['/en/services/visa-extension'])
  })

  test('a language that is not approved is not searchable in that language', async () => {
    expect(await urls('مسودة', 'ar')).toEqual([])
    expect(await urls('تمديد', 'ar')).toEqual([])
    // Nor do its Chinese words stand in for it, and other languages never see the English.
    expect(await urls('签证', 'ar')).toEqual([])
    expect(await urls('visa', 'ko')).toEqual([])
    expect(await urls('visa', 'zh')).toEqual([])
  })
})

describe('the index follows what the public can read', () => {
  test('a draft is never found, and neither is a draft beside a published version', async () => {
    await news('草稿里的秘密新闻', { _status: 'draft' })
    expect(await urls('秘密新闻', 'zh')).toEqual([])

    const published = await news('已发布的港口新闻')
    await portal.payload.update({
      collection: 'news',
      id: published.id,
      data: { title: '未发布的草稿标题', _status: 'draft' },
      draft: true,
    })
    expect(await urls('未发布', 'zh')).toEqual([])
    expect(await urls('港口新闻', 'zh')).toEqual([`/zh/news/${published.slug}`])
  })

  test('unpublishing and deleting remove results', async () => {
    const item = await news('即将撤回的航运新闻')
    expect(await urls('航运新闻', 'zh')).toHaveLength(1)
    const unpublished = await request(portal.app)
      .patch(`/api/news/${item.id}`)
      .set(authFor(staff, 'editor'))
      .send({ _status: 'draft' })
    expect(unpublished.status).toBe(200)
    expect(await urls('航运新闻', 'zh')).toEqual([])

    await portal.payload.update({ collection: 'news', id: item.id, data: { _status: 'published' } })
    expect(await urls('航运新闻', 'zh')).toHaveLength(1)
    expect((await request(portal.app).delete(`/api/news/${item.id}`).set(authFor(staff, 'editor'))).status).toBe(200)
    expect(await urls('航运新闻', 'zh')).toEqual([])
  })

  test('approve adds a language, send-back removes only that language, outdated stays', async () => {
    const item = await news('自贸区咖啡节开幕')
    await workflow.translate('news', item.id, 'en', { title: 'Café festival opens in the free trade zone' })
    expect(await urls('cafe festival', 'en')).toEqual([`/en/news/${item.slug}`])

    // The Chinese source changes: English becomes outdated and stays public until re-approved.
    const edit = await request(portal.app)
      .patch(`/api/news/${item.id}?locale=zh`)
      .set(authFor(staff, 'editor'))
      .send({ title: '自贸区咖啡节隆重开幕', _status: 'published' })
    expect(edit.status).toBe(200)
    const record = (await portal.payload.findByID({ collection: 'news', id: item.id, locale: 'en' })).translation
    expect(record?.state).toBe('outdated')
    expect(await urls('café', 'en')).toEqual([`/en/news/${item.slug}`])
    expect(await urls('隆重开幕', 'zh')).toEqual([`/zh/news/${item.slug}`])

    await workflow.act('news', item.id, 'en', 'send-back')
    expect(await urls('cafe', 'en')).toEqual([])
    expect(await urls('咖啡节', 'zh')).toEqual([`/zh/news/${item.slug}`])
  })

  test('reindexing rebuilds the same rows from the documents', async () => {
    const before = await urls('签证', 'zh')
    const english = await urls('visa', 'en')
    await portal.payload.db.deleteMany({ collection: 'search-index' as CollectionSlug, where: { type: { equals: 'services' } } })
    // A row left behind by a document that no longer exists.
    const ghost = {
      type: 'news',
      docId: '999999',
      key: 'news:999999',
      keyTitle: 'news:999999 幽灵新闻',
      locale: 'zh',
      slug: 'ghost',
      title: '幽灵新闻',
      content: '幽灵新闻',
      date: new Date().toISOString(),
    }
    await portal.payload.db.create({ collection: 'search-index' as CollectionSlug, data: ghost })
    expect(await urls('签证', 'zh')).toEqual([])
    expect(await urls('幽灵', 'zh')).toEqual(['/zh/news/ghost'])
    const counts = await reindexSearch(portal.payload, searchTypes)
    expect(counts.services).toBe(2) // the guide in Chinese and English
    expect(await urls('签证', 'zh')).toEqual(before)
    expect(await urls('visa', 'en')).toEqual(english)
    expect(await urls('مسودة', 'ar')).toEqual([])
    expect(await urls('幽灵', 'zh')).toEqual([])
  })
})

describe('results', () => {
  test('are grouped by type, in a fixed order, each linking to its page', async () => {
    const documentId = (
      await portal.payload.create({
        collection: 'policy-documents',
        data: {
          title: '关于浦东新区外籍人才服务的通知',
          documentNumber: '浦府规〔2026〕3号',
          source: sourceId,
          issueDate: '2026-01-05',
          validity: 'in_force',
          slug: 'pudong-talent-notice',
        },
      })
    ).id
    await portal.payload.create({
      collection: 'policy-interpretations',
      data: {
        title: '解读：浦东新区外籍人才服务',
        interprets: documentId,
        format: 'text',
        slug: 'pudong-talent-explained',
        source: sourceId,
        _status: 'published',
      },
    })
    await portal.payload.create({ collection: 'zones', data: { name: '浦东新区', slug: 'pudong' } })
    await news('浦东新区举办外籍人才招聘会')

    const outcome = ok(await find('浦东', 'zh'))
    expect(outcome.groups.map(({ type }) => type)).toEqual(['policy-interpretations', 'news', 'policy-documents', 'zones'])
    expect(outcome.groups.map(({ results }) => results[0].url)).toEqual([
      '/zh/policies/pudong-talent-explained',
      `/zh/news/news-${serial}`,
      '/zh/documents/pudong-talent-notice',
      '/zh/zones/pudong',
    ])
    expect(outcome.total).toBe(4)
    // A zone is readable in English with its Chinese words, but not searchable there until approved.
    expect(ok(await find('浦东', 'en')).groups).toEqual([])
    expect(ok(await find('浦东', 'zh', 'zones')).groups.map(({ type }) => type)).toEqual(['zones'])
  })

  test('title matches rank above newer matches in the text', async () => {
    const inTitle = await news('渡轮航线调整')
    const inText = await news('上海夜景灯光秀', { summary: '外滩将举办灯光秀，市民可乘坐渡轮观赏。' })
    const [first, second] = ok(await find('渡轮', 'zh')).groups[0].results
    expect([first.url, second.url]).toEqual([`/zh/news/${inTitle.slug}`, `/zh/news/${inText.slug}`])
  })

  test('an older title match ranks first, and a type with many newer matches crowds out no other', async () => {
    const inTitle = await news('邮轮码头启用')
    const service = await portal.payload.create({
      collection: 'services',
      data: {
        title: '港口服务指南',
        summary: '乘坐邮轮入境的外国人可在码头办理手续。',
        slug: 'cruise-entry',
        source: sourceId,
        _status: 'published',
      },
    })
    for (const title of ['港区新闻一', '港区新闻二', '港区新闻三']) await news(title, { summary: '新的邮轮航线开通。' })
    const outcome = ok(await search(portal.payload, { query: '邮轮', locale: 'zh', limit: 1 }))
    expect(outcome.groups.map(({ type, total, results }) => [type, total, results.map(({ url }) => url)])).toEqual([
      ['services', 1, ['/zh/services/cruise-entry']],
      ['news', 4, [`/zh/news/${inTitle.slug}`]],
    ])
    expect(outcome.total).toBe(5)
    await portal.payload.delete({ collection: 'services', id: service.id })
  })

  test('highlighting escapes HTML in the content and in the query', async () => {
    await news('<img src=x onerror=alert(1)>签证讲座', { summary: '<script>alert("x")</script> 签证讲座在市民中心举行' })
    const outcome = ok(await find('<script>签证讲座', 'zh'))
    const [result] = outcome.groups[0].results
    const title = renderToStaticMarkup(createElement(Highlight, { segments: result.title }))
    const snippet = renderToStaticMarkup(createElement(Highlight, { segments: result.snippet }))
    expect(title).toBe('&lt;img src=x onerror=alert(1)&gt;<mark>签证讲座</mark>')
    expect(snippet).toBe(
      '&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; <mark>签证讲座</mark>在市民中心举行',
    )
  })

  test('an empty or overlong query gets a clear answer instead of results', async () => {
    // Punctuation only (the database's wildcards % and _ among it) leaves nothing to search for.
    for (const query of ['', '   ', '!!! ???', '%_', undefined]) expect((await find(query as string, 'zh')).status).toBe('empty')
    expect(await find('签'.repeat(maxQueryLength + 1), 'zh')).toEqual({ status: 'tooLong', maxLength: maxQueryLength })
    expect((await find('签'.repeat(maxQueryLength), 'zh')).status).toBe('ok')
  })
})

type PgClient = { query: (text: string) => Promise<{ rows: Record<string, string>[] }>; release: () => void }
;(process.env.TEST_DATABASE === 'postgres' ? test : test.skip)(
  'on PostgreSQL a word is looked up in a trigram index',
  async () => {
    const client = await (portal.payload.db as unknown as { pool: { connect: () => Promise<PgClient> } }).pool.connect()
    try {
      const { rows } = await client.query("select indexdef from pg_indexes where indexname = 'search_index_content_trgm_idx'")
      expect(rows[0]?.indexdef).toMatch(/USING gin \(content gin_trgm_ops\)/)
      // Planned as on a large index (this one is small enough to read whole): through the trigram index.
      await client.query('set enable_seqscan = off')
      const plan = await client.query("explain select key_title from search_index where content ilike '% zyzzyva%'")
      expect(plan.rows.map((row) => row['QUERY PLAN']).join('\n')).toContain('search_index_content_trgm_idx')
    } finally {
      await client.query('reset enable_seqscan')
      client.release()
    }
  },
)
