/**
 * Every page of the public site a crawler should know, each with the languages it is published
 * in: the home page and the lists in all nine, each item only in Chinese and the languages
 * approved for it (read as the anonymous public, so drafts and unapproved languages never appear).
 */
import type { CollectionSlug, Payload } from 'payload'

import { allLocales, type Locale, sourceLocale } from '../localization/locales'
import { homePath, itemPath, sectionPath, type SiteSection } from '../site/urls'
import { publicStates, type TranslationState } from '../translation/states'

export type SitemapPage = {
  /** The page's path in each language it is published in. */
  paths: { locale: Locale; path: string }[]
  /** The same page without a language, which the front redirects to the reader's best match. */
  neutralPath: string
  lastModified?: string
}

/** Sections with a list page and item pages, in the order they are listed. */
const sections: readonly SiteSection[] = [
  'services',
  'policy-interpretations',
  'news',
  'policy-documents',
  'zones',
  'topics',
  'sources',
]

const withoutLocale = (path: string) => path.replace(/^\/[^/]+/, '') || '/'

const page = (locales: readonly Locale[], pathIn: (locale: Locale) => string, lastModified?: string): SitemapPage => ({
  paths: locales.map((locale) => ({ locale, path: pathIn(locale) })),
  neutralPath: withoutLocale(pathIn(sourceLocale)),
  lastModified,
})

type Published = {
  slug?: string | null
  updatedAt?: string
  translation?: Record<string, { state?: TranslationState } | undefined> | null
}

/** Chinese, plus each language whose translation is approved (outdated ones stay published). */
const publishedLocales = ({ translation }: Published): Locale[] =>
  allLocales.filter((locale) => locale === sourceLocale || publicStates.includes(translation?.[locale]?.state ?? 'missing'))

const itemPages = async (payload: Payload, section: SiteSection): Promise<SitemapPage[]> => {
  const { docs } = await payload.find({
    collection: section as CollectionSlug,
    locale: 'all',
    depth: 0,
    pagination: false,
    sort: 'createdAt',
    select: { slug: true, updatedAt: true, translation: { state: true } } as never,
    overrideAccess: false,
  })
  return (docs as Published[])
    .filter((doc) => doc.slug)
    .map((doc) => page(publishedLocales(doc), (locale) => itemPath(locale, section, doc.slug as string), doc.updatedAt))
}

export const sitemapPages = async (payload: Payload): Promise<SitemapPage[]> => [
  page(allLocales, homePath),
  ...sections.map((section) => page(allLocales, (locale) => sectionPath(locale, section))),
  ...(await Promise.all(sections.map((section) => itemPages(payload, section)))).flat(),
]
