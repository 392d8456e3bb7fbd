/**
 * GET /sitemap.xml and GET /robots.txt for the public site. A large site's sitemap becomes an
 * index of /sitemap.xml?page=N files, each well under the protocol's 50,000 URLs and 50 MB.
 */
import type { Request, RequestHandler, Response } from 'express'
import type { Payload } from 'payload'

import { sitemapPages } from './pages'
import { sitemapIndex, urlset } from './xml'

/** Pages per sitemap file: each is up to nine URLs with ten alternates, about 20 MB at most. */
const pagesPerFile = 2000

/** Crawlers fetch these rarely; an hour old is fresh enough and spares the database. */
const cacheControl = 'public, max-age=3600'

/** Absolute URLs need the public origin: PUBLIC_URL, else the host the request came to. */
const originOf = (req: Request) => (process.env.PUBLIC_URL || `${req.protocol}://${req.get('host')}`).replace(/\/+$/, '')

const pagePattern = /^[1-9]\d{0,5}$/

const plainText = (res: Response, status: number, text: string) => res.status(status).type('text/plain; charset=utf-8').send(text)

export const robotsTxt: RequestHandler = (req, res) => {
  res.set('Cache-Control', cacheControl)
  plainText(
    res,
    200,
    [
      'User-agent: *',
      'Allow: /',
      'Disallow: /admin',
      'Disallow: /api',
      // Search results: endless query variations of one page.
      'Disallow: /*/search?',
      '',
      `Sitemap: ${originOf(req)}/sitemap.xml`,
      '',
    ].join('\n'),
  )
}

export const sitemapXml =
  (payload: Payload): RequestHandler =>
  async (req, res) => {
    const { page } = req.query
    if (page !== undefined && (typeof page !== 'string' || !pagePattern.test(page))) {
      plainText(res, 400, 'The page parameter must be a positive whole number, e.g. ?page=2.')
      return
    }
    const origin = originOf(req)
    const pages = await sitemapPages(payload)
    const files = Math.max(1, Math.ceil(pages.length / pagesPerFile))
    const number = page === undefined ? 1 : Number(page)
    if (number > files) {
      plainText(res, 404, `There are ${files} sitemap files; page ${number} does not exist.`)
      return
    }
    res.type('application/xml; charset=utf-8').set('Cache-Control', cacheControl)
    if (page === undefined && files > 1) {
      res.send(sitemapIndex(Array.from({ length: files }, (_, index) => `${origin}/sitemap.xml?page=${index + 1}`)))
      return
    }
    res.send(urlset(origin, pages.slice((number - 1) * pagesPerFile, number * pagesPerFile)))
  }
