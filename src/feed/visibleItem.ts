import type { CollectionSlug, Payload } from 'payload'

import { allLocales, type Locale, sourceLocale } from '../localization/locales'
import { withReviewerDepartments } from '../translation/reviewerDepartment'
import { publicStates, type TranslationState } from '../translation/states'
import type { Partner } from './authenticate'
import { type FeedStateRow, feedStateKey, feedStateSlug } from './changeLog'
import { type FeedItem, type FeedType, toFeedItem } from './item'
import { cachedRendering, type Rendered, storeRendering } from './itemCache'

export const idOf = (ref: unknown) => String(ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref)

export type VisibleItemOptions = {
  /** Public base URL for links in the item. */
  siteUrl: string
  /** The request's topic and zone filters (ids). */
  topic?: string
  zone?: string
}

type Doc = Record<string, unknown> & { id: string | number }
type LanguageRecords = Record<string, { state?: TranslationState } | null | undefined>

/** The languages an item is public in: Chinese once published, the others once approved. */
const publicLanguages = (records: LanguageRecords | undefined): Locale[] =>
  allLocales.filter((locale) => locale === sourceLocale || publicStates.includes(records?.[locale]?.state ?? 'missing'))

/**
 * Renders items of one type in one language as anonymous readers see them, in two queries
 * whatever their number: the items themselves (depth 1, through the public access rules), and
 * which languages each is public in (for alternates).
 */
const renderItems = async (
  payload: Payload,
  type: FeedType,
  ids: string[],
  locale: Locale,
  siteUrl: string,
): Promise<Map<string, Rendered>> => {
  const collection = type as CollectionSlug
  // The change log keeps ids as text; a numeric id column is matched through its index only by
  // numbers. One id (from a URL) is matched with `equals`, which the adapter answers with nothing
  // when the id has the wrong form (say, not a UUID on PostgreSQL).
  const numeric = (payload.collections[collection].customIDType ?? payload.db.defaultIDType) === 'number'
  const keys = numeric ? ids.map(Number) : ids
  const where = keys.length === 1 ? { id: { equals: keys[0] } } : { id: { in: keys } }
  const [read, languages] = await Promise.all([
    payload.find({ collection, where, locale, depth: 1, pagination: false, overrideAccess: false }),
    payload.db.find({
      collection,
      where,
      locale: 'all',
      select: { translation: { state: true } },
      limit: 0,
      pagination: false,
    }),
  ])
  const recordsOf = new Map((languages.docs as Doc[]).map((doc) => [String(doc.id), doc.translation as LanguageRecords]))
  const rendered = new Map<string, Rendered>(ids.map((id) => [id, null]))
  for (const doc of await withReviewerDepartments(payload, read.docs as unknown as Doc[], locale)) {
    const id = String(doc.id)
    const alternates = publicLanguages(recordsOf.get(id)).filter((language) => language !== locale)
    rendered.set(id, {
      item: toFeedItem(doc, type, locale, { siteUrl, alternates }),
      topics: ((doc.topics ?? []) as unknown[]).map(idOf),
      zones: ((doc.zones ?? []) as unknown[]).map(idOf),
    })
  }
  return rendered
}

/** A rendered item narrowed to the partner's key and the request's filters; null when outside them. */
const forPartner = (rendered: Rendered, partner: Partner, { topic, zone }: VisibleItemOptions): FeedItem | null => {
  if (!rendered) return null
  const allowedTopics = (partner.allowedTopics ?? []).map(idOf)
  if (allowedTopics.length > 0 && !rendered.topics.some((each) => allowedTopics.includes(each))) return null
  if ((topic && !rendered.topics.includes(topic)) || (zone && !rendered.zones.includes(zone))) return null
  const allowedLocales = partner.allowedLocales ?? []
  if (allowedLocales.length === 0) return rendered.item
  return { ...rendered.item, alternates: rendered.item.alternates.filter(({ locale }) => allowedLocales.includes(locale)) }
}

/**
 * The partner's view of change log rows in one language (of any feed types), in their order:
 * each item as `visibleItem` gives it. Items are rendered at most once per change (and cache
 * lifetime), and those not cached are read in two queries per type.
 */
export const visibleItems = async (
  payload: Payload,
  partner: Partner,
  rows: readonly FeedStateRow[],
  locale: Locale,
  options: VisibleItemOptions,
): Promise<(FeedItem | null)[]> => {
  const { siteUrl } = options
  const found = rows.map((row) => cachedRendering(payload, row.itemType, row.itemId, locale, siteUrl, row.sequence))
  const missing = new Map<FeedType, FeedStateRow[]>()
  rows.forEach((row, index) => {
    if (found[index]) return
    const type = row.itemType as FeedType
    missing.set(type, [...(missing.get(type) ?? []), row])
  })
  const renderings = new Map<string, Rendered>()
  await Promise.all(
    [...missing].map(async ([type, typeRows]) => {
      const rendered = await renderItems(payload, type, [...new Set(typeRows.map((row) => row.itemId))], locale, siteUrl)
      for (const row of typeRows) {
        const value = rendered.get(row.itemId) ?? null
        renderings.set(`${type}:${row.itemId}`, value)
        storeRendering(payload, type, row.itemId, locale, siteUrl, row.sequence, value)
      }
    }),
  )
  return rows.map((row, index) =>
    forPartner(found[index]?.rendered ?? renderings.get(`${row.itemType}:${row.itemId}`) ?? null, partner, options),
  )
}

/**
 * An item as a partner may see it: published, approved in that language, within the key's
 * topics and the request's topic/zone filters; null otherwise (shown as 404 or a tombstone).
 */
export const visibleItem = async (
  payload: Payload,
  partner: Partner,
  type: FeedType,
  id: string,
  locale: Locale,
  options: VisibleItemOptions,
): Promise<FeedItem | null> => {
  // The change log row first: a cached rendering is reused only if the item has not changed since.
  const row = (await payload.db.findOne({
    collection: feedStateSlug,
    where: { key: { equals: feedStateKey(type, id, locale) } },
  })) as FeedStateRow | null
  const [item] = await visibleItems(
    payload,
    partner,
    [{ itemType: type, itemId: id, sequence: row?.sequence ?? 0 }],
    locale,
    options,
  )
  return item
}
