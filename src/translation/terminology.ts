/**
 * Terminology check: which glossary terms occur in the Chinese source but whose approved
 * rendering is missing from the translation. Pure functions, no Payload, no network.
 *
 * Matching rules
 * - Source side: the Chinese term must occur in the source, ignoring whitespace and Unicode
 *   normalization differences. When terms overlap ("国际服务门户" and "国际服务"), the longest
 *   match claims its characters first; a shorter term that only occurs inside a longer matched
 *   term is not checked on its own.
 * - Target side: the expected text (approved rendering, or the term itself when doNotTranslate)
 *   must occur somewhere in the target as a substring (no word boundaries, so inflected or
 *   compound forms that contain the rendering pass):
 *   - Latin and Cyrillic languages (en fr de es ru): case-insensitive; runs of whitespace
 *     (incl. no-break spaces) count as one space; typographic apostrophes/quotes match plain ones.
 *   - Japanese, Korean: exact characters, whitespace ignored altogether.
 *   - Arabic (and anything else): exact characters, runs of whitespace count as one space.
 *   Everywhere: NFC normalization, zero-width characters and soft hyphens ignored.
 * - One finding per term, however often it occurs in the source; presence in the target
 *   once is enough. Findings come in the order the terms first appear in the source.
 * Callers pass plain text (strip markup from rich text first).
 */

export type TerminologyEntry = {
  /** Chinese term. */
  term: string
  /** Approved rendering in the target language. */
  approved: string
  /** Keep the term as written: the term itself must appear in the target. */
  doNotTranslate?: boolean
}

export type TerminologyFinding = {
  /** Chinese term found in the source. */
  term: string
  /** The text that should have appeared in the target. */
  expected: string
  /** Field the finding belongs to (documentTerminologyFindings). */
  field?: string
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g
const caseInsensitiveLocales = new Set(['en', 'fr', 'de', 'es', 'ru'])
const spacelessLocales = new Set(['ja', 'ko', 'zh'])

const baseOf = (locale: string) => locale.toLowerCase().split(/[-_]/)[0]

const clean = (text: string) => text.normalize('NFC').replace(INVISIBLE, '')

/** Source-side form: whitespace removed. */
const normalizeSource = (text: string) => clean(text).replace(/\s+/g, '')

/** Target-side form for one language; the same function is applied to the target and the expected text. */
export const targetNormalizer = (locale: string): ((text: string) => string) => {
  const base = baseOf(locale)
  if (caseInsensitiveLocales.has(base)) {
    return (text) =>
      clean(text)
        .replace(/[\u2018\u2019\u201b\u02bc\u2032`´]/g, "'")
        .replace(/[\u201c\u201d\u201e\u201f\u00ab\u00bb\u2033]/g, '"')
        .replace(/[\u2010\u2011]/g, '-')
        .replace(/\s+/g, ' ')
        .trim()
        .toLowerCase()
  }
  if (spacelessLocales.has(base)) return (text) => clean(text).replace(/\s+/g, '')
  return (text) => clean(text).replace(/\s+/g, ' ').trim()
}

type Prepared = { term: string; expected: string; key: string }

const prepare = (entries: readonly TerminologyEntry[]): Prepared[] => {
  const seen = new Set<string>()
  const prepared: Prepared[] = []
  for (const entry of entries) {
    const term = entry?.term?.trim()
    if (!term) continue
    const expected = (entry.doNotTranslate ? term : entry.approved)?.trim()
    if (!expected) continue
    const key = normalizeSource(term)
    if (!key || seen.has(key)) continue
    seen.add(key)
    prepared.push({ term, expected, key })
  }
  // Longest first, so a longer term claims its characters before the terms it contains.
  return prepared.sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
}

/** Terms of `prepared` that occur in the source, with the position of their first free occurrence. */
const termsInSource = (source: string, prepared: Prepared[]): { entry: Prepared; at: number }[] => {
  const text = normalizeSource(source)
  const claimed = new Uint8Array(text.length)
  const found: { entry: Prepared; at: number }[] = []
  for (const entry of prepared) {
    let first = -1
    for (let at = text.indexOf(entry.key); at >= 0; at = text.indexOf(entry.key, at + 1)) {
      let free = false
      for (let i = at; i < at + entry.key.length; i++) if (!claimed[i]) free = true
      if (!free) continue
      claimed.fill(1, at, at + entry.key.length)
      if (first < 0) first = at
    }
    if (first >= 0) found.push({ entry, at: first })
  }
  return found.sort((a, b) => a.at - b.at)
}

/** Which of `terms` occur in `source` (Chinese), by the same matching rules, in order of appearance. */
export const termsOccurring = (source: string, terms: readonly string[]): string[] =>
  termsInSource(source, prepare(terms.map((term) => ({ term, approved: term })))).map(({ entry }) => entry.term)

/**
 * Glossary terms that occur in `sourceText` (Chinese) whose approved rendering (or, for
 * doNotTranslate terms, the term itself) is missing from `targetText` in language `locale`.
 */
export const terminologyFindings = (
  sourceText: string,
  targetText: string,
  entries: readonly TerminologyEntry[],
  locale: string,
): TerminologyFinding[] => {
  if (!sourceText || entries.length === 0) return []
  const normalize = targetNormalizer(locale)
  const target = normalize(targetText ?? '')
  return termsInSource(sourceText, prepare(entries))
    .filter(({ entry }) => {
      const expected = normalize(entry.expected)
      return expected !== '' && !target.includes(expected)
    })
    .map(({ entry }) => ({ term: entry.term, expected: entry.expected }))
}

/**
 * The check for a whole document: one (source, target) pair per translated field, findings
 * labelled with the field. Pairs whose target is empty (not translated yet) are skipped.
 */
export const documentTerminologyFindings = (
  pairs: readonly { field: string; source: string; target: string }[],
  entries: readonly TerminologyEntry[],
  locale: string,
): TerminologyFinding[] =>
  pairs.flatMap(({ field, source, target }) =>
    target && target.trim() ? terminologyFindings(source, target, entries, locale).map((finding) => ({ ...finding, field })) : [],
  )
