/**
 * A local stand-in for the DeepL API, good enough for the real `deepl-node` client (1.28).
 *
 * Tests have no network, so they point deepl-node at this server instead:
 *
 *   const fake = await startFakeDeepl()
 *   const translator = new Translator(fake.authKey, { serverUrl: fake.url, maxRetries: 0, minTimeout: 200 })
 *   ...
 *   await fake.stop()
 *
 * What deepl-node sends (read from node_modules/deepl-node/dist, 1.28.0):
 * - every call carries `Authorization: DeepL-Auth-Key <key>` and a `User-Agent: deepl-node/1.28.0 ...`.
 * - POST /v2/translate, body form-urlencoded (URLSearchParams): `target_lang`, `source_lang`,
 *   `text` repeated once per text, `show_billed_characters=1` always, and when given
 *   `formality`, `glossary_id` (or `glossary_ids`, comma separated), `tag_handling`, `context`,
 *   `split_sentences`, `preserve_formatting`, `ignore_tags`, ... Language codes arrive
 *   standardized ('zh', 'en-GB'); deepl-node itself refuses targetLang 'en'/'pt' before sending.
 *   Answer: `{translations: [{detected_source_language, text, billed_characters}]}`.
 * - GET /v2/usage → `{character_count, character_limit}`.
 * - GET /v2/languages (source) and GET /v2/languages?type=target → `[{language, name, supports_formality?}]`.
 * - GET /v2/glossary-language-pairs → `{supported_languages: [{source_lang, target_lang}]}`.
 * - v2 glossaries: POST /v2/glossaries (form: name, source_lang, target_lang (lowercase base codes),
 *   entries, entries_format tsv|csv) → 201 glossary info; GET /v2/glossaries → `{glossaries: [...]}`;
 *   GET /v2/glossaries/:id → info; GET /v2/glossaries/:id/entries → TSV text; DELETE → 204.
 * - v3 (multilingual, DeepLClient): POST /v3/glossaries (form: name, dictionaries[i].source_lang,
 *   .target_lang, .entries, .entries_format), GET /v3/glossaries, GET/PATCH/DELETE /v3/glossaries/:id,
 *   GET /v3/glossaries/:id/entries?source_lang=&target_lang= → `{dictionaries: [{..., entries: TSV}]}`,
 *   PUT /v3/glossaries/:id/dictionaries, DELETE /v3/glossaries/:id/dictionaries?source_lang=&target_lang=.
 * - Errors are read from the status code: 403 AuthorizationError, 456 QuotaExceededError,
 *   429 TooManyRequestsError, 404 GlossaryNotFoundError (glossary calls) or DeepLError, 400 and
 *   everything else DeepLError; the JSON `message`/`detail` fields end up in the error message.
 *   Transport failures and timeouts are ConnectionError. 429 and 5xx and timeouts are retried.
 *
 * Limits enforced like DeepL: at most 50 texts per request and 128 KiB request body (both 413);
 * only the portal's languages are known (source ZH EN JA KO FR DE ES RU AR; target EN-GB EN-US JA
 * KO FR DE ES RU AR ZH ZH-HANS ZH-HANT). Plain 'EN' as target is refused with 400 "Value for
 * 'target_lang' not supported." (stricter than DeepL, which still takes EN as a deprecated alias).
 *
 * The fake never writes to the console.
 */
import { randomUUID } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** DeepL's per-request limits. */
export const DEEPL_MAX_TEXTS = 50
export const DEEPL_MAX_BODY_BYTES = 128 * 1024

export type FaultStatus = 429 | 456 | 403 | 500 | 502 | 503

export interface FakeDeeplOptions {
  /** The one key the fake accepts (default 'fake-deepl-auth-key'). */
  authKey?: string
  /** Character quota for /v2/usage and for 456 once exceeded (default 1,000,000). */
  characterLimit?: number
  /** Characters already used at start and after reset() (default 0). */
  characterCount?: number
}

/** One POST /v2/translate that reached the fake (also the rejected and hung ones). */
export interface TranslateRequestLog {
  texts: string[]
  target_lang?: string
  source_lang?: string
  glossary_id?: string
  glossary_ids?: string
  tag_handling?: string
  context?: string
  formality?: string
  /** Every parameter as received (repeated ones as arrays). */
  params: Record<string, string | string[]>
  contentType: string
  /** Size of the raw request body in bytes, as DeepL's 128 KiB limit counts it. */
  bodyBytes: number
  /** Characters billed for this request: the source texts' length in code points when answered 200, else 0. */
  billedCharacters: number
  /** Status answered, or 'hung' when hangNext() swallowed it. */
  status: number | 'hung'
}

/** Every HTTP request the fake saw. */
export interface FakeDeeplCall {
  method: string
  path: string
  status: number | 'hung'
}

export interface FakeGlossaryDictionary {
  /** Lowercase base codes, as DeepL reports them: 'zh', 'en'. */
  sourceLang: string
  targetLang: string
  /** source term → target term, in insertion order. */
  entries: Record<string, string>
}

export interface FakeGlossary {
  glossaryId: string
  name: string
  creationTime: Date
  /** v2 glossaries have exactly one dictionary; v3 (multilingual) ones one or more. */
  dictionaries: FakeGlossaryDictionary[]
}

export interface FaultOptions {
  /** Only requests whose path starts with this (e.g. '/v2/translate'); default: any request. */
  path?: string
}

export interface FakeDeepl {
  /** Base URL to pass as deepl-node's `serverUrl`, e.g. http://127.0.0.1:54321 */
  readonly url: string
  readonly authKey: string
  /** Log of POST /v2/translate calls, oldest first. */
  readonly requests: TranslateRequestLog[]
  /** Log of every HTTP request, oldest first. */
  readonly calls: FakeDeeplCall[]
  /** Characters billed since start / reset() (excludes options.characterCount). */
  readonly billedCharacters: number
  /** Quota reported by /v2/usage; translations beyond it get 456. Settable. */
  characterLimit: number
  /** Stored glossaries by id (v2 and v3 share one store, as at DeepL). */
  readonly glossaries: Map<string, FakeGlossary>
  /** Store a glossary directly (no HTTP), e.g. one the portal expects to exist already. */
  addGlossary(glossary: {
    name: string
    sourceLang: string
    targetLang: string
    entries: Record<string, string>
  }): FakeGlossary
  /**
   * The next `times` requests (matching options.path) are answered with `status` and DeepL's
   * JSON error body, before authentication and routing. Faults queue up in call order with hangNext().
   */
  failNext(status: FaultStatus, times?: number, options?: FaultOptions): void
  /** The next `times` requests (matching options.path) are read and never answered: the client times out. */
  hangNext(times?: number, options?: FaultOptions): void
  /** Forget logs, billing, glossaries and pending faults, restore options.characterLimit, and drop hung requests' connections. */
  reset(): void
  /** Close the server and every open connection (hung ones too). */
  stop(): Promise<void>
}

// ---------------------------------------------------------------------------------------------
// Languages

interface TargetLanguage {
  code: string
  name: string
  supportsFormality: boolean
}

const SOURCE_LANGUAGES: ReadonlyArray<{ code: string; name: string }> = [
  { code: 'AR', name: 'Arabic' },
  { code: 'DE', name: 'German' },
  { code: 'EN', name: 'English' },
  { code: 'ES', name: 'Spanish' },
  { code: 'FR', name: 'French' },
  { code: 'JA', name: 'Japanese' },
  { code: 'KO', name: 'Korean' },
  { code: 'RU', name: 'Russian' },
  { code: 'ZH', name: 'Chinese' },
]

const TARGET_LANGUAGES: ReadonlyArray<TargetLanguage> = [
  { code: 'AR', name: 'Arabic', supportsFormality: false },
  { code: 'DE', name: 'German', supportsFormality: true },
  { code: 'EN-GB', name: 'English (British)', supportsFormality: false },
  { code: 'EN-US', name: 'English (American)', supportsFormality: false },
  { code: 'ES', name: 'Spanish', supportsFormality: true },
  { code: 'FR', name: 'French', supportsFormality: true },
  { code: 'JA', name: 'Japanese', supportsFormality: true },
  { code: 'KO', name: 'Korean', supportsFormality: false },
  { code: 'RU', name: 'Russian', supportsFormality: true },
  { code: 'ZH', name: 'Chinese (simplified)', supportsFormality: false },
  { code: 'ZH-HANS', name: 'Chinese (simplified)', supportsFormality: false },
  { code: 'ZH-HANT', name: 'Chinese (traditional)', supportsFormality: false },
]

/** Glossaries work between any two different base languages of this list. */
const GLOSSARY_LANGUAGES = ['ar', 'de', 'en', 'es', 'fr', 'ja', 'ko', 'ru', 'zh']

const baseLanguage = (code: string): string => code.split('-')[0].toLowerCase()

const isGlossaryPair = (source: string, target: string): boolean =>
  GLOSSARY_LANGUAGES.includes(source) && GLOSSARY_LANGUAGES.includes(target) && source !== target

// ---------------------------------------------------------------------------------------------
// Pseudo-translation

const HAN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/u
const LATIN_SYLLABLES = [...'bdfgklmnprstvz'].flatMap((c) => [...'aeiou'].map((v) => c + v))
const CYRILLIC_SYLLABLES = [...'бвгдзклмнпрст'].flatMap((c) => [...'аеиоу'].map((v) => c + v))
const KATAKANA = [...'アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン']
const ARABIC_LETTERS = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهوي']

/** How one Han character looks after translation into `target` (code points are deterministic). */
const pseudoHan = (cp: number, target: string): string => {
  const base = baseLanguage(target)
  if (base === 'zh') return String.fromCodePoint(cp)
  if (base === 'ja') return KATAKANA[cp % KATAKANA.length]
  if (base === 'ko') return String.fromCodePoint(0xac00 + (cp % 11172))
  if (base === 'ru') return CYRILLIC_SYLLABLES[cp % CYRILLIC_SYLLABLES.length]
  if (base === 'ar') return ARABIC_LETTERS[cp % ARABIC_LETTERS.length]
  return LATIN_SYLLABLES[cp % LATIN_SYLLABLES.length]
}

/** Pseudo-translate one run of plain text: glossary terms verbatim, Han characters replaced, the rest kept. */
const translateRun = (run: string, target: string, terms: ReadonlyArray<[string, string]>): string => {
  let out = ''
  let i = 0
  outer: while (i < run.length) {
    for (const [source, replacement] of terms) {
      if (run.startsWith(source, i)) {
        out += replacement
        i += source.length
        continue outer
      }
    }
    const cp = run.codePointAt(i)!
    const ch = String.fromCodePoint(cp)
    out += HAN.test(ch) ? pseudoHan(cp, target) : ch
    i += ch.length
  }
  return out
}

const VOID_HTML = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
])
const TAG_TOKEN = /(<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[^<>]*>)/

export interface PseudoTranslateOptions {
  tagHandling?: 'html' | 'xml'
  /** Glossary: source term → approved target term, inserted verbatim. */
  glossary?: Record<string, string>
  /** Tags whose content stays untranslated (DeepL's ignore_tags); with html also translate="no" / class="notranslate". */
  ignoreTags?: string[]
}

/**
 * The fake's "translation", deterministic so tests can compute the expected output:
 * 1. `[TARGET] ` (upper-case code, e.g. `[EN-GB] `) once, before the first non-blank character
 *    of the first translatable text run (with tag handling: inside the first element with text).
 * 2. Glossary source terms (longest first) are replaced by their target terms verbatim, and
 *    those are not transformed further.
 * 3. Every Han character becomes a syllable in the target's script, chosen by its code point:
 *    Latin ('ba'..'zu') for EN/FR/DE/ES, katakana for JA, a Hangul syllable for KO, Cyrillic for RU,
 *    an Arabic letter for AR; Chinese targets keep the characters.
 * 4. Everything else (digits, Latin letters, URLs, punctuation, entities, whitespace) is kept.
 * With tagHandling 'html'/'xml' tags, comments and CDATA are copied exactly (attributes
 * included) and only the text between them is transformed.
 */
export const pseudoTranslate = (text: string, targetLang: string, options: PseudoTranslateOptions = {}): string => {
  const target = targetLang.toUpperCase()
  const terms = Object.entries(options.glossary ?? {})
    .filter(([source]) => source.length > 0)
    .sort((a, b) => b[0].length - a[0].length)
  const tokens = options.tagHandling ? text.split(TAG_TOKEN) : [text]
  const ignore = new Set((options.ignoreTags ?? []).map((t) => t.toLowerCase()))
  let ignoring: { name: string; depth: number } | undefined
  let marked = false
  return tokens
    .map((token, index) => {
      if (index % 2 === 1) {
        // A tag: copied as is; tracks elements whose content must stay untranslated.
        const m = /^<\s*(\/)?\s*([A-Za-z_][\w:.-]*)/.exec(token)
        if (!m) return token
        const [, closing, rawName] = m
        const name = rawName.toLowerCase()
        const selfClosing = /\/\s*>$/.test(token) || (options.tagHandling === 'html' && VOID_HTML.has(name))
        if (ignoring) {
          if (name === ignoring.name && !selfClosing) ignoring.depth += closing ? -1 : 1
          if (ignoring.depth === 0) ignoring = undefined
        } else if (!closing && !selfClosing) {
          const noTranslate =
            options.tagHandling === 'html' &&
            (/\btranslate\s*=\s*["']?no\b/i.test(token) || /\bclass\s*=\s*["'][^"']*\bnotranslate\b/i.test(token))
          if (ignore.has(name) || noTranslate) ignoring = { name, depth: 1 }
        }
        return token
      }
      if (ignoring) return token
      let out = translateRun(token, target, terms)
      if (!marked) {
        const at = out.search(/\S/)
        if (at >= 0) {
          out = `${out.slice(0, at)}[${target}] ${out.slice(at)}`
          marked = true
        }
      }
      return out
    })
    .join('')
}

/** Code points, as DeepL bills them. */
export const billedLength = (text: string): number => [...text].length

const detectLanguage = (text: string): string => {
  if (HAN.test(text) && !/[\u3040-\u30ff]/.test(text)) return 'ZH'
  if (/[\u3040-\u30ff]/.test(text)) return 'JA'
  if (/[\uac00-\ud7af]/.test(text)) return 'KO'
  if (/[\u0400-\u04ff]/.test(text)) return 'RU'
  if (/[\u0600-\u06ff]/.test(text)) return 'AR'
  return 'EN'
}

// ---------------------------------------------------------------------------------------------
// Glossary entries

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly detail?: string,
  ) {
    super(message)
  }
}

const invalidEntries = (detail: string) => new HttpError(400, 'Invalid glossary entries provided', detail)

const addEntry = (entries: Record<string, string>, source: string, target: string, line: number) => {
  source = source.trim()
  target = target.trim()
  if (!source || !target) throw invalidEntries(`Entry ${line} has an empty term`)
  if (Object.prototype.hasOwnProperty.call(entries, source))
    throw invalidEntries(`Entry ${line} duplicates the source term '${source}'`)
  entries[source] = target
}

const parseTsv = (tsv: string): Record<string, string> => {
  const entries: Record<string, string> = {}
  tsv.split(/\r\n|\n|\r/).forEach((line, index) => {
    if (line.trim() === '') return
    const parts = line.split('\t')
    if (parts.length !== 2) throw invalidEntries(`Entry ${index + 1} must have exactly one tab separator`)
    addEntry(entries, parts[0], parts[1], index + 1)
  })
  return entries
}

/** CSV rows `source,target[,source_lang,target_lang]`, fields optionally "quoted" with "" escapes. */
const parseCsv = (csv: string, sourceLang: string, targetLang: string): Record<string, string> => {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  const endField = () => {
    row.push(field)
    field = ''
  }
  for (let i = 0; i < csv.length; i++) {
    const c = csv[i]
    if (quoted) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') {
        quoted = false
      } else {
        field += c
      }
    } else if (c === '"' && field === '') {
      quoted = true
    } else if (c === ',') {
      endField()
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && csv[i + 1] === '\n') i++
      endField()
      rows.push(row)
      row = []
    } else {
      field += c
    }
  }
  if (quoted) throw invalidEntries('Unterminated quoted field')
  row.push(field)
  rows.push(row)
  const entries: Record<string, string> = {}
  rows.forEach((r, index) => {
    if (r.length === 1 && r[0].trim() === '') return
    if (r.length !== 2 && r.length !== 4) throw invalidEntries(`Row ${index + 1} must have 2 or 4 columns`)
    if (r.length === 4 && (baseLanguage(r[2]) !== sourceLang || baseLanguage(r[3]) !== targetLang)) {
      throw invalidEntries(`Row ${index + 1} has languages ${r[2]}/${r[3]}, expected ${sourceLang}/${targetLang}`)
    }
    addEntry(entries, r[0], r[1], index + 1)
  })
  return entries
}

const toTsv = (entries: Record<string, string>): string =>
  Object.entries(entries)
    .map(([s, t]) => `${s}\t${t}`)
    .join('\n')

const buildDictionary = (
  sourceLang: string | undefined,
  targetLang: string | undefined,
  entries: string | undefined,
  format: string | undefined,
): FakeGlossaryDictionary => {
  if (!sourceLang) throw new HttpError(400, "Missing or invalid argument: source_lang'")
  if (!targetLang) throw new HttpError(400, "Missing or invalid argument: target_lang'")
  const source = baseLanguage(sourceLang)
  const target = baseLanguage(targetLang)
  if (!isGlossaryPair(source, target)) throw new HttpError(400, 'Unsupported glossary source and target language pair')
  if (entries === undefined || entries.trim() === '') throw new HttpError(400, "Missing or invalid argument: entries'")
  const fmt = (format ?? 'tsv').toLowerCase()
  if (fmt !== 'tsv' && fmt !== 'csv') throw new HttpError(400, "Value for 'entries_format' not supported.")
  const parsed = fmt === 'tsv' ? parseTsv(entries) : parseCsv(entries, source, target)
  if (Object.keys(parsed).length === 0) throw new HttpError(400, "Missing or invalid argument: entries'")
  return { sourceLang: source, targetLang: target, entries: parsed }
}

const v2Info = (g: FakeGlossary) => {
  const [dict] = g.dictionaries
  return {
    glossary_id: g.glossaryId,
    name: g.name,
    ready: true,
    source_lang: dict.sourceLang,
    target_lang: dict.targetLang,
    creation_time: g.creationTime.toISOString(),
    entry_count: Object.keys(dict.entries).length,
  }
}

const v3DictInfo = (d: FakeGlossaryDictionary) => ({
  source_lang: d.sourceLang,
  target_lang: d.targetLang,
  entry_count: Object.keys(d.entries).length,
})

const v3Info = (g: FakeGlossary) => ({
  glossary_id: g.glossaryId,
  name: g.name,
  dictionaries: g.dictionaries.map(v3DictInfo),
  creation_time: g.creationTime.toISOString(),
})

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

// ---------------------------------------------------------------------------------------------
// Request parsing

type Params = Record<string, string | string[]>

/** Form-urlencoded or JSON body merged over the query string; repeated keys become arrays. */
const parseParams = (query: URLSearchParams, body: Buffer, contentType: string): Params => {
  const params: Params = {}
  const put = (key: string, value: unknown) => {
    if (value === undefined || value === null) return
    const values = Array.isArray(value)
      ? value.map(String)
      : [typeof value === 'object' ? JSON.stringify(value) : String(value)]
    const prev = params[key]
    const all = prev === undefined ? values : [...(Array.isArray(prev) ? prev : [prev]), ...values]
    params[key] = Array.isArray(value) || all.length > 1 ? all : all[0]
  }
  for (const [k, v] of query) put(k, v)
  if (body.length === 0) return params
  if (contentType.includes('application/json')) {
    let json: unknown
    try {
      json = JSON.parse(body.toString('utf8'))
    } catch {
      throw new HttpError(400, 'Invalid JSON body')
    }
    if (json && typeof json === 'object' && !Array.isArray(json)) {
      for (const [k, v] of Object.entries(json)) {
        if (k === 'dictionaries' && Array.isArray(v)) {
          v.forEach((d, i) => {
            for (const [dk, dv] of Object.entries(d as object)) put(`dictionaries[${i}].${dk}`, dv)
          })
        } else put(k, v)
      }
    }
  } else {
    for (const [k, v] of new URLSearchParams(body.toString('utf8'))) put(k, v)
  }
  return params
}

const one = (params: Params, key: string): string | undefined => {
  const v = params[key]
  return Array.isArray(v) ? v[0] : v
}

const many = (params: Params, key: string): string[] => {
  const v = params[key]
  return v === undefined ? [] : Array.isArray(v) ? v : [v]
}

const ERROR_MESSAGES: Record<FaultStatus, string> = {
  403: 'Authorization failed. Please supply a valid auth_key parameter.',
  429: 'Too many requests, please wait and resend your request.',
  456: 'Quota exceeded. The character limit has been reached.',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Temporary Error',
}

/** The most the fake buffers of one body; beyond it the body is counted and dropped (still a 413). */
const BODY_BUFFER_CAP = 16 * 1024 * 1024

// ---------------------------------------------------------------------------------------------
// Server

interface Fault {
  kind: 'fail' | 'hang'
  status?: FaultStatus
  path?: string
}

export const startFakeDeepl = async (options: FakeDeeplOptions = {}): Promise<FakeDeepl> => {
  const authKey = options.authKey ?? 'fake-deepl-auth-key'
  const initialCount = options.characterCount ?? 0
  const requests: TranslateRequestLog[] = []
  const calls: FakeDeeplCall[] = []
  const glossaries = new Map<string, FakeGlossary>()
  let faults: Fault[] = []
  let billed = 0
  const hanging = new Set<ServerResponse>()

  const state = { characterLimit: options.characterLimit ?? 1_000_000 }

  const send = (
    res: ServerResponse,
    status: number,
    body?: unknown,
    contentType = 'application/json; charset=utf-8',
  ) => {
    if (body === undefined) {
      res.writeHead(status).end()
      return
    }
    const payload = typeof body === 'string' ? body : JSON.stringify(body)
    res.writeHead(status, { 'Content-Type': contentType, 'Content-Length': Buffer.byteLength(payload) }).end(payload)
  }

  const findGlossary = (id: string | undefined): FakeGlossary => {
    if (!id || !UUID.test(id)) throw new HttpError(400, "Value for 'glossary_id' not supported.")
    const glossary = glossaries.get(id)
    if (!glossary) throw new HttpError(404, 'Glossary not found')
    return glossary
  }

  const v2Glossary = (id: string | undefined): FakeGlossary => {
    const glossary = findGlossary(id)
    if (glossary.dictionaries.length !== 1) {
      throw new HttpError(400, 'This glossary has several dictionaries; use the v3 glossary endpoints')
    }
    return glossary
  }

  const store = (name: string | undefined, dictionaries: FakeGlossaryDictionary[]): FakeGlossary => {
    if (!name) throw new HttpError(400, "Missing or invalid argument: name'")
    const glossary: FakeGlossary = { glossaryId: randomUUID(), name, creationTime: new Date(), dictionaries }
    glossaries.set(glossary.glossaryId, glossary)
    return glossary
  }

  const translate = (params: Params, log: TranslateRequestLog) => {
    const texts = log.texts
    if (texts.length === 0) throw new HttpError(400, "Parameter 'text' not specified.")
    if (texts.length > DEEPL_MAX_TEXTS) {
      throw new HttpError(
        413,
        'Request Entity Too Large',
        `Too many texts: ${texts.length}, at most ${DEEPL_MAX_TEXTS} are allowed per request.`,
      )
    }
    const targetRaw = one(params, 'target_lang')
    if (!targetRaw) throw new HttpError(400, "Parameter 'target_lang' not specified.")
    const target = TARGET_LANGUAGES.find((l) => l.code === targetRaw.toUpperCase())
    if (!target) throw new HttpError(400, "Value for 'target_lang' not supported.")
    const sourceRaw = one(params, 'source_lang')
    const source =
      sourceRaw === undefined ? undefined : SOURCE_LANGUAGES.find((l) => l.code === sourceRaw.toUpperCase())
    if (sourceRaw !== undefined && !source) throw new HttpError(400, "Value for 'source_lang' not supported.")

    const tagHandling = one(params, 'tag_handling')
    if (tagHandling !== undefined && tagHandling !== 'html' && tagHandling !== 'xml') {
      throw new HttpError(400, "Value for 'tag_handling' not supported.")
    }
    const formality = one(params, 'formality')
    if (formality !== undefined) {
      if (!['default', 'more', 'less', 'prefer_more', 'prefer_less'].includes(formality)) {
        throw new HttpError(400, "Value for 'formality' not supported.")
      }
      if ((formality === 'more' || formality === 'less') && !target.supportsFormality) {
        throw new HttpError(400, "'formality' is not supported for given 'target_lang'.")
      }
    }

    const glossaryIds = [
      ...many(params, 'glossary_id'),
      ...many(params, 'glossary_ids').flatMap((ids) => ids.split(',')),
    ]
      .map((id) => id.trim())
      .filter(Boolean)
    const terms: Record<string, string> = {}
    if (glossaryIds.length > 0) {
      if (!source) throw new HttpError(400, 'Use of a glossary requires the source_lang parameter to be specified')
      for (const id of glossaryIds) {
        if (!UUID.test(id)) throw new HttpError(400, "Value for 'glossary_id' not supported.")
        const glossary = glossaries.get(id)
        if (!glossary) throw new HttpError(400, 'Glossary not found', `No glossary with id ${id}`)
        const dict = glossary.dictionaries.find(
          (d) => d.sourceLang === baseLanguage(source.code) && d.targetLang === baseLanguage(target.code),
        )
        if (!dict) {
          throw new HttpError(400, "Language pair of the glossary doesn't match the language pair of the request")
        }
        for (const [s, t] of Object.entries(dict.entries)) if (!(s in terms)) terms[s] = t
      }
    }

    const ignoreTags = many(params, 'ignore_tags')
      .flatMap((t) => t.split(','))
      .map((t) => t.trim())
      .filter(Boolean)
    const characters = texts.reduce((sum, t) => sum + billedLength(t), 0)
    if (initialCount + billed + characters > state.characterLimit) {
      throw new HttpError(456, 'Quota for this billing period has been exceeded.')
    }
    billed += characters
    log.billedCharacters = characters
    const showBilled = ['1', 'true'].includes(String(one(params, 'show_billed_characters')).toLowerCase())
    return {
      translations: texts.map((text) => ({
        detected_source_language: source?.code ?? detectLanguage(text),
        text: pseudoTranslate(text, target.code, {
          tagHandling: tagHandling as 'html' | 'xml' | undefined,
          glossary: terms,
          ignoreTags,
        }),
        ...(showBilled ? { billed_characters: billedLength(text) } : {}),
      })),
    }
  }

  /** Routes an authenticated request; returns [status, body, contentType?]. */
  const route = (method: string, path: string, params: Params): [number, unknown, string?] => {
    const seg = path.split('/').filter(Boolean)
    const is = (m: string, pattern: RegExp) => method === m && pattern.test(path)

    if ((method === 'GET' || method === 'POST') && path === '/v2/usage') {
      return [200, { character_count: initialCount + billed, character_limit: state.characterLimit }]
    }
    if ((method === 'GET' || method === 'POST') && path === '/v2/languages') {
      const type = one(params, 'type') ?? 'source'
      if (type === 'source') return [200, SOURCE_LANGUAGES.map((l) => ({ language: l.code, name: l.name }))]
      if (type === 'target') {
        return [
          200,
          TARGET_LANGUAGES.map((l) => ({ language: l.code, name: l.name, supports_formality: l.supportsFormality })),
        ]
      }
      throw new HttpError(400, "Parameter 'type' is invalid. 'source' and 'target' are valid values.")
    }
    if (method === 'GET' && path === '/v2/glossary-language-pairs') {
      const pairs = GLOSSARY_LANGUAGES.flatMap((s) =>
        GLOSSARY_LANGUAGES.filter((t) => t !== s).map((t) => ({ source_lang: s, target_lang: t })),
      )
      return [200, { supported_languages: pairs }]
    }

    // v2 glossaries
    if (is('POST', /^\/v2\/glossaries$/)) {
      const dict = buildDictionary(
        one(params, 'source_lang'),
        one(params, 'target_lang'),
        one(params, 'entries'),
        one(params, 'entries_format'),
      )
      return [201, v2Info(store(one(params, 'name'), [dict]))]
    }
    if (is('GET', /^\/v2\/glossaries$/)) {
      const list = [...glossaries.values()].filter((g) => g.dictionaries.length === 1).map(v2Info)
      return [200, { glossaries: list }]
    }
    if (is('GET', /^\/v2\/glossaries\/[^/]+$/)) return [200, v2Info(v2Glossary(seg[2]))]
    if (is('GET', /^\/v2\/glossaries\/[^/]+\/entries$/)) {
      return [200, toTsv(v2Glossary(seg[2]).dictionaries[0].entries), 'text/tab-separated-values; charset=utf-8']
    }
    if (is('DELETE', /^\/v2\/glossaries\/[^/]+$/)) {
      glossaries.delete(v2Glossary(seg[2]).glossaryId)
      return [204, undefined]
    }

    // v3 (multilingual) glossaries
    const v3Dictionaries = (): FakeGlossaryDictionary[] => {
      const dicts: FakeGlossaryDictionary[] = []
      for (
        let i = 0;
        one(params, `dictionaries[${i}].source_lang`) !== undefined ||
        one(params, `dictionaries[${i}].entries`) !== undefined;
        i++
      ) {
        const p = (k: string) => one(params, `dictionaries[${i}].${k}`)
        const dict = buildDictionary(p('source_lang'), p('target_lang'), p('entries'), p('entries_format'))
        if (dicts.some((d) => d.sourceLang === dict.sourceLang && d.targetLang === dict.targetLang)) {
          throw new HttpError(400, 'Duplicate dictionary language pair')
        }
        dicts.push(dict)
      }
      return dicts
    }
    const pairFromQuery = (): [string, string] => {
      const s = one(params, 'source_lang')
      const t = one(params, 'target_lang')
      if (!s || !t) throw new HttpError(400, "Missing or invalid argument: source_lang' or target_lang'")
      const pair: [string, string] = [baseLanguage(s), baseLanguage(t)]
      if (!isGlossaryPair(...pair)) throw new HttpError(400, 'Unsupported glossary source and target language pair')
      return pair
    }
    const samePair = (d: FakeGlossaryDictionary, [s, t]: [string, string]) => d.sourceLang === s && d.targetLang === t

    if (is('POST', /^\/v3\/glossaries$/)) {
      const dicts = v3Dictionaries()
      if (dicts.length === 0) throw new HttpError(400, 'Glossary dictionaries must be provided')
      return [201, v3Info(store(one(params, 'name'), dicts))]
    }
    if (is('GET', /^\/v3\/glossaries$/)) return [200, { glossaries: [...glossaries.values()].map(v3Info) }]
    if (is('GET', /^\/v3\/glossaries\/[^/]+$/)) return [200, v3Info(findGlossary(seg[2]))]
    if (is('DELETE', /^\/v3\/glossaries\/[^/]+$/)) {
      glossaries.delete(findGlossary(seg[2]).glossaryId)
      return [204, undefined]
    }
    if (is('PATCH', /^\/v3\/glossaries\/[^/]+$/)) {
      const glossary = findGlossary(seg[2])
      const name = one(params, 'name')
      const dicts = v3Dictionaries()
      if (name === undefined && dicts.length === 0) throw new HttpError(400, 'Nothing to update')
      if (name !== undefined) {
        if (!name) throw new HttpError(400, "Missing or invalid argument: name'")
        glossary.name = name
      }
      for (const dict of dicts) {
        const existing = glossary.dictionaries.find((d) => samePair(d, [dict.sourceLang, dict.targetLang]))
        if (existing) Object.assign(existing.entries, dict.entries)
        else glossary.dictionaries.push(dict)
      }
      return [200, v3Info(glossary)]
    }
    if (is('GET', /^\/v3\/glossaries\/[^/]+\/entries$/)) {
      const glossary = findGlossary(seg[2])
      const pair = pairFromQuery()
      const dict = glossary.dictionaries.find((d) => samePair(d, pair))
      if (!dict) throw new HttpError(404, 'Dictionary not found')
      return [200, { dictionaries: [{ ...v3DictInfo(dict), entries: toTsv(dict.entries), entries_format: 'tsv' }] }]
    }
    if (is('PUT', /^\/v3\/glossaries\/[^/]+\/dictionaries$/)) {
      const glossary = findGlossary(seg[2])
      const dict = buildDictionary(
        one(params, 'source_lang'),
        one(params, 'target_lang'),
        one(params, 'entries'),
        one(params, 'entries_format'),
      )
      const index = glossary.dictionaries.findIndex((d) => samePair(d, [dict.sourceLang, dict.targetLang]))
      if (index >= 0) glossary.dictionaries[index] = dict
      else glossary.dictionaries.push(dict)
      return [index >= 0 ? 200 : 201, v3DictInfo(dict)]
    }
    if (is('DELETE', /^\/v3\/glossaries\/[^/]+\/dictionaries$/)) {
      const glossary = findGlossary(seg[2])
      const pair = pairFromQuery()
      const index = glossary.dictionaries.findIndex((d) => samePair(d, pair))
      if (index < 0) throw new HttpError(404, 'Dictionary not found')
      glossary.dictionaries.splice(index, 1)
      return [204, undefined]
    }
    return [404, { message: 'Not found' }]
  }

  const readBody = (req: IncomingMessage): Promise<{ body: Buffer; bytes: number }> =>
    new Promise((resolve, reject) => {
      const chunks: Buffer[] = []
      let bytes = 0
      req.on('data', (chunk: Buffer) => {
        bytes += chunk.length
        if (bytes <= BODY_BUFFER_CAP) chunks.push(chunk)
      })
      req.on('end', () => resolve({ body: Buffer.concat(chunks), bytes }))
      req.on('error', reject)
    })

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const method = (req.method ?? 'GET').toUpperCase()
    const url = new URL(req.url ?? '/', 'http://fake-deepl.local')
    const path = url.pathname.replace(/\/+$/, '') || '/'
    const contentType = String(req.headers['content-type'] ?? '')
    const call: FakeDeeplCall = { method, path, status: 0 }
    calls.push(call)
    let log: TranslateRequestLog | undefined
    const answer = (status: number, body?: unknown, type?: string) => {
      call.status = status
      if (log) log.status = status
      send(res, status, body, type)
    }

    let body: Buffer
    let bytes: number
    try {
      ;({ body, bytes } = await readBody(req))
    } catch {
      call.status = 'hung'
      return
    }

    let params: Params = {}
    let parseError: HttpError | undefined
    try {
      params = bytes > BODY_BUFFER_CAP ? {} : parseParams(url.searchParams, body, contentType)
    } catch (e) {
      parseError = e instanceof HttpError ? e : new HttpError(400, 'Invalid request body')
    }
    if (method === 'POST' && path === '/v2/translate') {
      log = {
        texts: many(params, 'text'),
        target_lang: one(params, 'target_lang'),
        source_lang: one(params, 'source_lang'),
        glossary_id: one(params, 'glossary_id'),
        glossary_ids: one(params, 'glossary_ids'),
        tag_handling: one(params, 'tag_handling'),
        context: one(params, 'context'),
        formality: one(params, 'formality'),
        params,
        contentType,
        bodyBytes: bytes,
        billedCharacters: 0,
        status: 0,
      }
      requests.push(log)
    }

    const faultIndex = faults.findIndex((f) => f.path === undefined || path.startsWith(f.path))
    if (faultIndex >= 0) {
      const [fault] = faults.splice(faultIndex, 1)
      if (fault.kind === 'hang') {
        call.status = 'hung'
        if (log) log.status = 'hung'
        hanging.add(res)
        res.on('close', () => hanging.delete(res))
        return
      }
      const status = fault.status!
      answer(status, { message: ERROR_MESSAGES[status] })
      return
    }

    const authorization = String(req.headers.authorization ?? '')
    if (authorization !== `DeepL-Auth-Key ${authKey}`) {
      answer(403, { message: ERROR_MESSAGES[403] })
      return
    }

    try {
      if (log) {
        if (bytes > DEEPL_MAX_BODY_BYTES)
          throw new HttpError(
            413,
            'Request Entity Too Large',
            `The request body is ${bytes} bytes, the limit is ${DEEPL_MAX_BODY_BYTES} bytes.`,
          )
        if (parseError) throw parseError
        answer(200, translate(params, log))
        return
      }
      if (bytes > BODY_BUFFER_CAP) throw new HttpError(413, 'Request Entity Too Large')
      if (parseError) throw parseError
      const [status, payload, type] = route(method, path, params)
      answer(status, payload, type)
    } catch (e) {
      if (e instanceof HttpError) {
        answer(e.status, e.detail === undefined ? { message: e.message } : { message: e.message, detail: e.detail })
      } else {
        answer(500, { message: ERROR_MESSAGES[500], detail: e instanceof Error ? e.message : String(e) })
      }
    }
  }

  const server = createServer((req, res) => {
    void handle(req, res).catch(() => {
      if (!res.headersSent) send(res, 500, { message: ERROR_MESSAGES[500] })
    })
  })
  // deepl-node keeps connections alive; never let the server drop an idle one under it first.
  server.keepAliveTimeout = 120_000
  // Quiet: a client that hangs up mid-request must not produce an unhandled error or a log line.
  server.on('clientError', (_err, socket) => socket.destroy())

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })
  const { port } = server.address() as AddressInfo

  const fake: FakeDeepl = {
    url: `http://127.0.0.1:${port}`,
    authKey,
    requests,
    calls,
    glossaries,
    get billedCharacters() {
      return billed
    },
    get characterLimit() {
      return state.characterLimit
    },
    set characterLimit(limit: number) {
      state.characterLimit = limit
    },
    addGlossary({ name, sourceLang, targetLang, entries }) {
      const source = baseLanguage(sourceLang)
      const target = baseLanguage(targetLang)
      if (!isGlossaryPair(source, target))
        throw new Error(`Unsupported glossary language pair ${sourceLang}→${targetLang}`)
      return store(name, [{ sourceLang: source, targetLang: target, entries: { ...entries } }])
    },
    failNext(status, times = 1, opts = {}) {
      if (!(status in ERROR_MESSAGES)) throw new Error(`failNext: unsupported status ${status}`)
      for (let i = 0; i < times; i++) faults.push({ kind: 'fail', status, path: opts.path })
    },
    hangNext(times = 1, opts = {}) {
      for (let i = 0; i < times; i++) faults.push({ kind: 'hang', path: opts.path })
    },
    reset() {
      requests.length = 0
      calls.length = 0
      glossaries.clear()
      faults = []
      billed = 0
      state.characterLimit = options.characterLimit ?? 1_000_000
      for (const res of hanging) res.destroy()
      hanging.clear()
    },
    stop() {
      faults = []
      for (const res of hanging) res.destroy()
      hanging.clear()
      return new Promise<void>((resolve) => {
        server.close(() => resolve())
        server.closeAllConnections()
      })
    },
  }
  return fake
}
