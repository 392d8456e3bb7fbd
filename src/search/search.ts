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
import { fold, queryTerms } from './normalize'
import { type SearchEntry, type SearchType, searchTypes } from './types'

/** Longer queries are refused: nobody types them, and each term is a scan of the index. */
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

/** One type's matches; `capped` when there were more than were read, so `total` is a lower bound. */
export type SearchGroup = { type: SearchType; total: number; capped: boolean; results: SearchResult[] }

export type SearchOutcome =
  | { status: 'empty' }
  | { status: 'tooLong'; maxLength: number }
  | { status: 'ok'; query: string; total: number; capped: boolean; groups: SearchGroup[] }

type ParsedQuery = Exclude<SearchOutcome, { status: 'ok' }> | { status: 'ok'; query: string; terms: string[] }

/** The query as typed, checked and cut into terms; anything but a string is an empty query. */
const parseQuery = (raw: unknown): ParsedQuery => {
  const text = typeof raw === 'string' ? raw.trim() : ''
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
  /** Results shown per type. */
  limit?: number
  /**
   * Matches read and ranked per type. Past it, the newest are ranked together with the newest
   * title matches, and the totals are lower bounds ("100+"): reading every match of a word found
   * in most documents would cost more than it tells.
   */
  candidates?: number
}

/** Two saves of one document racing each other can leave a second row: each shows once. */
const once = (rows: Candidate[]) => {
  const seen = new Set<string>()
  return rows.filter(({ docId }) => !seen.has(docId) && Boolean(seen.add(docId)))
}

export const search = async (
  payload: Payload,
  { query, locale, type, limit = 10, candidates = 100 }: SearchOptions,
): Promise<SearchOutcome> => {
  const parsed = parseQuery(query)
  if (parsed.status !== 'ok') return parsed
  const { terms } = parsed
  const collection = searchIndexSlug as CollectionSlug
  const read = Math.max(candidates, limit)

  // One query per type (each reads only its own rows, by the locale and type index), so a type
  // with many matches never crowds out another.
  const matching = async (each: SearchType, field: 'content' | 'titleKey') =>
    (
      await payload.db.find<Candidate>({
        collection,
        where: {
          and: [
            { locale: { equals: locale } },
            { type: { equals: each } },
            ...terms.map((term) => ({ [field]: { contains: term } })),
          ],
        },
        select: { type: true, docId: true, slug: true, title: true, titleKey: true, date: true },
        sort: '-date',
        limit: read,
        pagination: false,
      })
    ).docs
  const inTitle = (row: Candidate) => terms.every((term) => (row.titleKey ?? '').includes(term))
  const ranked = async (each: SearchType) => {
    const rows = await matching(each, 'content')
    const capped = rows.length === read
    // Past the cap, older documents matching in their title must still rank first.
    const all = once(capped ? [...(await matching(each, 'titleKey')), ...rows] : rows)
    // Title matches first, newest first within each rank (the order they came in).
    return { type: each, capped, matches: [...all.filter(inTitle), ...all.filter((row) => !inTitle(row))] }
  }
  const grouped = []
  for (const each of type ? [type] : searchTypes) grouped.push(await ranked(each))
  const found = grouped.filter(({ matches }) => matches.length > 0)

  const shown = found.flatMap(({ matches }) => matches.slice(0, limit))
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
    total: found.reduce((sum, { matches }) => sum + matches.length, 0),
    capped: found.some(({ capped }) => capped),
    groups: found.map(({ type: each, capped, matches }) => ({
      type: each,
      total: matches.length,
      capped,
      results: matches.slice(0, limit).map(toResult),
    })),
  }
}
