import { type Locale, localeConfigs, sourceLocale } from '../localization/locales'

/** BCP 47 tag for `lang` and `hreflang`: the Chinese is Simplified. */
export const htmlLang = (locale: Locale): string => (locale === sourceLocale ? 'zh-Hans' : locale)

/** The `lang` attribute for words in `lang` on a page in `locale`: none when they are the page's language. */
export const langMark = (lang: Locale, locale: Locale): string | undefined => (lang === locale ? undefined : htmlLang(lang))

export const textDirection = (locale: Locale): 'rtl' | 'ltr' =>
  localeConfigs.find(({ code }) => code === locale)?.rtl ? 'rtl' : 'ltr'

/** Each language's name in itself, as the switcher shows it. */
export const languageLabel = (locale: Locale): string => localeConfigs.find(({ code }) => code === locale)?.label ?? locale

/** Shanghai's calendar day, written the reader's way (15 January 2026, 2026年1月15日…). */
export const formatDate = (value: string | Date | null | undefined, locale: Locale): string | null => {
  if (!value) return null
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(htmlLang(locale), { dateStyle: 'long', timeZone: 'Asia/Shanghai' }).format(date)
}
