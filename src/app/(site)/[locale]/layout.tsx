import { notFound } from 'next/navigation'
import type React from 'react'

import { isLocale, localeConfigs } from '../../../localization/locales'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

export const generateStaticParams = () => localeConfigs.map(({ code }) => ({ locale: code }))

const SiteLayout = async ({ children, params }: Props) => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  const rtl = localeConfigs.find(({ code }) => code === locale)?.rtl
  return (
    <html lang={locale === 'zh' ? 'zh-Hans' : locale} dir={rtl ? 'rtl' : 'ltr'}>
      <body style={{ fontFamily: 'system-ui, "Noto Sans CJK SC", sans-serif', margin: '0 auto', maxWidth: 960, padding: 16 }}>
        {children}
      </body>
    </html>
  )
}

export default SiteLayout
