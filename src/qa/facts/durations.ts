/**
 * Durations as '<number> <unit>': 七日 = 7 days = 7 jours = 7 дней = 7 أيام ('7 day');
 * 15个工作日 = 15 working days = 15 Werktage ('15 workday'). Working days and calendar days are
 * different units; a week is not seven days (only the same value written differently matches).
 */
import { type Extractor, type Found, groupEnd, groupStart, perLocale } from './extractor'
import { notLetterAfter, numberPattern, parseNumber } from './numbers'

export const durationUnits = ['workday', 'day', 'week', 'month', 'year', 'hour', 'minute'] as const
export type DurationUnit = (typeof durationUnits)[number]

/** Unit words per language, most specific first (working days before days). */
const units: Record<string, [DurationUnit, string][]> = {
  zh: [
    ['workday', '个工作日|工作日|个办公日'],
    ['day', '个自然日|自然日|天|日'],
    ['week', '个星期|星期|周(?![岁一二三四五六日天末])'],
    ['month', '个月'],
    ['year', '年(?![度底初末级])'],
    ['hour', '个小时|小时|个钟头'],
    ['minute', '分钟'],
  ],
  ja: [
    ['workday', '営業日|開庁日|業務日|稼働日|執務日'],
    ['day', '日間|日'],
    ['week', '週間'],
    ['month', 'か月間?|ヶ月間?|カ月間?|ヵ月間?|ケ月間?|箇月間?'],
    ['year', '年間|年(?![度])'],
    ['hour', '時間'],
    ['minute', '分間|分'],
  ],
  ko: [
    ['workday', '영업일|근무일|업무일|근로일'],
    ['day', '일(?![본반부단요])'],
    ['week', '주일|주(?![민소말])'],
    ['month', '개월|달'],
    ['year', '년(?![도])'],
    ['hour', '시간'],
    ['minute', '분'],
  ],
  en: [
    ['workday', '(?:working|business|work) days?'],
    ['day', '(?:calendar )?days?'],
    ['week', 'weeks?'],
    ['month', 'months?'],
    ['year', 'years?'],
    ['hour', 'hours?|hrs?'],
    ['minute', 'minutes?|mins?'],
  ],
  fr: [
    ['workday', 'jours? (?:ouvrables?|ouvrés?|de travail)'],
    ['day', 'jours?|journées?'],
    ['week', 'semaines?'],
    ['month', 'mois'],
    ['year', 'ans|an|années?'],
    ['hour', 'heures?'],
    ['minute', 'minutes?'],
  ],
  de: [
    ['workday', '(?:Werk|Arbeits|Geschäfts)tage?n?'],
    ['day', '(?:Kalender)?tage?n?'],
    ['week', 'Wochen?'],
    ['month', 'Monate?n?|Monats'],
    ['year', 'Jahre?n?|Jahres'],
    ['hour', 'Stunden?'],
    ['minute', 'Minuten?'],
  ],
  es: [
    ['workday', 'días? (?:hábiles|laborables)'],
    ['day', 'días?'],
    ['week', 'semanas?'],
    ['month', 'meses|mes'],
    ['year', 'años?'],
    ['hour', 'horas?'],
    ['minute', 'minutos?'],
  ],
  ru: [
    ['workday', 'рабоч(?:их|ий|ие|его|им) (?:дней|дня|день|дни|днях)'],
    ['day', 'дней|дня|день|суток|сутки|дни'],
    ['week', 'недел[ьюияе]'],
    ['month', 'месяц(?:а|ев|ы|е)?'],
    ['year', 'лет|год(?:а|у|ом)?'],
    ['hour', 'час(?:а|ов)?'],
    ['minute', 'минут[аыу]?'],
  ],
  ar: [
    ['workday', 'أيام عمل|يوم عمل|يومي عمل|أيام العمل|يوم عمل'],
    ['day', 'يومًا|يوماً|يوما|يوم|أيام'],
    ['week', 'أسبوعًا|أسبوعا|أسبوع|أسابيع'],
    ['month', 'شهرًا|شهراً|شهرا|شهر|أشهر|شهور'],
    ['year', 'عامًا|عاماً|عاما|سنة|سنوات|سنين|عام|أعوام'],
    ['hour', 'ساعة|ساعات'],
    ['minute', 'دقيقة|دقائق'],
  ],
}

const spaced = new Set(['en', 'fr', 'de', 'es', 'ru', 'ar'])
const rangeWords = '(?:-|–|—|~|至|到|から|〜|to|à|au|bis|a|до|إلى)'
/** Words between the number and the unit in English: "4 consecutive years". */
const between: Record<string, string> = { en: '(?:(?:consecutive|full|whole|calendar|more|further|additional) )?' }

const unitMatchers = new Map<string, [DurationUnit, RegExp][]>()
const unitOf = (text: string, locale: string): DurationUnit | null => {
  if (!unitMatchers.has(locale)) {
    unitMatchers.set(
      locale,
      (units[locale] ?? []).map(([unit, words]) => [unit, new RegExp(`^(?:${words})$`, 'iu')]),
    )
  }
  return unitMatchers.get(locale)!.find(([, pattern]) => pattern.test(text.trim()))?.[0] ?? null
}

const durationPattern = perLocale((locale) => {
  const table = units[locale]
  if (!table) return null
  const num = numberPattern(locale)
  const gap = spaced.has(locale) ? '[\\s-]*' : '\\s*'
  const unitWords = table.map(([, words]) => words).join('|')
  const end = spaced.has(locale) ? notLetterAfter : ''
  return new RegExp(`(${num})(?:\\s*${rangeWords}\\s*(${num}))?${gap}${between[locale] ?? ''}(${unitWords})${end}`, 'gdiu')
})

/** A duration of 1 (一年, "a day") is often written without a number: weak. */
const duration = (token: string, locale: string, unit: DurationUnit, extra: Partial<Found>): Found[] => {
  const parsed = parseNumber(token, locale)
  if (!parsed || parsed.value === 0) return []
  return [
    {
      value: `${parsed.value} ${unit}`,
      numbers: [parsed.value],
      weak: parsed.value === 1 || (parsed.spelled && locale !== 'zh'),
      ...extra,
    },
  ]
}

export const durations: Extractor = {
  kind: 'duration',
  pattern: durationPattern,
  read: (match, locale) => {
    const unit = unitOf(match[3], locale)
    if (!unit) return []
    if (!match[2]) return duration(match[1], locale, unit, {})
    return [
      ...duration(match[1], locale, unit, { end: groupEnd(match, 1) }),
      ...duration(match[2], locale, unit, { start: groupStart(match, 2) }),
    ]
  },
}

/** Durations written as words alone, weak: Arabic duals (يومين = two days), 半年 (six months), 半小时. */
const wordDurations: Record<string, [string, number, DurationUnit][]> = {
  ar: [
    ['يومي عمل', 2, 'workday'],
    ['يومين|يومان', 2, 'day'],
    ['أسبوعين|أسبوعان', 2, 'week'],
    ['شهرين|شهران', 2, 'month'],
    ['سنتين|سنتان|عامين|عامان', 2, 'year'],
    ['ساعتين|ساعتان', 2, 'hour'],
    ['دقيقتين|دقيقتان', 2, 'minute'],
  ],
  zh: [
    ['半年', 6, 'month'],
    ['半个?小时', 30, 'minute'],
  ],
}

const wordDurationPattern = perLocale((locale) => {
  const table = wordDurations[locale]
  if (!table) return null
  const words = table.map(([pattern]) => pattern).join('|')
  return locale === 'ar'
    ? new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'gu')
    : new RegExp(`(?<![一两二三四五六七八九十个])(?:${words})`, 'gu')
})

export const durationWords: Extractor = {
  kind: 'duration',
  pattern: wordDurationPattern,
  read: (match, locale) => {
    const entry = wordDurations[locale]?.find(([pattern]) => new RegExp(`^(?:${pattern})$`, 'u').test(match[0]))
    return entry ? [{ value: `${entry[1]} ${entry[2]}`, numbers: [entry[1]], weak: true }] : []
  },
}
