import type { Locale } from '../../localization/locales'
import { uiTranslator } from '../i18n'

/**
 * Plain GET form to the search page, so it works without JavaScript. Its landmark is named, so it
 * stays distinct from the search page's own form.
 */
export const SearchBox = ({ locale }: { locale: Locale }) => {
  const t = uiTranslator(locale)
  return (
    <form role="search" aria-label={t('headerSearchLabel')} action={`/${locale}/search`} method="get" className="search-box">
      <label htmlFor="site-search" className="visually-hidden">
        {t('headerSearchLabel')}
      </label>
      <input id="site-search" type="search" name="q" placeholder={t('headerSearchPlaceholder')} />
      <button type="submit">{t('headerSearchButton')}</button>
    </form>
  )
}
