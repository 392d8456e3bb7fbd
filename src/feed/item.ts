/**
 * One partner-feed item: a news article, service guide or policy interpretation read in one
 * language (depth 1), flattened into the shape partners consume. Rich text becomes sanitized
 * HTML, media URLs and links become absolute on the public site, and each target language
 * carries its translation provenance.
 */
import { sourceLocale, type Locale } from '../localization/locales'
import { lexicalToSafeHtml, type InternalHref } from './html'

export type FeedType = 'news' | 'services' | 'policy-interpretations'

export const feedTypes: readonly FeedType[] = ['news', 'services', 'policy-interpretations']

export type FeedImageSize = { url: string; width: number | null; height: number | null; mimeType: string | null }

export type FeedTerm = { id: string; slug: string; name: string }

export type FeedOffice = {
  name: string | null
  address: string | null
  hours: string | null
  phone: string | null
  website: string | null
  latitude: number | null
  longitude: number | null
}

export type FeedItem = {
  id: string
  type: FeedType
  locale: Locale
  title: string
  summary: string | null
  bodyHtml: string | null
  url: string
  image: { alt: string | null; sizes: Record<string, FeedImageSize> } | null
  source: { id: string; name: string; abbreviation: string | null; website: string | null } | null
  topics: FeedTerm[]
  zones: FeedTerm[]
  publishedAt: string | null
  updatedAt: string
  /** Provenance of this language; null for the Chinese source. `reviewer` is the reviewer's department. */
  translation: {
    method: string | null
    reviewedAt: string | null
    reviewer: string | null
    sourceUpdatedAt: string | null
    state: string
  } | null
  alternates: { locale: Locale; url: string }[]
  service?: {
    onlineApplication: { url: string | null; lastCheckOk: boolean | null }
    offices: FeedOffice[]
  }
}

/** Path segment of each type on the public site. */
export const pathSegment: Record<FeedType, string> = {
  news: 'news',
  services: 'services',
  'policy-interpretations': 'policies',
}

const trimSlash = (siteUrl: string) => siteUrl.replace(/\/+$/, '')

/** The item's page on the public site, e.g. `${siteUrl}/en/news/visa-rules`. */
export const publicUrl = (siteUrl: string, locale: Locale, type: FeedType, slug: string): string =>
  `${trimSlash(siteUrl)}/${locale}/${pathSegment[type]}/${encodeURIComponent(slug)}`

/** Media sizes exposed to partners: each in the original format and as WebP. */
export const imageSizeNames = ['thumbnail', 'card', 'hero', 'thumbnailWebp', 'cardWebp', 'heroWebp'] as const

type Obj = Record<string, unknown>

const isObj = (value: unknown): value is Obj => typeof value === 'object' && value !== null && !Array.isArray(value)
const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null)
const date = (value: unknown): string | null => {
  if (value instanceof Date) return value.toISOString()
  return str(value)
}

/** Absolute URL: relative paths are resolved against the site; other schemes are dropped. */
const absolute = (url: unknown, siteUrl: string): string | null => {
  const value = str(url)
  if (!value) return null
  try {
    const resolved = new URL(value, `${trimSlash(siteUrl)}/`)
    return resolved.protocol === 'http:' || resolved.protocol === 'https:' ? resolved.href : null
  } catch {
    return null
  }
}

const toImage = (media: unknown, siteUrl: string): FeedItem['image'] => {
  if (!isObj(media)) return null
  const sizes: Record<string, FeedImageSize> = {}
  const stored = isObj(media.sizes) ? media.sizes : {}
  for (const name of imageSizeNames) {
    const size = stored[name]
    if (!isObj(size)) continue
    const url = absolute(size.url, siteUrl)
    if (!url) continue
    sizes[name] = { url, width: num(size.width), height: num(size.height), mimeType: str(size.mimeType) }
  }
  const original = absolute(media.url, siteUrl)
  if (original && !Object.keys(sizes).length) {
    sizes.original = { url: original, width: num(media.width), height: num(media.height), mimeType: str(media.mimeType) }
  }
  if (!Object.keys(sizes).length) return null
  return { alt: str(media.alt), sizes }
}

const toSource = (source: unknown): FeedItem['source'] => {
  if (!isObj(source) || source.id === undefined) return null
  return {
    id: String(source.id),
    name: str(source.name) ?? '',
    abbreviation: str(source.abbreviation),
    website: str(source.website),
  }
}

const toTerms = (values: unknown): FeedTerm[] =>
  (Array.isArray(values) ? values : [])
    .filter((value): value is Obj => isObj(value) && value.id !== undefined)
    .map((value) => ({ id: String(value.id), slug: str(value.slug) ?? '', name: str(value.name) ?? '' }))

const toTranslation = (record: unknown, locale: Locale): FeedItem['translation'] => {
  if (locale === sourceLocale) return null
  const value = isObj(record) ? record : {}
  return {
    method: str(value.method),
    reviewedAt: date(value.reviewedAt),
    reviewer: str(value.reviewerDepartment),
    sourceUpdatedAt: date(value.sourceUpdatedAt),
    state: str(value.state) ?? 'missing',
  }
}

const toService = (doc: Obj): NonNullable<FeedItem['service']> => {
  const online = isObj(doc.onlineApplication) ? doc.onlineApplication : {}
  const lastCheck = isObj(online.lastCheck) ? online.lastCheck : {}
  const offices = (Array.isArray(doc.offices) ? doc.offices : []).filter(isObj).map((office): FeedOffice => ({
    name: str(office.name),
    address: str(office.address),
    hours: str(office.hours),
    phone: str(office.phone),
    website: str(office.website),
    latitude: num(office.latitude),
    longitude: num(office.longitude),
  }))
  return { onlineApplication: { url: str(online.url), lastCheckOk: bool(lastCheck.ok) }, offices }
}

/** Internal rich-text links to other feed documents point at their public page in this language. */
const internalHref =
  (siteUrl: string, locale: Locale): InternalHref =>
  ({ relationTo, value }) => {
    if (!relationTo || !(feedTypes as readonly string[]).includes(relationTo) || !isObj(value)) return null
    const slug = str(value.slug)
    return slug ? publicUrl(siteUrl, locale, relationTo as FeedType, slug) : null
  }

/**
 * Builds the feed item from a document read with depth 1 in `locale`. Unpopulated relations
 * (bare ids) are left out rather than guessed at.
 */
export const toFeedItem = (
  doc: any, // eslint-disable-line @typescript-eslint/no-explicit-any
  type: FeedType,
  locale: Locale,
  options: { siteUrl: string; alternates: Locale[] },
): FeedItem => {
  const data: Obj = isObj(doc) ? doc : {}
  const slug = str(data.slug) ?? String(data.id ?? '')
  const item: FeedItem = {
    id: String(data.id),
    type,
    locale,
    title: str(data.title) ?? '',
    summary: str(data.summary),
    bodyHtml: lexicalToSafeHtml(data.body, options.siteUrl, internalHref(options.siteUrl, locale)),
    url: publicUrl(options.siteUrl, locale, type, slug),
    image: toImage(data.heroImage, options.siteUrl),
    source: toSource(data.source),
    topics: toTerms(data.topics),
    zones: toTerms(data.zones),
    publishedAt: date(data.publishedAt),
    updatedAt: date(data.updatedAt) ?? new Date(0).toISOString(),
    translation: toTranslation(data.translation, locale),
    alternates: options.alternates.map((alternate) => ({
      locale: alternate,
      url: publicUrl(options.siteUrl, alternate, type, slug),
    })),
  }
  if (type === 'services') item.service = toService(data)
  return item
}
