import { allLocales, type Locale, localeConfigs } from '../../localization/locales'
import { uiTranslator } from '../i18n'
import { htmlLang } from '../languages'
import { inLocale } from '../urls'

type Props = {
  locale: Locale
  /** This page's path in the current language. */
  path: string
  /** Languages this page is published in; the others show the Chinese original. */
  available?: readonly Locale[]
}

/** The same page in every language; languages without an approved translation are marked. */
export const LanguageSwitcher = ({ locale, path, available = allLocales }: Props) => {
  const t = uiTranslator(locale)
  return (
    <nav aria-label={t('languages')} className="languages">
      <ul>
        {localeConfigs.map(({ code, label }) => {
          const translated = available.includes(code)
          return (
            <li key={code}>
              <a
                href={inLocale(path, code)}
                hrefLang={htmlLang(code)}
                lang={htmlLang(code)}
                aria-current={code === locale ? 'true' : undefined}
                data-translated={translated}
              >
                {label}
                {!translated && (
                  <span className="untranslated" lang={htmlLang(locale)}>
                    {' '}
                    ({t('languageChineseOnly')})
                  </span>
                )}
              </a>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
