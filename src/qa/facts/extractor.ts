import type { FactKind } from './types'

/** What an extractor reads from one match; positions default to the whole match. */
export type Found = {
  kind?: FactKind
  value: string
  numbers: number[]
  weak?: boolean
  start?: number
  end?: number
}

/**
 * One kind of value: a regex per language (global; null when the kind has no written form
 * there) and what a match means. Returning [] leaves the text to the extractors after it.
 */
export type Extractor = {
  kind: FactKind
  pattern: (locale: string) => RegExp | null
  read: (match: RegExpExecArray, locale: string) => Found[]
}

/** A regex built once per language. */
export const perLocale = (build: (locale: string) => RegExp | null) => {
  const cache = new Map<string, RegExp | null>()
  return (locale: string): RegExp | null => {
    if (!cache.has(locale)) cache.set(locale, build(locale))
    return cache.get(locale)!
  }
}

/** Start of capture group `index` in the text (needs the `d` flag). */
export const groupStart = (match: RegExpExecArray, index: number): number => match.indices?.[index]?.[0] ?? match.index
export const groupEnd = (match: RegExpExecArray, index: number): number =>
  match.indices?.[index]?.[1] ?? match.index + match[0].length
