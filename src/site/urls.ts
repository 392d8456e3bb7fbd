/**
 * Paths of the public site. News, services and policy interpretations keep the segments the
 * partner feed already promises (src/feed/item.ts); the other sections are the site's own.
 * Each segment is also a folder name under src/app/(site)/[locale]/.
 */
import { pathSegment } from '../feed/item'
import type { Locale } from '../localization/locales'

export type SiteSection = 'news' | 'services' | 'policy-interpretations' | 'policy-documents' | 'zones' | 'topics' | 'sources'

const sectionSegment: Record<SiteSection, string> = {
  ...pathSegment,
  'policy-documents': 'documents',
  zones: 'zones',
  topics: 'topics',
  sources: 'departments',
}

/** The section a path segment names (`departments` -> sources), or null. */
export const sectionOfSegment = (segment: string): SiteSection | null =>
  (Object.keys(sectionSegment) as SiteSection[]).find((section) => sectionSegment[section] === segment) ?? null

/** `/en`, the language's home page. */
export const homePath = (locale: Locale): string => `/${locale}`

/** `/en/news`, a section's list page. */
export const sectionPath = (locale: Locale, section: SiteSection): string => `/${locale}/${sectionSegment[section]}`

/** `/en/news/visa-rules`, one item's page. */
export const itemPath = (locale: Locale, section: SiteSection, slug: string): string =>
  `${sectionPath(locale, section)}/${encodeURIComponent(slug)}`

/** A path with its query string; empty and undefined values are left out. */
export const withQuery = (path: string, query: Record<string, string | number | undefined>): string => {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== '') params.set(name, String(value))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

/** The same page in another language: swaps the leading locale segment. */
export const inLocale = (path: string, locale: Locale): string => path.replace(/^\/[^/?#]+/, `/${locale}`)

/** Absolute URL against the site's origin. */
export const absoluteUrl = (origin: string, path: string): string => `${origin.replace(/\/+$/, '')}${path}`
