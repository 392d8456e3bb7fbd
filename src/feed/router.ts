import express, { type Request, type Response } from 'express'
import type { Payload } from 'payload'

import type { Locale } from '../localization/locales'
import { authenticatePartner, type Partner } from './authenticate'
import { type FeedStateRow, feedStateSlug } from './changeLog'
import { partnerCors } from './cors'
import { decodeCursor, encodeCursor } from './cursor'
import { type FeedType, feedTypes } from './item'
import { cachedPage, storePage } from './pageCache'
import { pageLimits, parseLocaleAndTypes, typesParam } from './params'
import { sendProblem } from './problem'
import { covers } from './scope'
import { partnerRateLimit } from './rateLimit'
import { settledSequence } from './settle'
import { idOf, visibleItem, visibleItems } from './visibleItem'

const partnerOf = (res: Response) => res.locals.partner as Partner

/** The partner's scope for one request (a language and one or more types), or a problem answer. */
const checkScope = (req: Request, res: Response, types: string[]): { locale: Locale; types: FeedType[] } | null => {
  const partner = partnerOf(res)
  const parsed = parseLocaleAndTypes(req.query.locale, types)
  if ('status' in parsed) {
    sendProblem(res, parsed.status, parsed.title, parsed.detail)
    return null
  }
  const { locale } = parsed
  if (!covers(partner.allowedLocales, locale)) {
    sendProblem(res, 403, 'Locale not in scope', `Your key covers ${partner.allowedLocales?.join(', ')}, not ${locale}.`)
    return null
  }
  const refused = types.find((type) => !covers(partner.allowedTypes, type))
  if (refused !== undefined) {
    sendProblem(res, 403, 'Type not in scope', `Your key covers ${partner.allowedTypes!.join(', ')}, not ${refused}.`)
    return null
  }
  return parsed
}

/** Public base URL for links in items: PUBLIC_URL, or the host the partner called. */
const siteUrl = (req: Request) => process.env.PUBLIC_URL || `${req.protocol}://${req.get('host')}`

/**
 * The partner feed, /feed/v1: every route needs a partner API key; what it returns is what an
 * anonymous reader may see (published, approved in that language), narrowed to the key's scope.
 */
export const feedRouter = (payload: Payload) => {
  const router = express.Router()

  router.use(async (req, res, next) => {
    const auth = await authenticatePartner(payload, req.get('authorization'))
    if ('status' in auth) {
      sendProblem(res, auth.status, auth.title, auth.detail)
      return
    }
    res.locals.partner = auth.partner
    next()
  })
  router.use(partnerCors, partnerRateLimit(payload))

  router.get('/items/:type/:id', async (req, res) => {
    const scope = checkScope(req, res, [req.params.type as string])
    if (!scope) return
    const item = await visibleItem(payload, partnerOf(res), scope.types[0], req.params.id as string, scope.locale, {
      siteUrl: siteUrl(req),
    })
    // Out of scope looks exactly like absent: a partner learns nothing about hidden items.
    if (!item) {
      sendProblem(res, 404, 'Not found', `No ${scope.types[0]} item ${req.params.id} in ${scope.locale} for your key.`)
      return
    }
    res.set('Cache-Control', 'private, max-age=60')
    res.json(item)
  })

  /** Resolves a topic or zone slug to its id; undefined when not asked, null when unknown. */
  const slugToId = async (collection: 'topics' | 'zones', slug: unknown) => {
    if (slug === undefined) return undefined
    if (typeof slug !== 'string' || !slug) return null
    const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 0 })
    return docs[0] ? String(docs[0].id) : null
  }

  /**
   * GET /feed/v1/items?locale=&type=&topic=&zone=&since=&limit= — every item of the key's scope
   * changed after the cursor, oldest change first; items that left the partner's view come as
   * tombstones. Follow `next` until `items` is empty.
   */
  router.get('/items', async (req, res) => {
    const partner = partnerOf(res)
    const requested = typesParam(req.query.type)
    const scope = checkScope(req, res, requested ?? (partner.allowedTypes?.length ? partner.allowedTypes : [...feedTypes]))
    if (!scope) return
    const limit = req.query.limit === undefined ? pageLimits.default : Number(req.query.limit)
    if (!Number.isInteger(limit) || limit < pageLimits.min || limit > pageLimits.max) {
      const { min, max } = pageLimits
      sendProblem(res, 400, 'Bad limit', `limit must be a whole number from ${min} to ${max} (default ${pageLimits.default}).`)
      return
    }
    let since = 0
    if (req.query.since !== undefined) {
      const decoded = typeof req.query.since === 'string' ? decodeCursor(payload.secret, partner.id, req.query.since) : null
      if (decoded === null) {
        sendProblem(
          res,
          400,
          'Bad cursor',
          'since must be a "next" value this API gave your key, unchanged. Leave it out to start from the beginning.',
        )
        return
      }
      since = decoded
    }
    const url = siteUrl(req)
    // Everything a page depends on: the key's scope (its cursor is bound to the partner) and the request.
    const pageKey = JSON.stringify([
      partner.id,
      partner.allowedTopics?.map(idOf),
      partner.allowedLocales,
      scope,
      req.query.topic,
      req.query.zone,
      since,
      limit,
      url,
    ])
    res.set('Cache-Control', 'private, no-cache')
    const cached = cachedPage(payload, pageKey)
    if (cached) {
      res.set('ETag', cached.etag).type('json').send(cached.body)
      return
    }
    const [topic, zone] = await Promise.all([slugToId('topics', req.query.topic), slugToId('zones', req.query.zone)])
    if (topic === null || zone === null) {
      sendProblem(res, 400, 'Unknown topic or zone', 'topic and zone take the slug of an existing topic or zone.')
      return
    }
    const { docs: rows } = await payload.db.find<FeedStateRow>({
      collection: feedStateSlug,
      where: {
        and: [
          { locale: { equals: scope.locale } },
          { sequence: { greater_than: since } },
          // Only settled changes: none can still commit below the cursor this page hands out.
          { sequence: { less_than_equal: settledSequence() } },
          { itemType: { in: scope.types } },
        ],
      },
      sort: 'sequence',
      limit,
      pagination: false,
      select: { sequence: true, itemType: true, itemId: true },
    })
    const visible = await visibleItems(payload, partner, rows, scope.locale, { siteUrl: url, topic, zone })
    const items = rows.map(
      (row, index) => visible[index] ?? { id: row.itemId, type: row.itemType, locale: scope.locale, deleted: true },
    )
    const body = JSON.stringify({ items, next: encodeCursor(payload.secret, partner.id, rows.at(-1)?.sequence ?? since) })
    const etag = req.app.get('etag fn')(body, 'utf8') as string
    if (rows.length === limit) storePage(payload, pageKey, body, etag)
    res.set('ETag', etag).type('json').send(body)
  })

  router.use((req, res) => sendProblem(res, 404, 'No such endpoint', `${req.method} /feed/v1${req.path} does not exist.`))
  return router
}
