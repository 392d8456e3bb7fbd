import type { Locale } from '../../localization/locales'
import type { CardSection } from '../cards'
import { uiTranslator } from '../i18n'
import { sectionLabels } from '../labels'
import { sectionPath } from '../urls'

const navSections = ['services', 'policy-interpretations', 'news', 'zones', 'topics'] as const satisfies CardSection[]

/** The main sections; the current one is marked for assistive technology and styled. */
export const MainNav = ({ locale, current }: { locale: Locale; current?: CardSection }) => {
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
