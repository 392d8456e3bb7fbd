import type { Locale } from '../../localization/locales'
import { uiTranslator } from '../i18n'
import { sectionLabels } from '../labels'
import { sectionPath, type SiteSection } from '../urls'

const navSections = ['services', 'policy-interpretations', 'news', 'zones', 'topics'] as const satisfies SiteSection[]

/** The main sections; the current one is marked for assistive technology and styled. */
export const MainNav = ({ locale, current }: { locale: Locale; current?: SiteSection }) => {
  const t = uiTranslator(locale)
  const labels = sectionLabels(t)
  return (
    <nav aria-label={t('navMain')} className="main-nav">
      <ul className="container">
        {navSections.map((section) => (
          <li key={section}>
            <a href={sectionPath(locale, section)} aria-current={section === current ? 'page' : undefined}>
              {labels[section].title}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  )
}
