/**
 * The site search: a query in the reader's language against the index rows of that language
 * (published, approved content only, see indexer.ts), every term required, title matches
 * first, grouped by type, with the matched terms marked.
 */
import type { CollectionSlug, Payload, Where } from 'payload'

import { searchIndexSlug } from '../../collections/SearchIndex'
import type { Locale } from '../localization/locales'
import { itemPath } from '../site/urls'
import { highlight, type Segment, snippet } from './highlight'
import { fold, queryTerms } from './normalize'
import { type SearchEntry, type SearchType, searchTypes } from './types'

/** Longer queries are refused: nobody types them, and each term is one more test on every row. */
export const maxQueryLength = 100

export type SearchResult = {
  type: SearchType
  id: string
  /** Path on the site, e.g. /en/services/visa-extension. */
  url: string
  title: Segment[]
  snippet: Segment[]
  date: string
}

export type SearchGroup = { type: SearchType; total: number; results: SearchResult[] }

export type SearchOutcome =
  | { status: 'empty' }
  | { status: 'tooLong'; maxLength: number }
  | { status: 'ok'; query: string; total: number; groups: SearchGroup[] }

type ParsedQuery = Exclude<SearchOutcome, { status: 'ok' }> | { status: 'ok'; query: string; terms: string[] }

/** The query as typed, checked and cut into terms; anything but a string is an empty query. */
const parseQuery = (raw: unknown): ParsedQuery => {
  const text = typeof raw === 'string' ? raw.trim() : ''
  if ([...text].length > maxQueryLength) return { status: 'tooLong', maxLength: maxQueryLength }
  const terms = queryTerms(fold(text))
  return terms.length ? { status: 'ok', query: text, terms } : { status: 'empty' }
}

type Row = Pick<SearchEntry, 'type' | 'docId' | 'key' | 'slug' | 'title' | 'text' | 'date'>

export type SearchOptions = {
  query: unknown
  locale: Locale
  /** Only this type (the "all results of a kind" view). */
  type?: SearchType
  /** Results shown per type; the totals count them all. */
  limit?: number
}

export const search = async (payload: Payload, { query, locale, type, limit = 10 }: SearchOptions): Promise<SearchOutcome> => {
  const parsed = parseQuery(query)
  if (parsed.status !== 'ok') return parsed
  const { terms } = parsed
  const collection = searchIndexSlug as CollectionSlug
  const inLanguage: Where[] = [{ locale: { equals: locale } }, ...(type ? [{ type: { equals: type } }] : [])]

  // One scan of the language's rows lists every match, newest first, with its folded title: totals
  // are exact, no type crowds out another, and title matches rank first without a second scan.
  const { values } = await payload.db.findDistinct({
    collection,
    field: 'keyTitle',
    where: { and: [...inLanguage, ...terms.map((term) => ({ content: { contains: term } }))] },
    sort: '-date',
  })
  const matches = (values as { keyTitle: string }[]).map(({ keyTitle }) => {
    const space = keyTitle.indexOf(' ')
    const title = keyTitle.slice(space)
    return { key: keyTitle.slice(0, space), inTitle: terms.every((term) => title.includes(term)) }
  })
  // Title matches first, newest first within each rank; a document listed twice (two saves racing) once.
  const ranked = [
    ...new Set([...matches.filter(({ inTitle }) => inTitle), ...matches.filter(({ inTitle }) => !inTitle)].map(({ key }) => key)),
  ]
  const found = searchTypes
    .map((each) => ({ type: each, keys: ranked.filter((key) => key.startsWith(`${each}:`)) }))
    .filter(({ keys }) => keys.length > 0)

  const shown = found.flatMap(({ keys }) => keys.slice(0, limit))
  const rows = new Map<string, Row>()
  if (shown.length) {
    const { docs } = await payload.db.find<Row>({
      collection,
      where: { and: [...inLanguage, { key: { in: shown } }] },
      select: { type: true, docId: true, key: true, slug: true, title: true, text: true, date: true },
      limit: 0,
      pagination: false,
    })
    for (const row of docs) rows.set(row.key, row)
  }

  const toResult = (row: Row): SearchResult => ({
    type: row.type,
    id: row.docId,
    url: itemPath(locale, row.type, row.slug),
    title: highlight(row.title, terms),
    snippet: snippet(row.text ?? '', terms),
    date: row.date,
  })
  return {
    status: 'ok',
    query: parsed.query,
    total: ranked.length,
    groups: found.map(({ type: each, keys }) => ({
      type: each,
      total: keys.length,
      // A row deleted since the keys were read is left out.
      results: keys.slice(0, limit).flatMap((key) => {
        const row = rows.get(key)
        return row ? [toResult(row)] : []
      }),
    })),
  }
}
