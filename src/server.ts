import { Readable } from 'node:stream'
import type { ReadableStream as NodeReadableStream } from 'node:stream/web'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import compression from 'compression'
import express, {
  type NextFunction,
  type Request as ExpressRequest,
  type Response as ExpressResponse,
} from 'express'
import { handleEndpoints, type Payload, type SanitizedConfig } from 'payload'

import { feedCors } from './feed/cors'
import { docsRouter } from './feed/docs'
import { feedRouter } from './feed/router'
import { syndicationRouter } from './feed/syndication'
import { localeParamError } from './localization/localeParams'
import { negotiateLocale } from './localization/negotiate'
import { requestLogging } from './logging/requestLog'
import { readiness } from './operations/readiness'
import { siteLocaleRoutes } from './site/localeRoutes'
import { robotsTxt, sitemapXml } from './sitemap/routes'

type NodeHandler = (req: ExpressRequest, res: ExpressResponse) => Promise<void> | void

export type AppOptions = {
  config: Promise<SanitizedConfig> | SanitizedConfig
  payload: Payload
  /** Next.js request handler for /admin and the site; absent in tests. */
  next?: NodeHandler
  /** How long /readyz waits for the database before calling it unreachable. */
  readyTimeoutMs?: number
}

/** Node request -> Fetch Request, streaming the body (no body parser may run before this). */
export const toFetchRequest = (req: ExpressRequest): Request => {
  const url = new URL(req.originalUrl, `${req.protocol}://${req.get('host') ?? 'localhost'}`)
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item)
  }
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  return new Request(url, {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream) : undefined,
    duplex: 'half',
  } as RequestInit)
}

/** Fetch Response -> Express response, keeping every Set-Cookie header. */
export const sendFetchResponse = async (response: Response, res: ExpressResponse): Promise<void> => {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) res.setHeader('set-cookie', cookies)
  if (!response.body) {
    res.end()
    return
  }
  await new Promise<void>((resolve, reject) => {
    Readable.fromWeb(response.body as NodeReadableStream).on('error', reject).pipe(res).on('finish', resolve)
  })
}

/** The whole HTTP front: health, GraphQL, REST, then Next for everything else. */
export const createApp = ({ config, payload, next, readyTimeoutMs = 3000 }: AppOptions) => {
  const app = express()
  app.disable('x-powered-by')
  app.set('trust proxy', 'loopback')
  // First, so every answer carries X-Request-Id and every request is logged.
  app.use(requestLogging(payload))

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' })
  })

  app.get('/readyz', readiness(payload, readyTimeoutMs))

  // Feed and API answers go out gzip- or br-compressed when the client accepts it; health probes stay plain.
  app.use(['/feed/v1', '/api'], compression())

  // Public syndication feeds first: they need no key.
  app.use('/feed/v1', feedCors(payload), syndicationRouter(payload), docsRouter(), feedRouter(payload))

  app.use('/api', (req, res, next) => {
    const localeError = localeParamError(req.query as Record<string, unknown>)
    if (localeError) {
      res.status(400).json({ errors: [{ message: localeError }] })
      return
    }
    // API clients that state no language get English messages; the admin sends its own.
    req.headers['accept-language'] ??= 'en'
    next()
  })

  const graphql = GRAPHQL_POST(config)
  app.post('/api/graphql', async (req, res) => {
    await sendFetchResponse(await graphql(toFetchRequest(req)), res)
  })

  app.use('/api', async (req, res) => {
    await sendFetchResponse(await handleEndpoints({ config, request: toFetchRequest(req) }), res)
  })

  // The site lives under /{locale}; the bare root sends readers to their browser's language.
  app.get('/', (req, res) => {
    res.vary('Accept-Language').redirect(302, `/${negotiateLocale(req.get('accept-language'))}`)
  })

  // For crawlers: every published page in every approved language, and what not to crawl.
  app.get('/sitemap.xml', sitemapXml(payload))
  app.get('/robots.txt', robotsTxt)

  // Mistyped or missing locale segments redirect to the best match; the locale goes on to Next.
  app.use(siteLocaleRoutes())

  if (next) app.use((req, res) => next(req, res))

  // Errors thrown before Payload answers (a body that is not JSON, a lost database) come back
  // as JSON like every other API error, never as an HTML page with a stack trace.
  app.use((error: Error & { status?: number }, _req: ExpressRequest, res: ExpressResponse, _next: NextFunction) => {
    const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500
    if (status === 500) payload.logger.error({ err: error, msg: 'Request failed' })
    res.status(status).json({ errors: [{ message: status === 500 ? 'Something went wrong.' : error.message }] })
  })

  return app
}
