import type { Locale } from '../../localization/locales'
import { uiTranslator } from '../i18n'
import { htmlLang, languageLabel } from '../languages'
import { inLocale } from '../urls'

type Props = { locale: Locale; path: string; available: readonly Locale[] }

/** Said in the reader's language when the page shows the Chinese original instead of a translation. */
export const FallbackNotice = ({ locale, path, available }: Props) => {
  const t = uiTranslator(locale)
  const others = available.filter((code) => code !== locale)
  return (
    <div className="notice" role="note" data-fallback="true">
      <p>{t('notTranslatedNotice')}</p>
      {others.length > 0 && (
        <p>
          {t('availableIn')}{' '}
          {others.map((code, index) => (
            <span key={code}>
              {index > 0 && ' · '}
              <a href={inLocale(path, code)} hrefLang={htmlLang(code)} lang={htmlLang(code)}>
                {languageLabel(code)}
              </a>
            </span>
          ))}
        </p>
      )}
    </div>
  )
}
