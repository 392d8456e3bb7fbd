/**
 * The site search: a query in the reader's language against the index rows of that language
 * (published, approved content only, see indexer.ts), every term required, title matches
 * first, grouped by type, with the matched terms marked.
 */
import type { CollectionSlug, Payload } from 'payload'

import { searchIndexSlug } from '../../collections/SearchIndex'
import type { Locale } from '../localization/locales'
import { itemPath } from '../site/urls'
import { highlight, type Segment, snippet } from './highlight'
import { fold, queryTerms, searchable } from './normalize'
import { type SearchEntry, type SearchType, searchTypes } from './types'

/** Longer queries are refused: nobody types them, and each term is a scan of the index. */
export const maxQueryLength = 100

/** Matches read per query; beyond this the newest are ranked and the total says "more than". */
const maxCandidates = 1000

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
  | { status: 'ok'; query: string; terms: string[]; total: number; capped: boolean; groups: SearchGroup[] }

export type ParsedQuery = Exclude<SearchOutcome, { status: 'ok' }> | { status: 'ok'; query: string; terms: string[] }

/** The query as typed (`?q=`, the first if repeated), checked and cut into terms. */
export const parseQuery = (raw: unknown): ParsedQuery => {
  const query = Array.isArray(raw) ? raw[0] : raw
  const text = typeof query === 'string' ? query.trim() : ''
  if ([...text].length > maxQueryLength) return { status: 'tooLong', maxLength: maxQueryLength }
  const terms = queryTerms(fold(text))
  return terms.length ? { status: 'ok', query: text, terms } : { status: 'empty' }
}

type Candidate = Pick<SearchEntry, 'type' | 'docId' | 'slug' | 'title' | 'titleKey' | 'date'> & { id: string | number }

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

  const { docs } = await payload.db.find<Candidate>({
    collection,
    where: {
      and: [
        { locale: { equals: locale } },
        ...(type ? [{ type: { equals: type } }] : []),
        ...terms.map((term) => ({ content: { contains: term } })),
      ],
    },
    select: { type: true, docId: true, slug: true, title: true, titleKey: true, date: true },
    sort: '-date',
    limit: maxCandidates,
    pagination: false,
  })

  // Two saves of one document racing each other can leave a second row: show it once.
  const seen = new Set<string>()
  const rows = docs.filter(({ type: each, docId }) => !seen.has(`${each}:${docId}`) && Boolean(seen.add(`${each}:${docId}`)))
  // Title matches first, newest first within each rank (the order they came in).
  const inTitle = (row: Candidate) => terms.every((term) => searchable(row.titleKey ?? '').includes(term))
  const ranked = [...rows.filter(inTitle), ...rows.filter((row) => !inTitle(row))]
  const grouped = searchTypes
    .map((each) => ({ type: each, matches: ranked.filter((row) => row.type === each) }))
    .filter(({ matches }) => matches.length > 0)

  const shown = grouped.flatMap(({ matches }) => matches.slice(0, limit))
  const texts = new Map<string, string>()
  if (shown.length) {
    const { docs: withText } = await payload.db.find<{ id: string | number; text?: string | null }>({
      collection,
      where: { id: { in: shown.map(({ id }) => id) } },
      select: { text: true },
      limit: 0,
      pagination: false,
    })
    for (const row of withText) texts.set(String(row.id), row.text ?? '')
  }

  const toResult = (row: Candidate): SearchResult => ({
    type: row.type,
    id: row.docId,
    url: itemPath(locale, row.type, row.slug),
    title: highlight(row.title, terms),
    snippet: snippet(texts.get(String(row.id)) ?? '', terms),
    date: row.date,
  })
  return {
    status: 'ok',
    query: parsed.query,
    terms,
    total: rows.length,
    capped: docs.length === maxCandidates,
    groups: grouped.map(({ type: each, matches }) => ({
      type: each,
      total: matches.length,
      results: matches.slice(0, limit).map(toResult),
    })),
  }
}
