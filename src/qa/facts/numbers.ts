/**
 * Number tokens per language: digits with the language's grouping and decimal marks, Chinese
 * numerals, scale words (万, million, Mio.) and spelled-out small numbers. `numberPattern`
 * gives a regex source without capture groups, for the other extractors to embed;
 * `parseNumber` reads what it matched.
 */
import { chineseDigitChars, chineseNumeralChars, parseChineseNumeral } from './chineseNumerals'
import { cardinalWords, scaleWords } from './numberWords'

export type ParsedNumber = {
  value: number
  /** Written in words or Chinese numerals rather than digits. */
  spelled: boolean
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const alternation = (words: string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|')

/** Languages that group thousands with '.' or a space and write decimals with a comma. */
const commaDecimal = new Set(['fr', 'de', 'es', 'ru'])
const cjkNumerals = new Set(['zh', 'ja'])

/** Letters before or after a word: \p{L} with combining marks. */
export const notLetterBefore = '(?<![\\p{L}\\p{M}])'
export const notLetterAfter = '(?![\\p{L}\\p{M}])'

const digitsPattern = (locale: string) =>
  commaDecimal.has(locale)
    ? '(?:\\d{1,3}(?:[. ]\\d{3})+(?:,\\d+)?|\\d+(?:[,.]\\d+)?)'
    : '(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)'

const scalePattern = (locale: string): string => {
  const words = Object.keys(scaleWords[locale] ?? {})
  if (words.length === 0) return ''
  const spaced = cjkNumerals.has(locale) || locale === 'ko' ? '' : ' ?'
  const after = cjkNumerals.has(locale) || locale === 'ko' ? '' : notLetterAfter
  return `(?:${spaced}(?:${alternation(words)})${after})?`
}

const wordsPattern = (locale: string): string => {
  const words = Object.keys(cardinalWords[locale] ?? {})
  if (words.length === 0) return ''
  // Korean native numerals count things only before a counter or a space: 세 가지, 두 개 (세금 is tax).
  const after = locale === 'ko' ? '(?=\\s|개|가지|번|명|곳|장|권|부|차례)' : locale === 'ja' ? '' : notLetterAfter
  return `${notLetterBefore}(?:${alternation(words)})${after}`
}

const patterns = new Map<string, string>()

/** Regex source (for the `u` and `i` flags) matching one number in `locale`; no capture groups. */
export const numberPattern = (locale: string): string => {
  const known = patterns.get(locale)
  if (known) return known
  const parts = [`(?<![\\d])${digitsPattern(locale)}(?![\\d])${scalePattern(locale)}`]
  // At least one digit character: 百 or 千 alone is a word (百姓, 千家万户), not a number.
  // Not a weekday: 周一, 星期六, 礼拜三.
  if (cjkNumerals.has(locale))
    parts.push(`(?<![周期拜])[${chineseNumeralChars}億]*[${chineseDigitChars}][${chineseNumeralChars}億]*`)
  const words = wordsPattern(locale)
  if (words) parts.push(words)
  const pattern = `(?:${parts.join('|')})`
  patterns.set(locale, pattern)
  return pattern
}

/** Rounds away binary noise (1.1 × 10000). */
export const tidy = (value: number) => Number(value.toPrecision(12))

const parseDigits = (digits: string, locale: string): number | null => {
  const compact = digits.replace(/ /g, '')
  if (commaDecimal.has(locale)) {
    // A '.' before exactly three digits groups thousands; any other '.' or ',' is the decimal mark.
    if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(compact)) return Number(compact.replace(/\./g, '').replace(',', '.'))
    return Number(compact.replace(',', '.'))
  }
  return Number(compact.replace(/,/g, ''))
}

/** The value of a number token matched by `numberPattern(locale)`. */
export const parseNumber = (token: string, locale: string): ParsedNumber | null => {
  const text = token.trim()
  const digits = /^[\d., ]*\d/.exec(text)
  if (digits) {
    const base = parseDigits(digits[0], locale)
    if (base === null || Number.isNaN(base)) return null
    const rest = text.slice(digits[0].length).trim().toLowerCase()
    const scale = rest ? (scaleWords[locale]?.[rest] ?? null) : 1
    return scale === null ? null : { value: tidy(base * scale), spelled: false }
  }
  const chinese = parseChineseNumeral(text.replace(/億/g, '亿'))
  if (chinese !== null) return { value: chinese, spelled: true }
  const word = cardinalWords[locale]?.[text.toLowerCase()]
  return word === undefined ? null : { value: word, spelled: true }
}
