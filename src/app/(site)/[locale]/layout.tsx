import type { Metadata, Viewport } from 'next'
import { notFound } from 'next/navigation'
import type React from 'react'

import { isLocale } from '../../../localization/locales'
import { Footer } from '../../../site/components/Footer'
import { uiTranslator } from '../../../site/i18n'
import { htmlLang, textDirection } from '../../../site/languages'
import '../site.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

// Rendered per request from the in-memory page data (src/site/cache.ts), never at build time.
export const dynamic = 'force-dynamic'

export const viewport: Viewport = { width: 'device-width', initialScale: 1 }

export const generateMetadata = async ({ params }: Props): Promise<Metadata> => {
  const { locale } = await params
  if (!isLocale(locale)) return {}
  const siteName = uiTranslator(locale)('siteName')
  return { title: { default: siteName, template: `%s · ${siteName}` } }
}

const SiteLayout = async ({ children, params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const t = uiTranslator(locale)
  return (
    <html lang={htmlLang(locale)} dir={textDirection(locale)}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
        <Footer locale={locale} />
      </body>
    </html>
  )
}

export default SiteLayout
