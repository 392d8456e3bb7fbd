/** Percentages: 15%, 15 %, 百分之十五, 15 per cent, 15 Prozent, %15 (Arabic order) are all '15'. */
import { parseChineseNumeral } from './chineseNumerals'
import type { Extractor } from './extractor'
import { perLocale } from './extractor'
import { notLetterAfter, numberPattern, parseNumber } from './numbers'

const words = 'per ?cent|percent|pour ?cent|Prozent|por ?ciento|процент(?:а|ов)?|بالمئة|بالمائة|في المائة|في المئة'

const percentPattern = perLocale((locale) => {
  const num = numberPattern(locale)
  const parts = [`(${num})\\s*(?:(%|‰)|(?:${words})${notLetterAfter})`]
  // Arabic also writes the sign first: %15.
  parts.push(locale === 'ar' ? '(?<![\\d])%\\s*(\\d+(?:[.,]\\d+)?)(?![\\d])' : '(?!)')
  if (locale === 'zh') parts.push('百分之([\\d.]+|[零〇一二两三四五六七八九十百]+)')
  return new RegExp(parts.join('|'), 'giu')
})

export const percents: Extractor = {
  kind: 'percent',
  pattern: percentPattern,
  read: (match, locale) => {
    const token = match[1] ?? match[3] ?? match[4]
    const parsed = parseNumber(token, locale)
    if (!parsed) return []
    const value = match[2] === '‰' ? parsed.value / 10 : parsed.value
    return [{ value: String(value), numbers: [value], weak: parsed.spelled && locale !== 'zh' }]
  },
}

/** 九成 (Japanese 9割) = nine tenths: weak, since translations say "nine in ten" or "90%". */
const tenthsPattern = /(?<![一二三四五六七八九十百千万零〇两\d])([一二三四五六七八九]|\d)成(?![为功立本员果绩不])/gu
const japaneseTenths = /(?<![一二三四五六七八九十百千万零〇\d])([一二三四五六七八九]|\d|10)割(?![合引愛])/gu

export const tenths: Extractor = {
  kind: 'percent',
  pattern: (locale) => (locale === 'zh' ? tenthsPattern : locale === 'ja' ? japaneseTenths : null),
  read: (match) => {
    const value = (/\d/.test(match[1]) ? Number(match[1]) : parseChineseNumeral(match[1])!) * 10
    return [{ value: String(value), numbers: [value], weak: true }]
  },
}
