import type { Locale } from '../../localization/locales'
import { uiTranslator } from '../i18n'
import { homePath } from '../urls'
import { Frame } from './Frame'

/** The one 404 page for unknown items, drafts and unknown paths alike: it says nothing about what exists. */
export const NotFoundView = ({ locale }: { locale: Locale }) => {
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
