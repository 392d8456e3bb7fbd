import express, { type Request, type Response } from 'express'
import type { CollectionSlug, Payload } from 'payload'

import { isLocale, type Locale } from '../localization/locales'
import { authenticatePartner, type Partner } from './authenticate'
import { type FeedType, feedTypes, toFeedItem } from './item'
import { sendProblem } from './problem'

const idOf = (ref: unknown) => String(ref && typeof ref === 'object' ? (ref as { id: unknown }).id : ref)

const partnerOf = (res: Response) => res.locals.partner as Partner

/** The partner's scope for one request, or a problem answer. */
const checkScope = (req: Request, res: Response, type: string): { locale: Locale; type: FeedType } | null => {
  const partner = partnerOf(res)
  const locale = req.query.locale
  if (typeof locale !== 'string' || locale === '') {
    sendProblem(res, 400, 'Missing locale', 'Add ?locale=, one of zh, en, ja, ko, fr, de, es, ru, ar.')
    return null
  }
  if (!isLocale(locale)) {
    sendProblem(
      res,
      400,
      'Unknown locale',
      `"${locale}" is not a portal language; use one of zh, en, ja, ko, fr, de, es, ru, ar.`,
    )
    return null
  }
  if (!(feedTypes as readonly string[]).includes(type)) {
    sendProblem(res, 400, 'Unknown type', `"${type}" is not a feed type; use one of ${feedTypes.join(', ')}.`)
    return null
  }
  if (partner.allowedLocales?.length && !partner.allowedLocales.includes(locale)) {
    sendProblem(res, 403, 'Locale not in scope', `Your key covers ${partner.allowedLocales.join(', ')}, not ${locale}.`)
    return null
  }
  if (partner.allowedTypes?.length && !partner.allowedTypes.includes(type)) {
    sendProblem(res, 403, 'Type not in scope', `Your key covers ${partner.allowedTypes.join(', ')}, not ${type}.`)
    return null
  }
  return { locale, type: type as FeedType }
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

  router.get('/items/:type/:id', async (req, res) => {
    const scope = checkScope(req, res, req.params.type as string)
    if (!scope) return
    const partner = partnerOf(res)
    const read = (locale: Locale | 'all') =>
      payload
        .findByID({
          collection: scope.type as CollectionSlug,
          id: req.params.id as string,
          locale: locale as Locale,
          depth: 1,
          overrideAccess: false,
          disableErrors: true,
        })
        .catch(() => null) as Promise<Record<string, unknown> | null>
    const doc = await read(scope.locale)
    const topics = ((doc?.topics ?? []) as unknown[]).map(idOf)
    const allowedTopics = (partner.allowedTopics ?? []).map(idOf)
    // Out of scope looks exactly like absent: a partner learns nothing about hidden items.
    if (!doc || (allowedTopics.length > 0 && !topics.some((topic) => allowedTopics.includes(topic)))) {
      sendProblem(res, 404, 'Not found', `No ${scope.type} item ${req.params.id} in ${scope.locale} for your key.`)
      return
    }
    const everyLanguage = await read('all')
    const published = Object.keys((everyLanguage?.title ?? {}) as object).filter(isLocale)
    const alternates = published.filter(
      (locale) => locale !== scope.locale && (!partner.allowedLocales?.length || partner.allowedLocales.includes(locale)),
    )
    res.set('Cache-Control', 'private, max-age=60')
    res.json(toFeedItem(doc, scope.type, scope.locale, { siteUrl: siteUrl(req), alternates }))
  })

  router.use((req, res) => sendProblem(res, 404, 'No such endpoint', `${req.method} /feed/v1${req.path} does not exist.`))
  return router
}
