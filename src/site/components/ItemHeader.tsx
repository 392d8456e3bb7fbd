import type React from 'react'

import type { Locale } from '../../localization/locales'
import type { Media } from '../../payload-types'
import type { SiteSection } from '../urls'
import type { Shown } from '../content'
import { uiTranslator } from '../i18n'
import { langMark } from '../languages'
import { sectionLabels } from '../labels'
import { sectionPath } from '../urls'
import { Breadcrumbs } from './Breadcrumbs'
import { FallbackNotice } from './FallbackNotice'
import { ResponsiveImage } from './ResponsiveImage'

type Props = {
  locale: Locale
  section: SiteSection
  path: string
  title: string
  lead?: string | null
  /** The language of the item's words. */
  lang: Locale
  available: readonly Locale[]
  image?: Shown<Media> | null
  /** A line under the title: dates and the like. */
  children?: React.ReactNode
}

/** Breadcrumbs, the Chinese-original notice when there is no translation, title, lead and hero image. */
export const ItemHeader = ({ locale, section, path, title, lead, lang, available, image, children }: Props) => {
  const contentLang = langMark(lang, locale)
  const label = sectionLabels(uiTranslator(locale))[section].title
  return (
    <>
      <Breadcrumbs
        locale={locale}
        trail={[{ href: sectionPath(locale, section), label }]}
        current={title}
        currentLang={contentLang}
      />
      {lang !== locale && <FallbackNotice locale={locale} path={path} available={available} />}
      <header className="item-header">
        <h1 lang={contentLang}>{title}</h1>
        {lead && (
          <p className="lead" lang={contentLang}>
            {lead}
          </p>
        )}
        {children && <p className="item-meta">{children}</p>}
      </header>
      {image && (
        <ResponsiveImage media={image} locale={locale} sizes="(min-width: 72rem) 72rem, 100vw" priority className="hero" />
      )}
    </>
  )
}
