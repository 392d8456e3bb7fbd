/**
 * Finds the facts in one text: each extractor in turn claims the spans it reads, so a year inside
 * a date or the digits of a phone number are not read again as plain numbers.
 */
import { amounts } from './amounts'
import { dateExtractors } from './dates'
import { documentNumbers } from './documentNumbers'
import { durations, durationWords } from './durations'
import type { Extractor } from './extractor'
import { emails, urls } from './links'
import { normalizeText } from './normalize'
import { percents, tenths } from './percents'
import { phones } from './phones'
import { enumerators, houseNumbers, numbers, ordinals } from './plainNumbers'
import { timeExtractors } from './times'
import type { Fact } from './types'

/** Most specific first: a document number before its year, a date before its day, money before a count. */
const extractors: Extractor[] = [
  emails,
  urls,
  documentNumbers,
  ...dateExtractors,
  ...timeExtractors,
  amounts,
  percents,
  tenths,
  phones,
  durations,
  durationWords,
  houseNumbers,
  enumerators,
  ordinals,
  numbers,
]

/** Language code without region: 'en-GB' → 'en'. */
export const baseLocale = (locale: string) => locale.toLowerCase().split(/[-_]/)[0]

/** The facts of `text` written in `locale`, in text order. */
export const extractFacts = (text: string, locale: string): Fact[] => {
  if (!text?.trim()) return []
  const lang = baseLocale(locale)
  const normalized = normalizeText(text)
  const claimed = new Uint8Array(normalized.length)
  const free = (start: number, end: number) => {
    for (let i = start; i < end; i++) if (claimed[i]) return false
    return true
  }
  const facts: Fact[] = []
  for (const extractor of extractors) {
    const pattern = extractor.pattern(lang)
    if (!pattern) continue
    pattern.lastIndex = 0
    for (let match = pattern.exec(normalized); match; match = pattern.exec(normalized)) {
      if (match[0] === '') {
        pattern.lastIndex++
        continue
      }
      const start = match.index
      const end = start + match[0].length
      if (!free(start, end)) {
        // Try again from the next character: a shorter match may still fit between claims.
        pattern.lastIndex = start + 1
        continue
      }
      const found = extractor.read(match, lang)
      if (found.length === 0) {
        pattern.lastIndex = start + 1
        continue
      }
      claimed.fill(1, start, end)
      for (const item of found) {
        const from = item.start ?? start
        const to = item.end ?? end
        facts.push({
          kind: item.kind ?? extractor.kind,
          value: item.value,
          numbers: item.numbers,
          text: text.slice(from, to).trim(),
          start: from,
          end: to,
          ...(item.weak ? { weak: true } : {}),
        })
      }
    }
  }
  return facts.sort((a, b) => a.start - b.start)
}
