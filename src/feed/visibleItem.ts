import type { CollectionSlug, Payload } from 'payload'

import { isLocale, type Locale } from '../localization/locales'
import type { Partner } from './authenticate'
import { type FeedItem, type FeedType, toFeedItem } from './item'

export const idOf = (ref: unknown) => String(ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref)

export type VisibleItemOptions = {
  /** Public base URL for links in the item. */
  siteUrl: string
  /** The request's topic and zone filters (ids). */
  topic?: string
  zone?: string
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
  { siteUrl, topic, zone }: VisibleItemOptions,
): Promise<FeedItem | null> => {
  const read = (language: Locale | 'all') =>
    payload
      .findByID({
        collection: type as CollectionSlug,
        id,
        locale: language as Locale,
        depth: 1,
        overrideAccess: false,
        disableErrors: true,
      })
      .catch(() => null) as Promise<Record<string, unknown> | null>
  const doc = await read(locale)
  if (!doc) return null
  const topics = ((doc.topics ?? []) as unknown[]).map(idOf)
  const zones = ((doc.zones ?? []) as unknown[]).map(idOf)
  const allowedTopics = (partner.allowedTopics ?? []).map(idOf)
  if (allowedTopics.length > 0 && !topics.some((each) => allowedTopics.includes(each))) return null
  if ((topic && !topics.includes(topic)) || (zone && !zones.includes(zone))) return null
  const everyLanguage = await read('all')
  const published = Object.keys((everyLanguage?.title ?? {}) as object).filter(isLocale)
  const alternates = published.filter(
    (language) => language !== locale && (!partner.allowedLocales?.length || partner.allowedLocales.includes(language)),
  )
  return toFeedItem(doc, type, locale, { siteUrl, alternates })
}
