/**
 * What each page of the site shows, loaded through the public reads (content.ts) and cached per
 * locale and path (cache.ts). A loader returns null for anything the reader may not see, which
 * the Express front answers with the 404 page (routes.ts).
 */
import type { Where } from 'payload'

import type { Locale } from '../localization/locales'
import type { Topic } from '../payload-types'
import { cached } from './cache'
import { type Card, toCards } from './cards'
import { availableLocales, bySlug, pageOf, type Shown, type SiteDocs } from './content'
import { type SiteSection, itemPath, sectionPath, withQuery } from './urls'

/** The sections whose lists can be filtered by topic. */
export const topicFiltered: readonly SiteSection[] = ['news', 'services', 'policy-interpretations', 'policy-documents']

/**
 * Order of each list. There are no visit counts yet, so services keep the order editors created
 * them in (the seed enters the most asked-for first); news and interpretations are newest first.
 */
const listOrder: Record<SiteSection, string> = {
  news: '-publishedAt',
  services: 'createdAt',
  'policy-interpretations': '-publishedAt',
  'policy-documents': '-issueDate',
  zones: 'createdAt',
  topics: 'createdAt',
  sources: 'createdAt',
}

export const pageSize = 10

export type CardPage = { cards: Card[]; page: number; totalPages: number; totalDocs: number }

const cardPage = async (section: SiteSection, locale: Locale, where?: Where, page = 1, limit = pageSize): Promise<CardPage> => {
  const result = await pageOf(section, locale, { where, sort: listOrder[section], page, limit })
  return {
    cards: toCards(section, result.docs as never, locale),
    page: result.page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

/** Every topic, in the reader's language where approved (a small taxonomy, read whole). */
export const allTopics = (locale: Locale): Promise<Shown<Topic>[]> =>
  cached(`${locale}:topics:all`, async () => (await pageOf('topics', locale, { sort: 'createdAt', limit: 1000 }, 0)).docs)

/** A topic's id with those of all topics nested under it. */
const withDescendants = (topics: Topic[], id: string | number): string[] => {
  const ids = [String(id)]
  for (let index = 0; index < ids.length; index += 1) {
    for (const topic of topics) {
      const parent = topic.parent && typeof topic.parent === 'object' ? topic.parent.id : topic.parent
      if (String(parent) === ids[index] && !ids.includes(String(topic.id))) ids.push(String(topic.id))
    }
  }
  return ids
}

export type ListData = CardPage & { topic: Shown<Topic> | null; topics: Shown<Topic>[] }

/** A list page: null for a page past the end or a topic that does not exist. */
export const listData = (locale: Locale, section: SiteSection, page: number, topicSlug?: string): Promise<ListData | null> =>
  cached(withQuery(sectionPath(locale, section), { page, topic: topicSlug }), async () => {
    const topics = topicFiltered.includes(section) ? await allTopics(locale) : []
    const topic = topicSlug ? (topics.find(({ slug }) => slug === topicSlug) ?? null) : null
    if (topicSlug && !topic) return null
    const where = topic ? { topics: { in: withDescendants(topics, topic.id) } } : undefined
    const result = await cardPage(section, locale, where, page)
    if (page > Math.max(result.totalPages, 1)) return null
    return { ...result, topic, topics }
  })

export const homeData = (locale: Locale) =>
  cached(`/${locale}`, async () => {
    const [services, news, interpretations, zones] = await Promise.all([
      cardPage('services', locale, undefined, 1, 6),
      cardPage('news', locale, undefined, 1, 4),
      cardPage('policy-interpretations', locale, undefined, 1, 3),
      cardPage('zones', locale, undefined, 1, 6),
    ])
    return { services, news, interpretations, zones }
  })

export type Detail<S extends SiteSection & keyof SiteDocs> = { doc: Shown<SiteDocs[S]>; available: Locale[] }

/** One item and the languages it is published in; relations resolved `depth` levels deep. */
const detail = async <S extends SiteSection & keyof SiteDocs>(
  section: S,
  locale: Locale,
  slug: string,
  depth: number,
): Promise<Detail<S> | null> => {
  const doc = await bySlug(section, slug, locale, depth)
  return doc ? { doc, available: await availableLocales(section, doc.id) } : null
}

/** The items of each content section that match, for topic, zone and department pages. */
const itemsWhere = async (
  locale: Locale,
  where: Record<'news' | 'services' | 'policy-interpretations', Where>,
  limit = pageSize,
) => {
  const [news, services, interpretations] = await Promise.all([
    cardPage('news', locale, where.news, 1, limit),
    cardPage('services', locale, where.services, 1, limit),
    cardPage('policy-interpretations', locale, where['policy-interpretations'], 1, limit),
  ])
  return { news, services, interpretations }
}

export type TaggedItems = Awaited<ReturnType<typeof itemsWhere>>

const sameWhere = (where: Where) => ({ news: where, services: where, 'policy-interpretations': where })

export const newsData = (locale: Locale, slug: string) =>
  cached(itemPath(locale, 'news', slug), () => detail('news', locale, slug, 1))

export const serviceData = (locale: Locale, slug: string) =>
  cached(itemPath(locale, 'services', slug), async () => {
    // Depth 2: the legal basis documents with their issuing departments.
    const found = await detail('services', locale, slug, 2)
    if (!found) return null
    const interpretations = await cardPage('policy-interpretations', locale, { relatedServices: { in: [found.doc.id] } })
    return { ...found, interpretations }
  })

export const interpretationData = (locale: Locale, slug: string) =>
  cached(itemPath(locale, 'policy-interpretations', slug), () => detail('policy-interpretations', locale, slug, 2))

export const documentData = (locale: Locale, slug: string) =>
  cached(itemPath(locale, 'policy-documents', slug), async () => {
    const found = await detail('policy-documents', locale, slug, 1)
    if (!found) return null
    const [interpretations, services] = await Promise.all([
      cardPage('policy-interpretations', locale, { interprets: { equals: found.doc.id } }),
      cardPage('services', locale, { legalBasis: { in: [found.doc.id] } }),
    ])
    return { ...found, interpretations, services }
  })

export const zoneData = (locale: Locale, slug: string) =>
  cached(itemPath(locale, 'zones', slug), async () => {
    const found = await detail('zones', locale, slug, 1)
    return found ? { ...found, items: await itemsWhere(locale, sameWhere({ zones: { in: [found.doc.id] } })) } : null
  })

export const topicData = (locale: Locale, slug: string) =>
  cached(itemPath(locale, 'topics', slug), async () => {
    const found = await detail('topics', locale, slug, 1)
    if (!found) return null
    const topics = await allTopics(locale)
    const ids = withDescendants(topics, found.doc.id)
    const subtopics = topics.filter(
      ({ parent }) => String(parent && typeof parent === 'object' ? parent.id : parent) === String(found.doc.id),
    )
    return { ...found, subtopics, items: await itemsWhere(locale, sameWhere({ topics: { in: ids } })) }
  })

export const departmentData = (locale: Locale, slug: string) =>
  cached(itemPath(locale, 'sources', slug), async () => {
    const found = await detail('sources', locale, slug, 0)
    if (!found) return null
    const bySource = { source: { equals: found.doc.id } }
    const [items, documents] = await Promise.all([
      itemsWhere(locale, sameWhere(bySource)),
      cardPage('policy-documents', locale, bySource),
    ])
    return { ...found, items, documents }
  })
