/**
 * Matched terms in a title or a snippet, as segments: the page renders matches in <mark> and
 * everything as text, so nothing from a document or a query is ever read as HTML.
 */
import { type Folded, foldWithMap, searchable } from './normalize'

export type Segment = { text: string; match: boolean }

type Range = [start: number, end: number]

/** Where the terms occur in the original text (compared folded), overlapping ranges merged. */
const matchRanges = (folded: Folded, terms: readonly string[]): Range[] => {
  const ranges: Range[] = []
  const text = searchable(folded.text)
  for (const term of terms) {
    // Positions in `text` are one past those in the folded text; a word-start term's space is not marked.
    const skip = term.startsWith(' ') ? 0 : -1
    const length = term.trimStart().length
    for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) {
      ranges.push([folded.starts[at + skip], folded.ends[at + skip + length - 1]])
    }
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Range[] = []
  for (const range of ranges) {
    const last = merged.at(-1)
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1])
    else merged.push([...range])
  }
  return merged
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ')

/** `text[start, end)` cut into plain and matched segments. */
const segmentsOf = (text: string, ranges: Range[], start = 0, end = text.length): Segment[] => {
  const segments: Segment[] = []
  let at = start
  for (const [from, to] of ranges) {
    if (to <= start || from >= end) continue
    if (from > at) segments.push({ text: oneLine(text.slice(at, from)), match: false })
    segments.push({ text: oneLine(text.slice(Math.max(from, start), Math.min(to, end))), match: true })
    at = Math.min(to, end)
  }
  if (at < end) segments.push({ text: oneLine(text.slice(at, end)), match: false })
  return segments
}

export const highlight = (text: string, terms: readonly string[]): Segment[] =>
  segmentsOf(text, matchRanges(foldWithMap(text), terms))

/** Never cut between the two halves of a surrogate pair. */
const charBoundary = (text: string, at: number) => (/[\udc00-\udfff]/.test(text[at] ?? '') ? at + 1 : at)

/** How far from the ideal cut a space is looked for; scripts without spaces are cut anywhere. */
const reach = 20

/**
 * About `length` characters of `text` around the first match, cut at spaces where the language
 * has them, with an ellipsis where text was left out; the start of the text when nothing in it
 * matches (the title did).
 */
export const snippet = (text: string, terms: readonly string[], length = 160, lead = 40): Segment[] => {
  const ranges = matchRanges(foldWithMap(text), terms)
  const first = ranges[0]?.[0] ?? 0
  let start = Math.max(0, first - lead)
  if (start > 0) {
    const space = text.slice(start, Math.min(first, start + reach)).search(/\s/)
    start = charBoundary(text, space === -1 ? start : start + space + 1)
  }
  let end = Math.min(text.length, start + length)
  if (end < text.length) {
    const from = Math.max(first + 1, end - reach)
    const space = text.slice(from, end).search(/\s\S*$/)
    end = charBoundary(text, space === -1 ? end : from + space)
  }
  return [
    ...(start > 0 ? [{ text: '…', match: false }] : []),
    ...segmentsOf(text, ranges, start, end),
    ...(end < text.length ? [{ text: '…', match: false }] : []),
  ]
}
