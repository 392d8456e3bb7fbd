/**
 * Keeps the search index in step with what the public can read. Rows are written through the
 * database adapter (no hooks or access checks on the index itself); documents are read through
 * the Local API as their published version, in the saving request's transaction, so a save that
 * rolls back leaves the index as it was.
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { searchIndexSlug } from '../../collections/SearchIndex'
import { allLocales, type Locale, sourceLocale } from '../localization/locales'
import { publicStates } from '../translation/states'
import { entryFor } from './entries'
import type { SearchEntry, SearchType } from './types'

const indexSlug = searchIndexSlug as CollectionSlug

type Row = SearchEntry & { id: string | number }

/** The published version of a document in one language, empty fields falling back to Chinese. */
const readPublished = async (payload: Payload, type: SearchType, id: string | number, locale: Locale, req?: PayloadRequest) => {
  const saved = { locale: req?.locale, fallbackLocale: req?.fallbackLocale }
  try {
    return (await payload.findByID({
      collection: type,
      id,
      locale,
      fallbackLocale: sourceLocale,
      draft: false,
      depth: 0,
      overrideAccess: true,
      disableErrors: true,
      req,
    })) as unknown as Parameters<typeof entryFor>[2] | null
  } finally {
    // A Local API call with `req` switches the request to its locale; the save goes on in its own.
    if (req) Object.assign(req, saved)
  }
}

const sameEntry = (row: Row, entry: SearchEntry) =>
  row.slug === entry.slug &&
  row.title === entry.title &&
  (row.text ?? '') === entry.text &&
  new Date(row.date).getTime() === new Date(entry.date).getTime()

const keyOf = ({ type, docId, locale }: Pick<SearchEntry, 'type' | 'docId' | 'locale'>) => `${type}:${docId}:${locale}`

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
  const wanted: SearchEntry[] = []
  for (const locale of locales) {
    const doc = await readPublished(payload, type, id, locale, req)
    const entry = doc && entryFor(collection, type, doc, locale)
    if (entry) wanted.push(entry)
  }
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

const pageSize = 200

/** Every public row of one type in one language, read a page at a time. */
const entriesOf = async (payload: Payload, type: SearchType, locale: Locale): Promise<SearchEntry[]> => {
  const collection = payload.collections[type].config
  // Skips what entryFor would refuse anyway, so a language few documents are approved in is quick.
  const where: Where = {
    and: [
      ...(collection.versions?.drafts ? [{ _status: { equals: 'published' } }] : []),
      ...(locale === sourceLocale ? [] : [{ 'translation.state': { in: [...publicStates] } }]),
    ],
  }
  const entries: SearchEntry[] = []
  for (let page = 1; ; page += 1) {
    const result = await payload.find({
      collection: type,
      where,
      locale,
      fallbackLocale: sourceLocale,
      draft: false,
      depth: 0,
      limit: pageSize,
      page,
      sort: 'id',
      overrideAccess: true,
    })
    for (const doc of result.docs) {
      const entry = entryFor(collection, type, doc as unknown as Parameters<typeof entryFor>[2], locale)
      if (entry) entries.push(entry)
    }
    if (!result.hasNextPage) return entries
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
    counts[type] = 0
    for (const locale of allLocales) {
      const entries = await entriesOf(payload, type, locale)
      await reconcile(payload, { and: [{ type: { equals: type } }, { locale: { equals: locale } }] }, entries)
      counts[type] += entries.length
    }
  }
  return counts
}
