/**
 * Clock times as minutes since midnight: 17:00, 5 p.m., 下午5点, 午後5時, 오후 5시, 17 h, 17 Uhr
 * and 5:00 مساءً are all '1020'. A range is two times (9:00-17:00 = 9 a.m.–5 p.m.).
 */
import { parseChineseNumeral } from './chineseNumerals'
import { type Extractor, type Found, groupEnd, groupStart, perLocale } from './extractor'

const afternoon = /^(?:下午|晚上|傍晚|午後|오후|p|مساء|م$)/i
const noon = /^(?:中午|ظهر)/

type Clock = { h: number; m: number }

/** Applies a 12-hour marker (a.m., 下午, 오후, مساءً) to an hour. */
const withMarker = ({ h, m }: Clock, marker: string | undefined): Clock => {
  if (!marker) return { h, m }
  const mark = marker.trim().toLowerCase()
  if (afternoon.test(mark)) return { h: h < 12 ? h + 12 : h, m }
  if (noon.test(mark)) return { h: h < 11 ? h + 12 : h, m }
  if (/^a/.test(mark) && h === 12) return { h: 0, m }
  return { h, m }
}

const found = ({ h, m }: Clock, extra: Partial<Found> = {}): Found[] =>
  h <= 24 && m < 60 && !(h === 24 && m > 0) ? [{ value: String(h * 60 + m), numbers: m ? [h, m] : [h], ...extra }] : []

const hourOf = (text: string) => (/^\d+$/.test(text) ? Number(text) : (parseChineseNumeral(text) ?? 99))
const minutesOf = (text: string | undefined) => (!text ? 0 : text === '半' ? 30 : Number(text))

// ---------------------------------------------------------------------------------------------
// 9 a.m.–5 p.m., 9–11 a.m., 9am to noon (English, Spanish)

const ampm = 'a\\.?\\s?m\\.?|p\\.?\\s?m\\.?'
const twelveHour = new Set(['en', 'es'])

const clock12 = `(\\d{1,2})(?:[:.]([0-5]\\d))?\\s*(${ampm})?`
const range12 = perLocale((locale) =>
  twelveHour.has(locale)
    ? new RegExp(
        `(?<![\\d:.])${clock12}\\s*(?:-|–|—|to|until|till|a|hasta)\\s*(?:(noon|midday|mediodía)|${clock12})(?![\\p{L}\\d])`,
        'gdiu',
      )
    : null,
)

export const twelveHourRanges: Extractor = {
  kind: 'time',
  pattern: range12,
  read: (match) => {
    const [, h1, m1, mark1, noonWord, h2, m2, mark2] = match
    if (!mark1 && !mark2 && !noonWord) return []
    const second: Clock = noonWord ? { h: 12, m: 0 } : withMarker({ h: Number(h2), m: minutesOf(m2) }, mark2)
    // "9–11 a.m." shares the marker; "10–2 p.m." starts in the morning.
    const firstRaw = { h: Number(h1), m: minutesOf(m1) }
    const first = mark1
      ? withMarker(firstRaw, mark1)
      : withMarker(firstRaw, noonWord || firstRaw.h > Number(h2 ?? 12) ? 'am' : mark2)
    if (firstRaw.h > 12 || (!noonWord && Number(h2) > 12)) return []
    return [
      ...found(first, { end: groupEnd(match, mark1 ? 3 : m1 ? 2 : 1) }),
      ...found(second, { start: groupStart(match, noonWord ? 4 : 5) }),
    ]
  },
}

const single12 = perLocale((locale) =>
  twelveHour.has(locale)
    ? new RegExp(`(?<![\\d:.])(\\d{1,2})(?:[:.]([0-5]\\d))?\\s*(${ampm})(?![\\p{L}])|(noon|midday|mediodía)`, 'gdiu')
    : null,
)

export const twelveHourTimes: Extractor = {
  kind: 'time',
  pattern: single12,
  read: (match) => {
    if (match[4]) return found({ h: 12, m: 0 }, { weak: true })
    const h = Number(match[1])
    return h > 12 ? [] : found(withMarker({ h, m: minutesOf(match[2]) }, match[3]))
  },
}

// ---------------------------------------------------------------------------------------------
// 9:00, 下午5:30, 17:00 Uhr, 9:00 صباحًا

const before = '上午|下午|晚上|中午|早上|凌晨|傍晚|午前|午後|오전|오후'
const arabicAfter = 'صباحًا|صباحاً|صباحا|مساءً|مساءا|مساء|ظهرًا|ظهرا|ص|م'

const colon = new RegExp(
  `(?:(${before})\\s*)?(?<![\\d:.])([01]?\\d|2[0-4])[:]([0-5]\\d)(?![\\d:])(?:\\s*(${arabicAfter})(?![\\p{L}]))?`,
  'gdu',
)

export const colonTimes: Extractor = {
  kind: 'time',
  pattern: () => colon,
  read: (match) => found(withMarker({ h: Number(match[2]), m: Number(match[3]) }, match[1] ?? match[4])),
}

// ---------------------------------------------------------------------------------------------
// 9点, 下午5点半, 9时30分, 午後5時, 오후 5시 30분

const cjk = new Set(['zh', 'ja', 'ko'])
const cjkHour = perLocale((locale) =>
  cjk.has(locale)
    ? new RegExp(
        `(?:(${before})\\s*([一二三四五六七八九十两]{1,3}|\\d{1,2})|(?<![\\d.])(\\d{1,2}))\\s*[点點时時시](?![间間간])(?:\\s*(\\d{1,2}|半)\\s*[分분]?)?`,
        'gd',
      )
    : null,
)

export const cjkTimes: Extractor = {
  kind: 'time',
  pattern: cjkHour,
  read: (match) => {
    const h = hourOf(match[2] ?? match[3])
    return found(withMarker({ h, m: minutesOf(match[4]) }, match[1]))
  },
}

// ---------------------------------------------------------------------------------------------
// 9 h, 17 h 30 (French); 9 Uhr, 9.30 Uhr (German); 9 صباحًا (Arabic)

const frenchHour = /(?<![\d.,])(\d{1,2})\s?h(?:\s?([0-5]\d))?(?![\p{L}\d])/gu
const germanHour = /(?<![\d.,])(\d{1,2})(?:[.:]([0-5]\d))?\s*Uhr(?![\p{L}])/gu
const arabicHour = /(?<![\d.,:])(\d{1,2})\s*(صباحًا|صباحاً|صباحا|مساءً|مساءا|مساء|ظهرًا|ظهرا)(?![\p{L}])/gu

export const localHours: Extractor = {
  kind: 'time',
  pattern: (locale) => (locale === 'fr' ? frenchHour : locale === 'de' ? germanHour : locale === 'ar' ? arabicHour : null),
  read: (match, locale) => {
    const clock = { h: Number(match[1]), m: locale === 'ar' ? 0 : minutesOf(match[2]) }
    return found(locale === 'ar' ? withMarker(clock, match[2]) : clock)
  },
}

export const timeExtractors: Extractor[] = [twelveHourRanges, twelveHourTimes, colonTimes, cjkTimes, localHours]
