/**
 * npm run bench:translate — machine-translates the whole seed corpus into all eight languages
 * against the local fake DeepL, then edits one paragraph of one document and translates that
 * document again: the longest seed news article, and a policy document of typical length. The
 * baseline is measured in the same run: the same re-translation with the translation memory
 * bypassed, i.e. what a naive implementation bills. Prints requests, characters billed, the
 * ratio, and documents per second.
 */
import { rmSync } from 'node:fs'

import { useTempDatabase } from './support'

const dir = useTempDatabase('translate')

const { startFakeDeepl } = await import('../test/support/fakeDeepl')
const { getPayload } = await import('payload')
const { Translator } = await import('deepl-node')
const { default: config } = await import('../src/payload.config')
const { seed } = await import('../seed')
const { machineTranslate } = await import('../src/translation/machineTranslate')
const { targetLocales } = await import('../src/localization/locales')
const { richTextPlainText } = await import('../src/translation/richText')
const { richText } = await import('../seed/richText')

const fake = await startFakeDeepl({ characterLimit: 1e12 })
const translator = new Translator(fake.authKey, { serverUrl: fake.url, maxRetries: 1, minTimeout: 5000, sendPlatformInfo: false })
const payload = await getPayload({ config })
await seed(payload)

const collections = ['news', 'policy-interpretations', 'services', 'zones', 'topics', 'sources', 'policy-documents'] as const
/** Every top-level field, so languages a person already approved are translated too. */
const allFields = (slug: (typeof collections)[number]) =>
  payload.collections[slug].config.fields.flatMap((field) =>
    'name' in field && field.name !== 'translation' ? [field.name] : [],
  )

const translate = async (slug: (typeof collections)[number], id: string | number, useMemory = true) =>
  machineTranslate({ payload, collection: slug, id, locales: [...targetLocales], fields: allFields(slug), translator, useMemory })

// 1. The whole corpus, every language.
let documents = 0
const started = performance.now()
for (const slug of collections) {
  const { docs } = await payload.find({ collection: slug, pagination: false, depth: 0, overrideAccess: true })
  for (const doc of docs) {
    await translate(slug, doc.id)
    documents += 1
  }
}
const seconds = (performance.now() - started) / 1000
const corpus = { requests: fake.requests.length, billed: fake.billedCharacters }

/**
 * Re-translation cost after a one-paragraph edit, against the same re-translation without the
 * memory (what a naive implementation bills).
 */
const editCost = async (slug: 'news' | 'policy-documents', id: string | number, field: string) => {
  const doc = await payload.findByID({ collection: slug, id, depth: 0, locale: 'zh', overrideAccess: true })
  type Node = { type?: string; text?: string; children?: Node[] }
  const value = structuredClone((doc as unknown as Record<string, unknown>)[field]) as { root: Node }
  // The middle paragraph-like block (a paragraph, or an article of a numbered list).
  const blocks = value.root.children!.flatMap((block) => (block.type === 'list' ? block.children! : [block]))
  const firstText = (node: Node): Node => (node.text !== undefined ? node : firstText(node.children![0]))
  firstText(blocks[Math.floor(blocks.length / 2)]).text += '详情请拨打12345市民服务热线咨询。'
  await payload.update({
    collection: slug,
    id,
    locale: 'zh',
    data: { [field]: value, ...(slug === 'news' ? { _status: 'published' } : {}) } as never,
  })
  fake.reset()
  await translate(slug, id)
  const edit = { requests: fake.requests.length, billed: fake.billedCharacters }
  fake.reset()
  await translate(slug, id, false)
  return { ...edit, naive: fake.billedCharacters }
}

// 2. The longest news article of the seed corpus.
const { docs: news } = await payload.find({ collection: 'news', pagination: false, depth: 0, overrideAccess: true, locale: 'zh' })
const article = news.sort((a, b) => richTextPlainText(b.body).length - richTextPlainText(a.body).length)[0]
const newsEdit = await editCost('news', article.id, 'body')

// 3. A policy document of typical length (30 articles, about 2,500 characters).
const topics = [
  '外国人签证证件',
  '工作许可',
  '居留许可',
  '住宿登记',
  '社会保险',
  '个人所得税',
  '子女入学',
  '医疗服务',
  '驾驶证换领',
  '移动支付',
]
const actions = ['实行网上预约办理', '推行一窗受理、并联审批', '压缩办理时限至5个工作日', '提供多语种咨询服务', '简化证明材料']
const articles = Array.from(
  { length: 30 },
  (_, i) =>
    `第${i + 1}条 关于${topics[i % topics.length]}，本市${actions[i % actions.length]}，并在${(i % 12) + 1}个区设立服务窗口，为在沪外籍人员提供第${i + 1}项便利措施。`,
)
const source = (await payload.find({ collection: 'sources', limit: 1, depth: 0 })).docs[0]
const policy = await payload.create({
  collection: 'policy-documents',
  data: {
    title: '上海市便利外籍人员工作生活若干规定（基准测试）',
    documentNumber: '沪府规〔2026〕99号',
    source: source.id,
    issueDate: '2026-01-01',
    validity: 'in_force',
    slug: 'bench-long-policy',
    fullText: richText({ ordered: true, list: articles }) as never,
  },
})
await translate('policy-documents', policy.id)
const policyEdit = await editCost('policy-documents', policy.id, 'fullText')

const rows: [string, string][] = [
  ['documents translated (8 languages each)', String(documents)],
  ['corpus: DeepL requests', String(corpus.requests)],
  ['corpus: characters billed', corpus.billed.toLocaleString('en')],
  ['corpus: documents / second', (documents / seconds).toFixed(2)],
  ['longest seed news article, one paragraph edited: requests', String(newsEdit.requests)],
  ['  characters billed / baseline without memory', `${newsEdit.billed} / ${newsEdit.naive}`],
  ['  ratio', (newsEdit.billed / newsEdit.naive).toFixed(4)],
  ['30-article policy document, one article edited: requests', String(policyEdit.requests)],
  ['  characters billed / baseline without memory', `${policyEdit.billed} / ${policyEdit.naive}`],
  ['  ratio (target < 0.05)', (policyEdit.billed / policyEdit.naive).toFixed(4)],
]
for (const [label, value] of rows) console.log(`${label.padEnd(66)} ${value}`)

await fake.stop()
await payload.destroy()
rmSync(dir, { recursive: true, force: true })
process.exit(policyEdit.billed / policyEdit.naive < 0.05 ? 0 : 1)
