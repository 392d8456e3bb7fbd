import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { isLocale, type Locale, sourceLocale } from '../../../localization/locales'
import { NotFoundView } from '../../../site/components/NotFoundView'
import { uiTranslator } from '../../../site/i18n'
import { localeHeader } from '../../../site/localeRoutes'

/** not-found receives no params: the Express front passes the locale segment in a header. */
const requestLocale = async (): Promise<Locale> => {
  const value = (await headers()).get(localeHeader)
  return isLocale(value) ? value : sourceLocale
}

/** Next takes a 404's title from here, including the 404s the Express front answers. */
export const generateMetadata = async (): Promise<Metadata> => ({ title: uiTranslator(await requestLocale())('notFoundTitle') })

/** For `notFound()` in a page (e.g. content withdrawn between the front's check and the render). */
const NotFound = async () => <NotFoundView locale={await requestLocale()} />

export default NotFound
