import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '../localization/locales'
import { pageMetadata } from './metadata'
import { itemPath, type SiteSection } from './urls'

export type DetailProps = { params: Promise<{ locale: Locale; slug: string }> }

/**
 * The page's locale, or the 404. Pages render alongside the layout, not inside its check, so
 * each page checks too (a request for /favicon.ico reaches [locale] as "favicon.ico").
 */
export const pageLocale = async (params: Promise<{ locale: string }>): Promise<Locale> => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/** An item page's data, or the localized 404 when the reader may not see the item. */
const loadDetail = async <T>(
  { params }: DetailProps,
  section: SiteSection,
  loader: (locale: Locale, slug: string) => Promise<T | null>,
): Promise<{ locale: Locale; path: string; data: T }> => {
  const locale = await pageLocale(params)
  const { slug } = await params
  const data = await loader(locale, slug)
  if (!data) notFound()
  return { locale, path: itemPath(locale, section, slug), data }
}

type Described = Pick<Parameters<typeof pageMetadata>[0], 'title' | 'description' | 'image' | 'type'>

/**
 * An item page's loader and its `generateMetadata`: `describe` picks the title, description and
 * image from the item; the languages and canonical URL follow from what is published.
 */
export const detailRoute = <T extends { doc: { lang: Locale }; available: Locale[] }>(
  section: SiteSection,
  loader: (locale: Locale, slug: string) => Promise<T | null>,
  describe: (doc: T['doc']) => Described,
) => {
  const load = (props: DetailProps) => loadDetail(props, section, loader)
  const generateMetadata = async (props: DetailProps): Promise<Metadata> => {
    const { locale, path, data } = await load(props)
    return pageMetadata({ locale, path, available: data.available, shownIn: data.doc.lang, ...describe(data.doc) })
  }
  return { load, generateMetadata }
}
