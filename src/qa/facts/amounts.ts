/**
 * Amounts of money, compared by their number whatever the currency is called: 200元,
 * 人民币200元, ¥200, RMB 200, 200 yuan, 200 юаней, 200 يوان, 200위안 are all '200'; 2万元 = RMB 20,000.
 */
import { type Extractor, type Found, groupEnd, groupStart, perLocale } from './extractor'
import { notLetterAfter, numberPattern, parseNumber } from './numbers'

const before = '人民币|RMB|CNY|CN¥|[¥￥$€£]|US\\$|HK\\$|USD|EUR|HKD'
/** Written right after the number in Chinese, Japanese and Korean. */
const afterCjk = '元人民币|元|块钱|人民币|人民元|美元|欧元|日元|港元|英镑|위안|달러'
/** Words that end where a word ends. */
const afterWords = [
  'RMB|CNY|USD|EUR|HKD',
  'yuans?|yuanes|Yuan|dollars?|euros?|dólares',
  'юан(?:ей|я|ь|ям|ями|ях|и)?|долларов|доллара?|евро',
  'يوانًا|يوانا|يوان|دولارًا|دولار|يورو',
].join('|')
const after = `${afterCjk}|(?:${afterWords})${notLetterAfter}`

const rangeWords = '(?:-|–|—|~|至|到|to|à|bis|a|до|إلى)'

const amountPattern = perLocale((locale) => {
  const num = numberPattern(locale)
  const range = `(?:\\s*${rangeWords}\\s*(?:${before})?\\s*(${num}))?`
  return new RegExp(`(?:(?:${before})\\s*(${num})${range}(?:\\s*(?:${after}))?|(${num})${range}\\s*(?:${after}))`, 'gdiu')
})

const amount = (token: string, locale: string, extra: Partial<Found>): Found[] => {
  const parsed = parseNumber(token, locale)
  return parsed
    ? [{ value: String(parsed.value), numbers: [parsed.value], weak: parsed.spelled && parsed.value <= 1, ...extra }]
    : []
}

export const amounts: Extractor = {
  kind: 'amount',
  pattern: amountPattern,
  read: (match, locale) => {
    const [first, second, firstIndex] = match[1] ? [match[1], match[2], 1] : [match[3], match[4], 3]
    if (!second) return amount(first, locale, {})
    return [
      ...amount(first, locale, { end: groupEnd(match, firstIndex) }),
      ...amount(second, locale, { start: groupStart(match, firstIndex + 1) }),
    ]
  },
}
