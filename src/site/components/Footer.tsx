import type { Locale } from '../../localization/locales'
import { uiTranslator } from '../i18n'
import { sectionLabels } from '../labels'
import { sectionPath } from '../urls'

export const Footer = ({ locale }: { locale: Locale }) => {
  const t = uiTranslator(locale)
  const labels = sectionLabels(t)
  return (
    <footer className="site-footer">
      <div className="container">
        <nav aria-label={t('navFooter')}>
          <ul>
            <li>
              <a href={sectionPath(locale, 'sources')}>{labels.sources.title}</a>
            </li>
            <li>
              <a href={sectionPath(locale, 'policy-documents')}>{labels['policy-documents'].title}</a>
            </li>
            <li>
              <a href="/admin">{t('admin')}</a>
            </li>
          </ul>
        </nav>
        <p>{t('footerNote')}</p>
      </div>
    </footer>
  )
}
