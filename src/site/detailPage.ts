import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { isLocale, type Locale } from '../localization/locales'
import type { Media } from '../payload-types'
import type { ItemProps } from './components/ItemPage'
import { related, type Shown } from './content'
import { langMark } from './languages'
import { pageMetadata } from './metadata'
import { siteOrigin } from './origin'
import { absoluteUrl, itemPath, type SiteSection } from './urls'

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

type Described = Pick<Parameters<typeof pageMetadata>[0], 'title' | 'description' | 'type'> & {
  /** The line under the title; also the description unless one is given. */
  lead?: string | null
  image?: Shown<Media> | null
}

type Detail = { doc: ItemProps['doc']; available: Locale[] }

/** How news, services and interpretations are described: title, summary and hero image. */
export const titleSummaryImage = (doc: { title: string; summary?: string | null; heroImage?: unknown }): Described => ({
  title: doc.title,
  lead: doc.summary,
  image: related<Media>(doc.heroImage),
})

/**
 * An item page's loader and its `generateMetadata`: `describe` picks the title, lead, description
 * and image from the item; the languages and canonical URL follow from what is published.
 * `load` gives the page its data, the props of its `ItemPage` (`item`), the `lang` mark for the
 * item's words (`contentLang`) and its absolute URL (`link`, for JSON-LD), or the localized 404
 * when the reader may not see the item.
 */
export const detailRoute = <T extends Detail>(
  section: SiteSection,
  loader: (locale: Locale, slug: string) => Promise<T | null>,
  describe: (doc: T['doc']) => Described,
) => {
  const load = async ({ params }: DetailProps) => {
    const locale = await pageLocale(params)
    const { slug } = await params
    const data = await loader(locale, slug)
    if (!data) notFound()
    const path = itemPath(locale, section, slug)
    const { title, lead, image } = describe(data.doc)
    const item: ItemProps = { locale, path, available: data.available, section, doc: data.doc, title, lead, image }
    const origin = await siteOrigin()
    return {
      locale,
      path,
      data,
      item,
      contentLang: langMark(data.doc.lang, locale),
      link: { origin, url: absoluteUrl(origin, path) },
    }
  }
  const generateMetadata = async (props: DetailProps): Promise<Metadata> => {
    const { locale, path, data } = await load(props)
    const { description, lead, ...described } = describe(data.doc)
    return pageMetadata({
      locale,
      path,
      available: data.available,
      shownIn: data.doc.lang,
      description: description ?? lead,
      ...described,
    })
  }
  return { load, generateMetadata }
}
