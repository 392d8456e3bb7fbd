import type React from 'react'

import type { Locale } from '../../localization/locales'
import type { SiteSection } from '../urls'
import { uiTranslator } from '../i18n'
import { homePath } from '../urls'
import { LanguageSwitcher } from './LanguageSwitcher'
import { MainNav } from './MainNav'
import { SearchBox } from './SearchBox'

type Props = {
  locale: Locale
  /** This page's path, for the language switcher. */
  path: string
  available?: readonly Locale[]
  section?: SiteSection
  children: React.ReactNode
}

/** Header (site name, search, languages, sections) and the main landmark of every page. */
export const Frame = ({ locale, path, available, section, children }: Props) => {
  const t = uiTranslator(locale)
  return (
    <>
      <header className="site-header">
        <LanguageSwitcher locale={locale} path={path} available={available} />
        <div className="container header-bar">
          <a className="site-name" href={homePath(locale)}>
            {t('siteName')}
          </a>
          <SearchBox locale={locale} />
        </div>
        <MainNav locale={locale} current={section} />
      </header>
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
    </>
  )
}
