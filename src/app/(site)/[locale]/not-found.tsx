import type { Metadata } from 'next'
import { headers } from 'next/headers'

import { isLocale, type Locale, sourceLocale } from '../../../localization/locales'
import { Frame } from '../../../site/components/Frame'
import { uiTranslator } from '../../../site/i18n'
import { localeHeader } from '../../../site/localeRoutes'
import { homePath } from '../../../site/urls'

/** not-found receives no params: the Express front passes the locale segment in a header. */
const requestLocale = async (): Promise<Locale> => {
  const value = (await headers()).get(localeHeader)
  return isLocale(value) ? value : sourceLocale
}

export const generateMetadata = async (): Promise<Metadata> => ({ title: uiTranslator(await requestLocale())('notFoundTitle') })

/** The one 404 for unknown items, drafts and unknown paths alike: it says nothing about what exists. */
const NotFound = async () => {
  const locale = await requestLocale()
  const t = uiTranslator(locale)
  return (
    <Frame locale={locale} path={homePath(locale)}>
      <h1>{t('notFoundTitle')}</h1>
      <p>{t('notFoundText')}</p>
      <p>
        <a href={homePath(locale)}>{t('backHome')}</a>
      </p>
    </Frame>
  )
}

export default NotFound
