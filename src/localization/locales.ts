/** The nine content languages. Chinese is the source; the others are translation targets. */
export const sourceLocale = 'zh' as const

export const targetLocales = ['en', 'ja', 'ko', 'fr', 'de', 'es', 'ru', 'ar'] as const

export type TargetLocale = (typeof targetLocales)[number]
export type Locale = typeof sourceLocale | TargetLocale

export const allLocales: readonly Locale[] = [sourceLocale, ...targetLocales]

/** Payload needs every locale as an object: mixing strings and objects silently loses writes. */
export const localeConfigs: { code: Locale; label: string; rtl?: boolean }[] = [
  { code: 'zh', label: '中文' },
  { code: 'en', label: 'English' },
  { code: 'ja', label: '日本語' },
  { code: 'ko', label: '한국어' },
  { code: 'fr', label: 'Français' },
  { code: 'de', label: 'Deutsch' },
  { code: 'es', label: 'Español' },
  { code: 'ru', label: 'Русский' },
  { code: 'ar', label: 'العربية', rtl: true },
]

export const isLocale = (value: unknown): value is Locale =>
  typeof value === 'string' && (allLocales as readonly string[]).includes(value)

export const targetLocaleOptions = localeConfigs
  .filter(({ code }) => code !== sourceLocale)
  .map(({ code, label }) => ({ label, value: code }))
