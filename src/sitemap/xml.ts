import { htmlLang } from '../site/languages'
import type { SitemapPage } from './pages'

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' }
const xml = (text: string) => text.replace(/[&<>"']/g, (char) => escapes[char])

const declaration = '<?xml version="1.0" encoding="UTF-8"?>\n'

/**
 * A sitemap: one <url> per page and language, each naming all its language versions and the
 * x-default (hreflang as the pages' own <link rel="alternate"> tags write them).
 */
export const urlset = (origin: string, pages: SitemapPage[]): string => {
  const urls = pages.flatMap(({ paths, neutralPath, lastModified }) => {
    const links = [...paths.map(({ locale, path }) => [htmlLang(locale), path]), ['x-default', neutralPath]].map(
      ([hreflang, path]) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${xml(origin + path)}"/>`,
    )
    const lastmod = lastModified ? `    <lastmod>${xml(new Date(lastModified).toISOString())}</lastmod>\n` : ''
    return paths.map(({ path }) => `  <url>\n    <loc>${xml(origin + path)}</loc>\n${lastmod}${links.join('\n')}\n  </url>\n`)
  })
  return `${declaration}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('')}</urlset>\n`
}

/** A sitemap index naming the sitemap files a large site is split into. */
export const sitemapIndex = (urls: string[]): string =>
  `${declaration}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls
    .map((url) => `  <sitemap><loc>${xml(url)}</loc></sitemap>\n`)
    .join('')}</sitemapindex>\n`
