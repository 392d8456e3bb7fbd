/** `generateMetadata` for the site's pages: title, description, hreflang alternates, canonical, OpenGraph. */
import type { Metadata } from 'next'

import { allLocales, type Locale, sourceLocale } from '../localization/locales'
import type { Media } from '../payload-types'
import { uiTranslator } from './i18n'
import { shareImage } from './images'
import { htmlLang } from './languages'
import { siteOrigin } from './origin'
import { absoluteUrl, inLocale } from './urls'

type PageMeta = {
  locale: Locale
  /** This page's path in the reader's language. */
  path: string
  title: string
  description?: string | null
  /** Languages the page is published in (every one for lists). */
  available?: readonly Locale[]
  /** The language the page's words are in; a Chinese fallback names the Chinese page as canonical. */
  shownIn?: Locale
  image?: Media | null
  type?: 'website' | 'article'
}

export const pageMetadata = async ({
  locale,
  path,
  title,
  description,
  available = allLocales,
  shownIn = locale,
  image,
  type = 'website',
}: PageMeta): Promise<Metadata> => {
  const origin = await siteOrigin()
  const url = (code: Locale) => absoluteUrl(origin, inLocale(path, code))
  const canonical = url(shownIn === locale ? locale : sourceLocale)
  const share = image ? shareImage(image) : null
  return {
    title,
    description: description ?? undefined,
    alternates: {
      canonical,
      languages: {
        ...Object.fromEntries(available.map((code) => [htmlLang(code), url(code)])),
        // The same path without a language: the front redirects to the reader's best match.
        'x-default': absoluteUrl(origin, path.replace(/^\/[^/?#]+/, '') || '/'),
      },
    },
    openGraph: {
      type,
      title,
      description: description ?? undefined,
      url: canonical,
      siteName: uiTranslator(locale)('siteName'),
      images: share
        ? [
            {
              url: new URL(share.url, origin).href,
              width: share.width ?? undefined,
              height: share.height ?? undefined,
              alt: image?.alt,
            },
          ]
        : undefined,
    },
  }
}
