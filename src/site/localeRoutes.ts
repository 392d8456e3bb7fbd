/**
 * The Express front's part of the site's routing: every page lives under /{locale}/…
 *
 * - `/jp/services`, `/EN/news`, `/zh-CN` name a language the wrong way: redirect to the same
 *   page under the locale they mean; an unsupported language (`/pt/…`) gets the reader's best
 *   match from Accept-Language.
 * - A path without a locale (`/services/visa-extension`) gets the best match prepended.
 * - A path under a locale that names nothing the reader may see (an unknown item, a draft, a bad
 *   `?page=`) is answered 404 with the localized not-found page, rendered on the server.
 * - For pages under a locale, the locale goes to Next in a request header, for the pages that
 *   receive no params (the 404 page).
 */
import type { RequestHandler } from 'express'

import { isLocale, type Locale } from '../localization/locales'
import { negotiateLocale } from '../localization/negotiate'
import type { SearchParams } from './listQuery'
import { sitePageExists } from './routes'

export const localeHeader = 'x-site-locale'

/** Where an answer 404 is rendered: the catch-all page under the locale, which shows the 404 page. */
export const notFoundPath = (locale: Locale) => `/${locale}/not-found`

/** Paths that are not site pages: the admin, APIs, Next's assets, files such as robots.txt. */
const notSitePage = (segment: string) =>
  ['admin', 'api', 'feed', 'healthz', 'readyz'].includes(segment) || segment.startsWith('_') || segment.includes('.')

/** Country codes and ISO 639-2 codes people use for our languages. */
const aliases: Record<string, Locale> = {
  cn: 'zh',
  zho: 'zh',
  chi: 'zh',
  eng: 'en',
  jp: 'ja',
  jpn: 'ja',
  kr: 'ko',
  kor: 'ko',
  fra: 'fr',
  fre: 'fr',
  deu: 'de',
  ger: 'de',
  spa: 'es',
  rus: 'ru',
  ara: 'ar',
}

/** `en`, `en-GB`, `zh_Hans_CN`: two letters, optionally with subtags. */
const languageTag = /^[a-z]{2}(?:[-_][a-z0-9]{2,8})*$/i

/** The locale a mistyped segment means, null when it names no language at all. */
export const localeFor = (segment: string, acceptLanguage: string | undefined): Locale | null => {
  const lower = segment.toLowerCase()
  const primary = lower.split(/[-_]/)[0]
  if (isLocale(primary)) return primary
  if (aliases[lower] ?? aliases[primary]) return aliases[lower] ?? aliases[primary]
  return languageTag.test(segment) ? negotiateLocale(acceptLanguage) : null
}

const decoded = (segment: string) => {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

export const siteLocaleRoutes = (): RequestHandler => async (req, res, next) => {
  // Only this middleware may tell Next the locale.
  delete req.headers[localeHeader]
  if (req.method !== 'GET' && req.method !== 'HEAD') return next()
  const [path, query] = req.originalUrl.split(/\?(.*)/s, 2)
  const [, first = '', ...rest] = path.split('/')
  if (!first || notSitePage(first)) return next()
  if (isLocale(first)) {
    req.headers[localeHeader] = first
    // Next's own RSC requests for client navigation carry the same path; they get the same answer.
    if (!(await sitePageExists(first, rest.map(decoded), req.query as SearchParams))) {
      res.status(404)
      req.url = notFoundPath(first)
    }
    return next()
  }
  const acceptLanguage = req.get('accept-language')
  const locale = localeFor(decoded(first), acceptLanguage)
  const segments = locale ? [locale, ...rest] : [negotiateLocale(acceptLanguage), first, ...rest]
  res.vary('Accept-Language').redirect(302, `/${segments.join('/')}${query ? `?${query}` : ''}`)
}
