import type { Locale } from '../../localization/locales'
import { uiTranslator } from '../i18n'
import { homePath } from '../urls'

type Crumb = { href: string; label: string }

/** Home › section › this page (the last one is not a link). */
export const Breadcrumbs = ({
  locale,
  trail,
  current,
  currentLang,
}: {
  locale: Locale
  trail: Crumb[]
  current: string
  currentLang?: string
}) => {
  const t = uiTranslator(locale)
  return (
    <nav aria-label={t('breadcrumb')} className="breadcrumbs">
      <ol>
        {[{ href: homePath(locale), label: t('home') }, ...trail].map(({ href, label }) => (
          <li key={href}>
            <a href={href}>{label}</a>
          </li>
        ))}
        <li aria-current="page" lang={currentLang}>
          {current}
        </li>
      </ol>
    </nav>
  )
}
