import express from 'express'
import { Feed } from 'feed'
import type { CollectionSlug, Payload, Where } from 'payload'

import type { Locale } from '../localization/locales'
import { uiResources } from '../site/i18n'
import { type FeedItem, feedTypes, toFeedItem } from './item'
import { parseLocaleAndTypes, typesParam } from './params'
import { sendProblem } from './problem'

export const formats = {
  'rss.xml': { type: 'application/rss+xml; charset=utf-8', render: (feed: Feed) => feed.rss2() },
  'atom.xml': { type: 'application/atom+xml; charset=utf-8', render: (feed: Feed) => feed.atom1() },
  // The library writes JSON Feed 1; 1.1 adds the top-level language (its other changes concern
  // authors, which these items have none of).
  'feed.json': {
    type: 'application/feed+json; charset=utf-8',
    render: (feed: Feed, locale: Locale) =>
      JSON.stringify({ ...JSON.parse(feed.json1()), version: 'https://jsonfeed.org/version/1.1', language: locale }),
  },
} as const

/** The file names served under /feed/v1/{locale}/. */
export const syndicationFiles = Object.keys(formats)

const maxItems = 50

/**
 * Public syndication feeds, no key needed: GET /feed/v1/{locale}/rss.xml | atom.xml | feed.json
 * (?type=news,services&topic=slug). The newest published items approved in that language.
 */
export const syndicationRouter = (payload: Payload) => {
  const router = express.Router()

  router.get('/:locale/:file', async (req, res, next) => {
    const format = formats[req.params.file as keyof typeof formats]
    if (!format) {
      next()
      return
    }
    const parsed = parseLocaleAndTypes(req.params.locale, typesParam(req.query.type) ?? [...feedTypes])
    if ('status' in parsed) {
      sendProblem(res, parsed.status, parsed.title, parsed.detail)
      return
    }
    const { locale, types } = parsed
    let where: Where | undefined
    if (typeof req.query.topic === 'string' && req.query.topic) {
      const topic = (
        await payload.find({ collection: 'topics', where: { slug: { equals: req.query.topic } }, limit: 1, depth: 0 })
      ).docs[0]
      if (!topic) {
        sendProblem(res, 400, 'Unknown topic', `No topic with the slug "${req.query.topic}".`)
        return
      }
      where = { topics: { contains: topic.id } }
    }

    const siteUrl = process.env.PUBLIC_URL || `${req.protocol}://${req.get('host')}`
    const items: FeedItem[] = []
    for (const type of types) {
      const { docs } = await payload.find({
        collection: type as CollectionSlug,
        locale: locale as Locale,
        where,
        sort: '-publishedAt',
        limit: maxItems,
        depth: 1,
        overrideAccess: false,
      })
      items.push(...docs.map((doc) => toFeedItem(doc, type, locale, { siteUrl, alternates: [] })))
    }
    items.sort((a, b) => (b.publishedAt ?? b.updatedAt).localeCompare(a.publishedAt ?? a.updatedAt))

    const self = `${siteUrl}/feed/v1/${locale}`
    const feed = new Feed({
      id: `${siteUrl}/${locale}`,
      title: uiResources[locale].common.siteName,
      description: uiResources[locale].common.siteName,
      link: `${siteUrl}/${locale}`,
      language: locale,
      updated: new Date(items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), '1970-01-01')),
      generator: false,
      copyright: 'Shanghai Municipal People’s Government',
      feedLinks: { rss: `${self}/rss.xml`, atom: `${self}/atom.xml`, json: `${self}/feed.json` },
    })
    for (const item of items.slice(0, maxItems)) {
      feed.addItem({
        id: item.url,
        title: item.title,
        link: item.url,
        date: new Date(item.updatedAt),
        published: item.publishedAt ? new Date(item.publishedAt) : undefined,
        description: item.summary ?? undefined,
        content: item.bodyHtml ?? undefined,
        category: item.topics.map(({ name }) => ({ name })),
        image: item.image?.sizes.card?.url ?? item.image?.sizes.hero?.url,
      })
    }
    res.set('Cache-Control', 'public, max-age=300').type(format.type).send(format.render(feed, locale))
  })

  return router
}
