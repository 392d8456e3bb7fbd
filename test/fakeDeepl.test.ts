/**
 * The local DeepL stand-in (test/support/fakeDeepl.ts), driven through the real deepl-node
 * client exactly as the portal uses it: what it answers, what it refuses like DeepL does, and
 * the faults it can inject (quota, rate limit, outages, hangs) and how deepl-node reports them.
 */
import { jest } from '@jest/globals'
import {
  AuthorizationError,
  ConnectionError,
  DeepLClient,
  DeepLError,
  GlossaryEntries,
  GlossaryNotFoundError,
  QuotaExceededError,
  TooManyRequestsError,
  Translator,
  type TextResult,
  type TranslatorOptions,
} from 'deepl-node'

import { DEEPL_MAX_BODY_BYTES, pseudoTranslate, startFakeDeepl, type FakeDeepl } from './support/fakeDeepl'

let fake: FakeDeepl

/** deepl-node pointed at the fake; no retries and short timeouts unless a test asks otherwise. */
const translator = (options: TranslatorOptions = {}, key = fake.authKey) =>
  new Translator(key, { serverUrl: fake.url, maxRetries: 0, minTimeout: 200, sendPlatformInfo: false, ...options })

const tagsOf = (html: string) => html.match(/<[^>]*>/g) ?? []
const hasHan = (s: string) => /[\u4e00-\u9fff]/.test(s)

beforeAll(async () => {
  fake = await startFakeDeepl()
})
afterAll(() => fake.stop())
beforeEach(() => fake.reset())

describe('translateText', () => {
  test('single text: deterministic pseudo-translation with the target marker, billed characters reported', async () => {
    const result = await translator().translateText('欢迎访问国际服务门户，共3项服务。', 'zh', 'en-GB')

    expect(result.text).toBe(pseudoTranslate('欢迎访问国际服务门户，共3项服务。', 'EN-GB'))
    expect(result.text.startsWith('[EN-GB] ')).toBe(true)
    expect(hasHan(result.text)).toBe(false)
    expect(result.text).toMatch(/，.*3.*。$/) // punctuation and digits kept
    expect(result.detectedSourceLang).toBe('zh')
    expect(result.billedCharacters).toBe(17)

    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0]).toMatchObject({
      texts: ['欢迎访问国际服务门户，共3项服务。'],
      target_lang: 'en-GB',
      source_lang: 'zh',
      status: 200,
      billedCharacters: 17,
    })
    expect(fake.requests[0].contentType).toMatch(/application\/x-www-form-urlencoded/)
    expect(fake.requests[0].bodyBytes).toBeGreaterThan(0)
  })

  test('batch: one result per text, in order', async () => {
    const texts = ['标题', '正文内容', '页脚']
    const results = await translator().translateText(texts, 'zh', 'ja')

    expect(results.map((r) => r.text)).toEqual(texts.map((t) => pseudoTranslate(t, 'JA')))
    expect(results.every((r) => r.text.startsWith('[JA] '))).toBe(true)
    expect(fake.requests).toHaveLength(1)
    expect(fake.requests[0].texts).toEqual(texts)
  })

  test('every portal target language works and looks different from the source', async () => {
    const client = translator()
    for (const target of ['en-GB', 'en-US', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar'] as const) {
      const result = await client.translateText('国际服务', 'zh', target)
      expect(result.text).toBe(pseudoTranslate('国际服务', target))
      expect(result.text.startsWith(`[${target.toUpperCase()}] `)).toBe(true)
      expect(hasHan(result.text)).toBe(false)
    }
    // Script follows the target: Latin, katakana, Hangul, Cyrillic, Arabic.
    expect(pseudoTranslate('服务', 'fr')).toMatch(/^\[FR\] [a-z]+$/)
    expect(pseudoTranslate('服务', 'ja')).toMatch(/^\[JA\] [\u30a0-\u30ff]+$/)
    expect(pseudoTranslate('服务', 'ko')).toMatch(/^\[KO\] [\uac00-\ud7af]+$/)
    expect(pseudoTranslate('服务', 'ru')).toMatch(/^\[RU\] [\u0400-\u04ff]+$/)
    expect(pseudoTranslate('服务', 'ar')).toMatch(/^\[AR\] [\u0600-\u06ff]+$/)
  })

  test('language codes are case-insensitive on the wire (deepl-node sends zh / en-GB); JSON bodies work too', async () => {
    const headers = { Authorization: `DeepL-Auth-Key ${fake.authKey}` }
    const form = await fetch(`${fake.url}/v2/translate`, {
      method: 'POST',
      headers,
      body: new URLSearchParams([
        ['text', '门户'],
        ['source_lang', 'ZH'],
        ['target_lang', 'EN-gb'],
      ]),
    })
    expect(form.status).toBe(200)
    expect(await form.json()).toEqual({
      translations: [{ detected_source_language: 'ZH', text: pseudoTranslate('门户', 'EN-GB') }],
    })

    const json = await fetch(`${fake.url}/v2/translate`, {
      method: 'POST',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify({
        text: ['门户', '服务'],
        source_lang: 'zh',
        target_lang: 'KO',
        show_billed_characters: true,
      }),
    })
    expect((await json.json()).translations).toEqual([
      { detected_source_language: 'ZH', text: pseudoTranslate('门户', 'KO'), billed_characters: 2 },
      { detected_source_language: 'ZH', text: pseudoTranslate('服务', 'KO'), billed_characters: 2 },
    ])
  })

  test('no source language: detected as ZH', async () => {
    const result = await translator().translateText('服务指南', null, 'de')
    expect(result.detectedSourceLang).toBe('zh')
    expect(fake.requests[0].source_lang).toBeUndefined()
  })

  test("plain 'en' target: deepl-node refuses before sending; the server refuses 'EN' with DeepL's 400", async () => {
    await expect(translator().translateText('你好', 'zh', 'en' as never)).rejects.toThrow(/deprecated/)
    expect(fake.calls).toHaveLength(0)

    const sneaky = translator().translateText('你好', 'zh', 'en-GB', { extraRequestParameters: { target_lang: 'EN' } })
    await expect(sneaky).rejects.toThrow("Bad request, message: Value for 'target_lang' not supported.")
    await expect(translator().translateText('你好', 'zh', 'it')).rejects.toThrow(
      "Value for 'target_lang' not supported.",
    )
    await expect(translator().translateText('你好', 'xx' as never, 'de')).rejects.toThrow(
      "Value for 'source_lang' not supported.",
    )
    expect(fake.requests.map((r) => r.status)).toEqual([400, 400, 400])
    expect(fake.billedCharacters).toBe(0)
  })

  test('context and formality are passed through and logged; formality more/less only where DeepL has it', async () => {
    await translator().translateText('提交申请', 'zh', 'de', { context: '政府服务门户的按钮', formality: 'more' })
    expect(fake.requests[0]).toMatchObject({ context: '政府服务门户的按钮', formality: 'more', status: 200 })
    // Context is not billed.
    expect(fake.requests[0].billedCharacters).toBe(4)

    await translator().translateText('提交申请', 'zh', 'en-GB', { formality: 'prefer_more' })
    await expect(translator().translateText('提交申请', 'zh', 'en-GB', { formality: 'more' })).rejects.toThrow(
      "'formality' is not supported for given 'target_lang'.",
    )
  })
})

describe('tag handling', () => {
  const html =
    '<p>欢迎访问<b>国际服务</b>门户，详见<a href="https://x.example/?q=1&amp;b=2" title="链接">说明</a>。</p>'

  test('html: every tag and attribute kept exactly, only text between tags translated', async () => {
    const result = await translator().translateText(html, 'zh', 'en-US', { tagHandling: 'html' })

    expect(tagsOf(result.text)).toEqual(tagsOf(html))
    expect(result.text).toContain('<a href="https://x.example/?q=1&amp;b=2" title="链接">')
    expect(result.text.startsWith('<p>[EN-US] ')).toBe(true)
    expect(result.text.match(/\[EN-US\]/g)).toHaveLength(1)
    expect(hasHan(result.text.replace(/<[^>]*>/g, ''))).toBe(false)
    expect(result.text).toBe(pseudoTranslate(html, 'EN-US', { tagHandling: 'html' }))
    expect(fake.requests[0].tag_handling).toBe('html')
  })

  test('xml: placeholders like <x id="1"/> survive; ignore_tags keeps their content', async () => {
    const xml = '<x id="1"/>共<x id="2">3</x>项，<keep>原文</keep>'
    const result = await translator().translateText(xml, 'zh', 'fr', { tagHandling: 'xml', ignoreTags: ['keep'] })

    expect(tagsOf(result.text)).toEqual(tagsOf(xml))
    expect(result.text).toContain('<keep>原文</keep>')
    expect(result.text).toBe(pseudoTranslate(xml, 'fr', { tagHandling: 'xml', ignoreTags: ['keep'] }))
  })

  test('html: translate="no" content stays; without tag handling the whole text is one run', async () => {
    const result = await translator().translateText('<span translate="no">门户</span>服务', 'zh', 'es', {
      tagHandling: 'html',
    })
    expect(result.text).toMatch(/^<span translate="no">门户<\/span>\[ES\] [a-z]+$/)

    const plain = await translator().translateText('<b>门户</b>', 'zh', 'es')
    expect(plain.text).toBe(`[ES] <b>${pseudoTranslate('门户', 'es').slice(5)}</b>`)
  })

  test('digits, URLs and punctuation are kept as they are', () => {
    const out = pseudoTranslate('请访问 https://x.example/a?b=1 第3章。', 'EN-GB')
    expect(out).toContain(' https://x.example/a?b=1 ')
    expect(out).toMatch(/3[a-z]+。$/)
    expect(pseudoTranslate('请访问', 'EN-GB')).toBe(pseudoTranslate('请访问', 'en-gb'))
  })
})

describe('glossaries', () => {
  test('v2: create, list, get, entries, translate with the approved terms, delete', async () => {
    const client = translator()
    const entries = new GlossaryEntries({ entries: { 国际服务: 'International Services', 门户: 'Portal' } })
    const info = await client.createGlossary('portal terms', 'zh', 'en-GB', entries)

    expect(info).toMatchObject({ name: 'portal terms', sourceLang: 'zh', targetLang: 'en', entryCount: 2, ready: true })
    expect(info.glossaryId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/)
    expect(fake.glossaries.get(info.glossaryId)?.dictionaries).toEqual([
      { sourceLang: 'zh', targetLang: 'en', entries: { 国际服务: 'International Services', 门户: 'Portal' } },
    ])
    expect((await client.listGlossaries()).map((g) => g.glossaryId)).toEqual([info.glossaryId])
    expect((await client.getGlossary(info.glossaryId)).creationTime).toEqual(info.creationTime)
    expect((await client.getGlossaryEntries(info)).entries()).toEqual(entries.entries())

    const result = await client.translateText('欢迎使用国际服务门户', 'zh', 'en-GB', { glossary: info })
    expect(result.text).toMatch(/^\[EN-GB\] [a-z]+International ServicesPortal$/)
    expect(fake.requests.at(-1)?.glossary_id).toBe(info.glossaryId)
    // Same glossary (target 'en') serves en-US as well.
    expect((await client.translateText('门户', 'zh', 'en-US', { glossary: info })).text).toBe('[EN-US] Portal')

    await client.deleteGlossary(info)
    expect(fake.glossaries.size).toBe(0)
    await expect(client.getGlossary(info.glossaryId)).rejects.toBeInstanceOf(GlossaryNotFoundError)
  })

  test('v2: CSV entries; bad pairs and mismatched languages are refused', async () => {
    const client = translator()
    const csv = Buffer.from('门户,Portail\n"服务,指南","Guide, services"\n')
    const info = await client.createGlossaryWithCsv('fr terms', 'zh', 'fr', csv)
    expect((await client.getGlossaryEntries(info)).entries()).toEqual({
      门户: 'Portail',
      '服务,指南': 'Guide, services',
    })

    await expect(
      client.createGlossary('same', 'zh', 'zh', new GlossaryEntries({ entries: { 门户: '门户' } })),
    ).rejects.toThrow('Unsupported glossary source and target language pair')
    await expect(client.translateText('门户', 'zh', 'de', { glossary: info })).rejects.toThrow(/doesn't match/)
    await expect(
      client.translateText('门户', 'zh', 'de', { glossary: '00000000-0000-4000-8000-000000000000' }),
    ).rejects.toThrow('Glossary not found')
  })

  test('v3 multilingual glossaries (DeepLClient): one glossary, a dictionary per target', async () => {
    const client = new DeepLClient(fake.authKey, { serverUrl: fake.url, maxRetries: 0, minTimeout: 200 })
    const info = await client.createMultilingualGlossary('portal', [
      { sourceLangCode: 'zh', targetLangCode: 'en', entries: new GlossaryEntries({ entries: { 门户: 'Portal' } }) },
      { sourceLangCode: 'zh', targetLangCode: 'ja', entries: new GlossaryEntries({ entries: { 门户: 'ポータル' } }) },
    ])
    expect(info.dictionaries).toEqual([
      { sourceLangCode: 'zh', targetLangCode: 'en', entryCount: 1 },
      { sourceLangCode: 'zh', targetLangCode: 'ja', entryCount: 1 },
    ])

    expect((await client.translateText('门户', 'zh', 'ja', { glossary: info.glossaryId })).text).toBe('[JA] ポータル')
    expect((await client.translateText('门户', 'zh', 'en-GB', { glossary: info.glossaryId })).text).toBe(
      '[EN-GB] Portal',
    )
    const ja = await client.getMultilingualGlossaryDictionaryEntries(info, 'zh', 'ja')
    expect(ja.entries.entries()).toEqual({ 门户: 'ポータル' })
    expect((await client.listMultilingualGlossaries()).map((g) => g.glossaryId)).toEqual([info.glossaryId])

    await client.deleteMultilingualGlossary(info)
    await expect(client.getMultilingualGlossary(info.glossaryId)).rejects.toBeInstanceOf(GlossaryNotFoundError)
  })

  test('addGlossary seeds a glossary without HTTP', async () => {
    const seeded = fake.addGlossary({ name: 'seed', sourceLang: 'zh', targetLang: 'ko', entries: { 门户: '포털' } })
    const result = await translator().translateText('门户', 'zh', 'ko', { glossary: seeded.glossaryId })
    expect(result.text).toBe('[KO] 포털')
  })
})

describe("DeepL's limits", () => {
  test('50 texts pass, 51 are refused with 413 and nothing is billed', async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `第${i}段`)
    expect(await translator().translateText(fifty, 'zh', 'de')).toHaveLength(50)

    await expect(translator().translateText([...fifty, '多一段'], 'zh', 'de')).rejects.toThrow(/413/)
    expect(fake.requests.at(-1)).toMatchObject({ status: 413, billedCharacters: 0 })
    expect(fake.requests.at(-1)?.texts).toHaveLength(51)
  })

  test('a body over 128 KiB is refused with 413; just under passes', async () => {
    // Form encoding turns each Han character into 9 bytes (%E5%AD%97).
    const under = '字'.repeat(14_000)
    const over = '字'.repeat(15_000)
    await expect(translator().translateText(under, 'zh', 'ru')).resolves.toMatchObject({ billedCharacters: 14_000 })
    expect(fake.requests[0].bodyBytes).toBeLessThanOrEqual(DEEPL_MAX_BODY_BYTES)

    const error = await translator()
      .translateText(over, 'zh', 'ru')
      .catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeepLError)
    expect((error as Error).message).toMatch(/413 .*Request Entity Too Large/)
    expect(fake.requests[1].bodyBytes).toBeGreaterThan(DEEPL_MAX_BODY_BYTES)
    expect(fake.billedCharacters).toBe(14_000)
  })
})

describe('errors as deepl-node reports them', () => {
  test('wrong key → AuthorizationError (403 with a JSON message)', async () => {
    const wrong = translator({}, 'not-the-key')
    await expect(wrong.translateText('你好', 'zh', 'de')).rejects.toBeInstanceOf(AuthorizationError)
    await expect(wrong.getUsage()).rejects.toThrow(
      /Authorization failure, check auth_key, message: Authorization failed/,
    )
    expect(fake.calls.map((c) => c.status)).toEqual([403, 403])
  })

  test('failNext(456) → QuotaExceededError, then service resumes', async () => {
    fake.failNext(456)
    await expect(translator().translateText('你好', 'zh', 'de')).rejects.toBeInstanceOf(QuotaExceededError)
    await expect(translator().translateText('你好', 'zh', 'de')).resolves.toMatchObject({
      text: pseudoTranslate('你好', 'DE'),
    })
    expect(fake.requests.map((r) => r.status)).toEqual([456, 200])
  })

  test('quota runs out for real once characterLimit is reached', async () => {
    fake.characterLimit = 5
    await translator().translateText('一二三', 'zh', 'de')
    await expect(translator().translateText('四五六', 'zh', 'de')).rejects.toBeInstanceOf(QuotaExceededError)
    const usage = await translator().getUsage()
    expect(usage.character).toMatchObject({ count: 3, limit: 5 })
  })

  test('failNext(429) with maxRetries 0 → TooManyRequestsError after one attempt', async () => {
    fake.failNext(429)
    await expect(translator({ maxRetries: 0 }).translateText('你好', 'zh', 'de')).rejects.toBeInstanceOf(
      TooManyRequestsError,
    )
    expect(fake.calls).toHaveLength(1)
  })

  test('failNext(503) once with retries → the retry succeeds', async () => {
    fake.failNext(503)
    // deepl-node makes max(1, maxRetries) attempts in all, so 2 means one retry (after ~1 s backoff).
    const result = await translator({ maxRetries: 2 }).translateText('你好', 'zh', 'es')
    expect(result.text).toBe(pseudoTranslate('你好', 'ES'))
    expect(fake.requests.map((r) => r.status)).toEqual([503, 200])
    expect(fake.billedCharacters).toBe(2)
  })

  test('failNext(500/502) without retries → DeepLError naming the status', async () => {
    fake.failNext(500)
    fake.failNext(502)
    await expect(translator().translateText('你好', 'zh', 'de')).rejects.toThrow(/500 Internal Server Error/)
    await expect(translator().translateText('你好', 'zh', 'de')).rejects.toThrow(/502 Bad Gateway/)
  })

  test('failNext can target one path only', async () => {
    fake.failNext(503, 1, { path: '/v2/translate' })
    await expect(translator().getUsage()).resolves.toBeDefined()
    await expect(translator().translateText('你好', 'zh', 'de')).rejects.toThrow(/Service unavailable/)
  })

  test('hangNext → ConnectionError in bounded time', async () => {
    fake.hangNext()
    const started = Date.now()
    const error = await translator({ maxRetries: 0, minTimeout: 100 })
      .translateText('你好', 'zh', 'de')
      .catch((e: unknown) => e)
    const elapsed = Date.now() - started
    expect(error).toBeInstanceOf(ConnectionError)
    expect((error as Error).message).toMatch(/timeout/)
    // deepl-node's first attempt waits at least ~1 s (its first backoff deadline), whatever minTimeout says.
    expect(elapsed).toBeLessThan(3_000)
    expect(fake.requests[0].status).toBe('hung')
    // The fake answers normally again afterwards.
    await expect(translator().translateText('你好', 'zh', 'de')).resolves.toBeDefined()
  })
})

describe('usage, languages, housekeeping', () => {
  test('billed characters add up across requests and show in /v2/usage', async () => {
    const client = translator()
    const results = (await client.translateText(['一二', '三四五'], 'zh', 'de')) as TextResult[]
    await client.translateText('<p>六</p>', 'zh', 'de', { tagHandling: 'html' })
    expect(results.map((r) => r.billedCharacters)).toEqual([2, 3])
    expect(fake.requests.map((r) => r.billedCharacters)).toEqual([5, 8])
    expect(fake.billedCharacters).toBe(13)
    const usage = await client.getUsage()
    expect(usage.character).toMatchObject({ count: 13, limit: 1_000_000 })
  })

  test('languages: the 9 portal source languages and the DeepL target codes', async () => {
    const client = translator()
    const sources = (await client.getSourceLanguages()).map((l) => l.code)
    expect(sources).toEqual(expect.arrayContaining(['zh', 'en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar']))
    const targets = await client.getTargetLanguages()
    expect(targets.map((l) => l.code)).toEqual(
      expect.arrayContaining(['en-GB', 'en-US', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar']),
    )
    expect(targets.map((l) => l.code)).not.toContain('en')
    expect(targets.find((l) => l.code === 'de')?.supportsFormality).toBe(true)
    const pairs = await client.getGlossaryLanguagePairs()
    expect(pairs).toContainEqual({ sourceLang: 'zh', targetLang: 'en' })
  })

  test('unknown paths → 404 JSON; the fake prints nothing', async () => {
    const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((m) =>
      jest.spyOn(console, m).mockImplementation(() => undefined),
    )
    try {
      const res = await fetch(`${fake.url}/v2/nope`, { headers: { Authorization: `DeepL-Auth-Key ${fake.authKey}` } })
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({ message: 'Not found' })
      await translator({}, 'bad')
        .translateText('你好', 'zh', 'de')
        .catch(() => undefined)
      fake.hangNext()
      await translator()
        .translateText('你好', 'zh', 'de')
        .catch(() => undefined)
      for (const spy of spies) expect(spy).not.toHaveBeenCalled()
    } finally {
      for (const spy of spies) spy.mockRestore()
    }
  })

  test('reset() forgets requests, billing, glossaries and pending faults', async () => {
    fake.addGlossary({ name: 'g', sourceLang: 'zh', targetLang: 'de', entries: { 门户: 'Portal' } })
    await translator().translateText('你好', 'zh', 'de')
    fake.failNext(503, 3)
    fake.reset()
    expect(fake.requests).toHaveLength(0)
    expect(fake.calls).toHaveLength(0)
    expect(fake.billedCharacters).toBe(0)
    expect(fake.glossaries.size).toBe(0)
    await expect(translator().translateText('你好', 'zh', 'de')).resolves.toBeDefined()
  })

  test('stop() returns promptly even with a request hanging', async () => {
    const other = await startFakeDeepl({ authKey: 'other-key' })
    other.hangNext()
    const client = new Translator('other-key', { serverUrl: other.url, maxRetries: 0, minTimeout: 30_000 })
    const pending = client.translateText('你好', 'zh', 'de').catch((e: unknown) => e)
    while (other.calls.length === 0) await new Promise((r) => setTimeout(r, 10))
    const started = Date.now()
    await other.stop()
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(await pending).toBeInstanceOf(ConnectionError)
  })
})
