/**
 * Month names per language, from Intl (long and short, with and without a day) plus the
 * variants Intl does not give: Levantine and Maghrebi Arabic names, Russian case endings,
 * older abbreviations.
 */

const extras: Record<string, string[][]> = {
  en: [[], [], [], [], [], [], [], [], ['Sept'], [], [], []],
  fr: [[], ['fév'], [], [], [], [], ['juil'], [], ['sept'], [], [], ['déc']],
  de: [['Jänner'], [], ['Maerz'], [], [], [], [], [], ['Sept'], [], [], []],
  es: [[], [], [], [], [], [], [], [], ['setiembre', 'sept'], [], [], []],
  ar: [
    ['كانون الثاني'],
    ['شباط'],
    ['آذار'],
    ['نيسان', 'إبريل', 'ابريل', 'أفريل'],
    ['أيار', 'ماي'],
    ['حزيران', 'يونيه'],
    ['تموز', 'يوليه', 'يوليوز', 'جويلية'],
    ['آب', 'اغسطس', 'أوت', 'غشت'],
    ['أيلول', 'شتنبر'],
    ['تشرين الأول'],
    ['تشرين الثاني', 'نونبر'],
    ['كانون الأول', 'دجنبر'],
  ],
}

/** Russian months by stem: марта, марте, март all name March. */
const russianStems = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма[йяею]',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
]

const longFormats: Intl.DateTimeFormatOptions[] = [{ month: 'long' }, { month: 'long', day: 'numeric' }]
const allFormats: Intl.DateTimeFormatOptions[] = [...longFormats, { month: 'short' }, { month: 'short', day: 'numeric' }]

const intlNames = (locale: string, month: number, formats = allFormats): string[] => {
  const date = new Date(Date.UTC(2026, month, 15))
  return formats.flatMap((options) =>
    new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
      .formatToParts(date)
      .filter((part) => part.type === 'month')
      .map((part) => part.value.replace(/\.$/, '')),
  )
}

export type MonthNames = {
  /** Regex source of any month name (capture group of its own not included). */
  any: string
  /** Regex source of full month names only (a month standing alone must be spelled out). */
  long: string
  /** The month (1–12) a matched name stands for. */
  monthOf: (name: string) => number | null
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const byLength = (names: Iterable<string>) => [...new Set(names)].filter(Boolean).sort((a, b) => b.length - a.length)

const cache = new Map<string, MonthNames | null>()

/** Month names of a language written with letters (not zh, ja, ko, which write 3月). */
export const monthNames = (locale: string): MonthNames | null => {
  if (cache.has(locale)) return cache.get(locale)!
  let names: MonthNames | null = null
  if (locale === 'ru') {
    const stems = russianStems.map((stem) => new RegExp(`^${stem}`, 'i'))
    names = {
      any: `(?:${russianStems.join('|')})[а-яё]*`,
      long: `(?:${russianStems.join('|')})[а-яё]*`,
      monthOf: (name) => {
        const index = stems.findIndex((stem) => stem.test(name))
        return index < 0 ? null : index + 1
      },
    }
  } else if (['en', 'fr', 'de', 'es', 'ar'].includes(locale)) {
    const table = new Map<string, number>()
    const long = new Set<string>()
    for (let month = 0; month < 12; month++) {
      const found = [...intlNames(locale, month), ...(extras[locale]?.[month] ?? [])]
      found.forEach((name) => table.set(name.toLowerCase(), month + 1))
      intlNames(locale, month, longFormats).forEach((name) => long.add(name))
      extras[locale]?.[month]?.filter((name) => name.length > 4 || locale === 'ar').forEach((name) => long.add(name))
    }
    // English month names are capitalized: "may" is a verb, "March" a month.
    const shape = (name: string) => (locale === 'en' ? escape(name) : escape(name.toLowerCase()))
    const all =
      locale === 'en' ? byLength([...table.keys()].map((name) => name[0].toUpperCase() + name.slice(1))) : byLength(table.keys())
    names = {
      any: `(?:${all.map(shape).join('|')})`,
      long: `(?:${byLength(long).map(shape).join('|')})`,
      monthOf: (name) => table.get(name.toLowerCase().replace(/\.$/, '')) ?? null,
    }
  }
  cache.set(locale, names)
  return names
}
