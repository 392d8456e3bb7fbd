/**
 * What is left once dates, times, money and the rest are claimed: house numbers (民生路1500号),
 * list numbering and ordinals (weak), and plain numbers in digits, Chinese numerals or words.
 */
import { type Extractor, perLocale } from './extractor'
import { notLetterAfter, notLetterBefore, numberPattern, parseNumber } from './numbers'
import { ordinalWords } from './numberWords'

const found = (value: number, weak: boolean) => [{ value: String(value), numbers: [value], weak }]

/** 民生路1500号, 申港大道200号, 华夏西路2999号 (a building or line number, 5号楼 or 2号线, is a plain number). */
const housePattern = /(?<=[路街道巷弄里])(\d+)(?:\s*[-—–]\s*(\d+))?\s*号(?![线楼院])/dg

export const houseNumbers: Extractor = {
  kind: 'houseNumber',
  pattern: (locale) => (locale === 'zh' || locale === 'ja' ? housePattern : null),
  read: (match) => [
    { value: String(Number(match[1])), numbers: [Number(match[1])] },
    ...(match[2] ? [{ value: String(Number(match[2])), numbers: [Number(match[2])] }] : []),
  ],
}

/**
 * List numbering: "1." or "（一）" opening a block, "(1)" or "①" anywhere. Translations
 * renumber or drop it, so it is weak.
 */
const enumeratorPattern =
  /^\s*(?:(\d{1,2})[.)、](?![\d])|[(](\d{1,2})[)]|[(]?([一二三四五六七八九十]{1,3})[)、])|[(](\d{1,2}|[一二三四五六七八九十]{1,3})[)]|([①-⑳])/gmu

export const enumerators: Extractor = {
  kind: 'ordinal',
  pattern: () => enumeratorPattern,
  read: (match, locale) => {
    const circled = match[5] ? match[5].charCodeAt(0) - 0x2460 + 1 : null
    const token = match[1] ?? match[2] ?? match[3] ?? match[4]
    const value = circled ?? parseNumber(token, /\d/.test(token) ? locale : 'zh')?.value
    return value === undefined ? [] : found(value, true)
  },
}

const digitOrdinalSuffix: Record<string, string> = {
  en: '(?:st|nd|rd|th)',
  fr: '(?:er|re|e|ème|eme)',
  es: '\\.?[ºª°]',
  ru: '-?(?:й|я|е|го|му|м|х|ый|ой|ая)',
  de: '\\.(?=\\s+\\p{L})',
}

/** 第一章, 第9届, 제5조, 9th, 1er, 1.º, 5-й, der 9. Kongress, first, premier, erste… (weak). */
const ordinalPattern = perLocale((locale) => {
  const num = numberPattern(locale)
  const parts: string[] = []
  if (locale === 'zh' || locale === 'ja') parts.push(`第\\s*(${num})`)
  if (locale === 'ko') parts.push(`제\\s*(\\d+)`)
  else parts.push('(?!)')
  if (digitOrdinalSuffix[locale]) parts.push(`(?<![\\d.])(\\d{1,3})${digitOrdinalSuffix[locale]}${notLetterAfter}`)
  else parts.push('(?!)')
  const words = Object.keys(ordinalWords[locale] ?? {})
  if (words.length) parts.push(`${notLetterBefore}(${words.sort((a, b) => b.length - a.length).join('|')})${notLetterAfter}`)
  return new RegExp(parts.join('|'), 'giu')
})

export const ordinals: Extractor = {
  kind: 'ordinal',
  pattern: ordinalPattern,
  read: (match, locale) => {
    const [whole] = match
    const groups = match.slice(1).filter((group) => group !== undefined)
    const token = groups[0]
    if (token === undefined) return []
    const word = ordinalWords[locale]?.[token.toLowerCase()]
    const value = word ?? parseNumber(token, locale)?.value
    return value === undefined || !whole ? [] : found(value, true)
  },
}

/** Chinese numerals as plain numbers: a small count (两张, 三大) may be rephrased, a large one may not. */
const smallCount = 12

export const numbers: Extractor = {
  kind: 'number',
  pattern: perLocale((locale) => new RegExp(numberPattern(locale), 'giu')),
  read: (match, locale) => {
    const parsed = parseNumber(match[0], locale)
    if (!parsed) return []
    // 1 and 2 are often implied: an article, a dual or "both" (人次 → 1回, 2张 → صورتان, "both photos").
    return found(parsed.value, parsed.value <= 2 || (parsed.spelled && (parsed.value <= smallCount || locale !== 'zh')))
  },
}
