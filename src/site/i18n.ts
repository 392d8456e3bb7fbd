import { createInstance, type TFunction } from 'i18next'

import ar from '../../locales/ar/common.json'
import de from '../../locales/de/common.json'
import en from '../../locales/en/common.json'
import es from '../../locales/es/common.json'
import fr from '../../locales/fr/common.json'
import ja from '../../locales/ja/common.json'
import ko from '../../locales/ko/common.json'
import ru from '../../locales/ru/common.json'
import zh from '../../locales/zh/common.json'
import type { Locale } from '../localization/locales'

export const uiResources: Record<Locale, { common: Record<string, string> }> = {
  zh: { common: zh },
  en: { common: en },
  ja: { common: ja },
  ko: { common: ko },
  fr: { common: fr },
  de: { common: de },
  es: { common: es },
  ru: { common: ru },
  ar: { common: ar },
}

const translators = new Map<Locale, TFunction>()

/** The site's UI strings in one language (missing keys fall back to English); built once per language. */
export const uiTranslator = (locale: Locale): TFunction => {
  let t = translators.get(locale)
  if (!t) {
    const i18n = createInstance()
    // The resources are bundled, so initialising synchronously is safe.
    i18n.init({
      lng: locale,
      fallbackLng: 'en',
      defaultNS: 'common',
      resources: uiResources,
      initAsync: false,
      interpolation: { escapeValue: false },
    })
    t = i18n.t
    translators.set(locale, t)
  }
  return t
}
