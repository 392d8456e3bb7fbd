/**
 * Dates, compared as ISO parts: 2026年3月20日, 2026-03-20, 20 March 2026, March 20, 2026,
 * 20. März 2026, 20 de marzo de 2026, 20 марта 2026 г., 20 مارس 2026 are all '2026-03-20'.
 * A date without year, month or day keeps '?' there ('?-03-20', '2026-03-?', '2026-?-?'), and
 * two dates match when the parts both give agree. The second date of a range inherits what it
 * leaves out (3月20日至25日, 1–5 March 2026).
 */
import { parseChineseNumeral } from './chineseNumerals'
import { type Extractor, type Found, groupEnd, groupStart, perLocale } from './extractor'
import { monthNames } from './months'
import { notLetterAfter, notLetterBefore } from './numbers'

type Parts = { y?: number; m?: number; d?: number }

const part = (value: number | undefined) => (value === undefined ? '?' : String(value).padStart(2, '0'))

export const dateValue = ({ y, m, d }: Parts) => `${y === undefined ? '?' : y}-${part(m)}-${part(d)}`

export const parseDateValue = (value: string): Parts => {
  const [y, m, d] = value.split('-').map((piece) => (piece === '?' ? undefined : Number(piece)))
  return { y, m, d }
}

/** Both name the same day, month or year as far as both say. */
export const compatibleDates = (a: string, b: string): boolean => {
  const x = parseDateValue(a)
  const y = parseDateValue(b)
  let shared = 0
  for (const key of ['y', 'm', 'd'] as const) {
    if (x[key] === undefined || y[key] === undefined) continue
    if (x[key] !== y[key]) return false
    shared++
  }
  return shared > 0
}

const valid = ({ m, d }: Parts) => (m === undefined || (m >= 1 && m <= 12)) && (d === undefined || (d >= 1 && d <= 31))

const num = (text: string | undefined): number | undefined => {
  if (!text) return undefined
  if (/^\d+$/.test(text)) return Number(text)
  return parseChineseNumeral(text) ?? undefined
}

const found = (parts: Parts, extra: Partial<Found> = {}): Found[] =>
  valid(parts)
    ? [{ value: dateValue(parts), numbers: [parts.y, parts.m, parts.d].filter((n): n is number => n !== undefined), ...extra }]
    : []

// ---------------------------------------------------------------------------------------------
// 2026年3月20日, 3月20日至25日, 2026년 3월 20일

const cjk = new Set(['zh', 'ja', 'ko'])
const yearCjk = '\\d{4}|[〇零一二三四五六七八九]{4}'
const smallCjk = '\\d{1,2}|[一二三四五六七八九十]{1,3}'
const rangeCjk = '\\s*(?:[-–—~]|至|到|から|～)\\s*'

const cjkDate = perLocale((locale) =>
  cjk.has(locale)
    ? new RegExp(
        `(?<![\\d])(?:(${yearCjk})\\s*[年년]\\s*)?(${smallCjk})\\s*[月월](?:\\s*(${smallCjk})\\s*[日号號일])?` +
          `(?:${rangeCjk}(?:(${smallCjk})\\s*[月월]\\s*)?(${smallCjk})\\s*[日号號일]|${rangeCjk}(${smallCjk})\\s*[月월](?![\\d]))?`,
        'gd',
      )
    : null,
)

export const cjkDates: Extractor = {
  kind: 'date',
  pattern: cjkDate,
  read: (match) => {
    const [, y, m, d, m2, d2, mOnly] = match
    const first: Parts = { y: num(y), m: num(m), d: num(d) }
    // A month on its own (3月) may be left implicit by a translation.
    const weak = first.y === undefined && first.d === undefined
    const head = found(first, { weak, end: groupEnd(match, d ? 3 : 2) + 1 })
    if (head.length === 0) return []
    if (d2)
      return [...head, ...found({ y: first.y, m: num(m2) ?? first.m, d: num(d2) }, { start: groupStart(match, m2 ? 4 : 5) })]
    if (mOnly) return [...head, ...found({ y: first.y, m: num(mOnly) }, { start: groupStart(match, 6), weak })]
    return head
  },
}

/** 2026年, 2023—2025年: years alone. */
const cjkYear = perLocale((locale) =>
  cjk.has(locale) ? new RegExp(`(?<![\\d])(${yearCjk})(?:\\s*(?:[-–—~]|至|到)\\s*(${yearCjk}))?\\s*[年년]`, 'gd') : null,
)

export const cjkYears: Extractor = {
  kind: 'date',
  pattern: cjkYear,
  read: (match) => [
    ...found({ y: num(match[1]) }, match[2] ? { end: groupEnd(match, 1) } : {}),
    ...(match[2] ? found({ y: num(match[2]) }, { start: groupStart(match, 2) }) : []),
  ],
}

// ---------------------------------------------------------------------------------------------
// 2026-03-20, 2026/3/20, 20.03.2026, 20/03/2026

const isoDate = /(?<![\d.\/-])(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g
export const isoDates: Extractor = {
  kind: 'date',
  pattern: () => isoDate,
  read: (match) => found({ y: Number(match[1]), m: Number(match[3]), d: Number(match[4]) }),
}

const dayFirst = /(?<![\d.\/-])(\d{1,2})([./])(\d{1,2})\2(\d{4})(?![\d])/g
export const numericDates: Extractor = {
  kind: 'date',
  pattern: () => dayFirst,
  read: (match, locale) => {
    const a = Number(match[1])
    const b = Number(match[3])
    // Day first everywhere; in English, month first only when the day-first reading is impossible.
    const monthFirst = locale === 'en' && match[2] === '/' && b > 12 && a <= 12
    return found({ y: Number(match[4]), m: monthFirst ? a : b, d: monthFirst ? b : a })
  },
}

// ---------------------------------------------------------------------------------------------
// Month names: 20 March 2026, 1–5 March, March 20, 2026, March 2026, 20 марта, 20 مارس 2026

const flags = (locale: string) => (locale === 'en' ? 'gdu' : 'gdiu')
const daySuffix = '(?:st|nd|rd|th|er|re|e|º|ª|\\.)?'
const rangeWord = '\\s*(?:-|–|—|to|au|bis|al|a|по|до|و|إلى)\\s*'
const yearTail = '(?:,?\\s+(?:de\\s+|del\\s+|of\\s+)?(\\d{4})(?![\\d]))?'

const dayMonth = perLocale((locale) => {
  const names = monthNames(locale)
  if (!names) return null
  return new RegExp(
    `(?<![\\d.])(\\d{1,2})${daySuffix}(?:${rangeWord}(\\d{1,2})${daySuffix})?\\s*(?:de\\s+|of\\s+)?${notLetterBefore}(${names.any})\\.?${notLetterAfter}${yearTail}`,
    flags(locale),
  )
})

/** A date with a month name, or two when its days form a range (1–5 March); `at` gives the groups. */
const namedDates = (
  match: RegExpExecArray,
  locale: string,
  at: { day: number; lastDay: number; month: number; year: number },
) => {
  const m = monthNames(locale)!.monthOf(match[at.month])
  if (m === null) return []
  const y = match[at.year] ? Number(match[at.year]) : undefined
  if (!match[at.lastDay]) return found({ y, m, d: Number(match[at.day]) })
  return [
    ...found({ y, m, d: Number(match[at.day]) }, { end: groupEnd(match, at.day) }),
    ...found({ y, m, d: Number(match[at.lastDay]) }, { start: groupStart(match, at.lastDay) }),
  ]
}

export const dayMonthDates: Extractor = {
  kind: 'date',
  pattern: dayMonth,
  read: (match, locale) => namedDates(match, locale, { day: 1, lastDay: 2, month: 3, year: 4 }),
}

const monthDay = perLocale((locale) => {
  const names = monthNames(locale)
  if (!names) return null
  return new RegExp(
    `${notLetterBefore}(${names.any})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?:\\s*(?:-|–|—|to)\\s*(\\d{1,2})(?:st|nd|rd|th)?(?![\\d]))?${yearTail}`,
    flags(locale),
  )
})

export const monthDayDates: Extractor = {
  kind: 'date',
  pattern: monthDay,
  read: (match, locale) => namedDates(match, locale, { month: 1, day: 2, lastDay: 3, year: 4 }),
}

const monthYear = perLocale((locale) => {
  const names = monthNames(locale)
  if (!names) return null
  return new RegExp(
    `${notLetterBefore}(${names.any})\\.?${notLetterAfter},?\\s+(?:de\\s+|del\\s+|of\\s+)?(\\d{4})(?![\\d])`,
    flags(locale),
  )
})

export const monthYearDates: Extractor = {
  kind: 'date',
  pattern: monthYear,
  read: (match, locale) => {
    const m = monthNames(locale)!.monthOf(match[1])
    return m === null ? [] : found({ y: Number(match[2]), m })
  },
}

const monthAlone = perLocale((locale) => {
  const names = monthNames(locale)
  return names ? new RegExp(`${notLetterBefore}(${names.long})${notLetterAfter}`, flags(locale)) : null
})

/** A month named alone ("in November"): weak, since a translation may fold it into a date. */
export const monthOnlyDates: Extractor = {
  kind: 'date',
  pattern: monthAlone,
  read: (match, locale) => {
    const m = monthNames(locale)!.monthOf(match[1])
    return m === null ? [] : found({ m }, { weak: true })
  },
}

export const dateExtractors: Extractor[] = [
  isoDates,
  numericDates,
  cjkDates,
  cjkYears,
  dayMonthDates,
  monthDayDates,
  monthYearDates,
  monthOnlyDates,
]
