/**
 * Phone numbers, compared as national digits: +86 21 1234 5678, 0086-21-12345678 and
 * 021-12345678 are all '2112345678'. Service numbers (12345, 12367, 95xxx), mobiles and
 * 400/800 numbers too. A number written without its area code matches the same number with it.
 */
import type { Extractor } from './extractor'

const sep = '[ \\-.]?'
const forms = [
  // International: +86 / 0086, optional (0), area code or mobile prefix, subscriber number in groups.
  `(?:\\+|00)\\s?86${sep}(?:\\(0\\)\\s?)?(?:1[3-9]\\d${sep}\\d{4}${sep}\\d{4}|\\(?0?\\d{2,3}\\)?${sep}\\d{3,4}${sep}\\d{4})`,
  // Domestic landline with area code: 021-12345678, (021) 1234 5678.
  `\\(?0\\d{2,3}\\)?${sep}\\d{3,4}${sep}\\d{4}`,
  // Mobile.
  `1[3-9]\\d${sep}\\d{4}${sep}\\d{4}`,
  // Nationwide hotlines.
  `[48]00${sep}\\d{3}${sep}\\d{4}`,
  // Service numbers.
  `(?:12|95|96)\\d{3}`,
  // A local number in two groups: 2895 1900 (not two years).
  `(?!19|20)\\d{4} \\d{4}`,
]

const pattern = new RegExp(`(?<![\\d+])(?:${forms.join('|')})(?![\\d])`, 'g')

/** National significant digits: no country code, no trunk 0. */
export const phoneDigits = (text: string): string => {
  let digits = text.replace(/\D/g, '')
  if (/^\s*(?:\+|00)/.test(text)) digits = digits.replace(/^(?:00)?86/, '')
  return digits.replace(/^0(?=\d{9,10}$)/, '')
}

export const phones: Extractor = {
  kind: 'phone',
  pattern: () => pattern,
  read: (match) => {
    const value = phoneDigits(match[0])
    return [{ value, numbers: value.length <= 15 ? [Number(value)] : [] }]
  },
}

/** Same number, one possibly written without its area code. */
export const samePhone = (a: string, b: string): boolean => {
  if (a === b) return true
  const [short, long] = a.length < b.length ? [a, b] : [b, a]
  return short.length >= 7 && long.endsWith(short) && long.length - short.length <= 3
}
