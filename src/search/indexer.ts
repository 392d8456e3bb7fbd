/**
 * Keeps the search index in step with what the public can read. Documents are read and rows
 * written through the database adapter: the published version as stored, without the Local
 * API's hooks (which, for thousands of rich-text documents, cost more than the reading itself),
 * and in the saving request's transaction, so a save that rolls back leaves the index as it was.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { searchIndexSlug } from '../../collections/SearchIndex'
import { allLocales, type Locale } from '../localization/locales'
import { entryFor, type StoredDoc } from './entries'
import type { SearchEntry, SearchType } from './types'

const indexSlug = searchIndexSlug as CollectionSlug

type Row = SearchEntry & { id: string | number }

const pageSize = 200

/**
 * Documents as stored, every language at once (for drafts, the published version), a page at a
 * time; `locale` is the language localized fields in `where` are compared in.
 */
const stored = (
  payload: Payload,
  type: SearchType,
  where: Where,
  options: { page?: number; locale?: Locale; req?: PayloadRequest },
) => payload.db.find<StoredDoc>({ collection: type, where, limit: pageSize, sort: 'id', ...options })

/** Every field alike: a change to the folding rules is a change too, which reindexing writes. */
const sameEntry = (row: Row, entry: SearchEntry) =>
  (Object.keys(entry) as (keyof SearchEntry)[]).every((key) =>
    key === 'date' ? new Date(row.date).getTime() === new Date(entry.date).getTime() : (row[key] ?? '') === entry[key],
  )

const keyOf = ({ key, locale }: Pick<SearchEntry, 'key' | 'locale'>) => `${key}:${locale}`

/** Ids per delete statement, well under every database's limit on query parameters. */
const deleteBatch = 500

/**
 * Makes the rows matching `where` the `wanted` entries: unchanged rows stay, changed and
 * unwanted ones are deleted, missing ones created. Rows are replaced one by one, so a search
 * meanwhile finds every document in its old or new form, even without a transaction.
 */
const reconcile = async (payload: Payload, where: Where, wanted: SearchEntry[], req?: PayloadRequest): Promise<void> => {
  const missing = new Map(wanted.map((entry) => [keyOf(entry), entry]))
  const { docs } = await payload.db.find<Row>({ collection: indexSlug, where, limit: 0, pagination: false, req })
  const stale: Row['id'][] = []
  for (const row of docs) {
    const entry = missing.get(keyOf(row))
    if (entry && sameEntry(row, entry)) missing.delete(keyOf(row))
    else stale.push(row.id)
  }
  for (let start = 0; start < stale.length; start += deleteBatch) {
    const ids = stale.slice(start, start + deleteBatch)
    await payload.db.deleteMany({ collection: indexSlug, where: { id: { in: ids } }, req })
  }
  for (const entry of missing.values()) await payload.db.create({ collection: indexSlug, data: entry, req, returning: false })
}

/**
 * Brings one document's rows for `locales` up to date: a row for each language the public can
 * read it in, none for the others. Unchanged rows are left alone, so saving a draft beside the
 * published version costs reads only.
 */
export const syncDocument = async (
  payload: Payload,
  type: SearchType,
  id: string | number,
  locales: readonly Locale[] = allLocales,
  req?: PayloadRequest,
): Promise<void> => {
  const collection = payload.collections[type].config
  const { docs } = await stored(payload, type, { id: { equals: id } }, { req })
  const wanted = docs.flatMap((doc) => locales.flatMap((locale) => entryFor(collection, type, doc, locale) ?? []))
  const where: Where = { and: [{ type: { equals: type } }, { docId: { equals: String(id) } }, { locale: { in: [...locales] } }] }
  await reconcile(payload, where, wanted, req)
}

/** Removes every row of a deleted document. */
export const dropDocument = async (payload: Payload, type: SearchType, id: string | number, req?: PayloadRequest) =>
  payload.db.deleteMany({
    collection: indexSlug,
    where: { and: [{ type: { equals: type } }, { docId: { equals: String(id) } }] },
    req,
  })

/** Every public row of one type, each document read once with all its languages. */
const entriesOf = async (payload: Payload, type: SearchType): Promise<SearchEntry[]> => {
  const collection = payload.collections[type].config
  const where: Where = collection.versions?.drafts ? { _status: { equals: 'published' } } : {}
  const entries: SearchEntry[] = []
  for (let page = 1; ; page += 1) {
    const { docs, hasNextPage } = await stored(payload, type, where, { page })
    entries.push(...docs.flatMap((doc) => allLocales.flatMap((locale) => entryFor(collection, type, doc, locale) ?? [])))
    if (!hasNextPage) return entries
  }
}

/**
 * Rebuilds the index from the documents (`npm run search:reindex`): after a restore, an import
 * that bypassed hooks, or a change to what is indexed. Only differences are written, so running
 * it on an index in step costs reads only, and searches keep working meanwhile.
 */
export const reindexSearch = async (payload: Payload, types: readonly SearchType[]): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {}
  for (const type of types) {
    const entries = await entriesOf(payload, type)
    await reconcile(payload, { type: { equals: type } }, entries)
    counts[type] = entries.length
  }
  return counts
}
