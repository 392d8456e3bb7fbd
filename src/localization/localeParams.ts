import { allLocales } from './locales'

const localeValues = new Set<string>([...allLocales, 'all', '*'])
const fallbackValues = new Set<string>([...allLocales, 'none', 'false', 'null'])

const single = (value: unknown): string | undefined => (Array.isArray(value) ? String(value[0]) : value === undefined ? undefined : String(value))

/**
 * Payload quietly treats an unknown locale as the default one, so `?locale=jp` (for ja) would
 * read, or worse overwrite, the Chinese source. Returns the message for a bad value, or null.
 */
export const localeParamError = (query: Record<string, unknown>): string | null => {
  const locale = single(query.locale)
  if (locale !== undefined && !localeValues.has(locale)) {
    return `Unknown locale "${locale}". Use one of: ${allLocales.join(', ')}, or all.`
  }
  const fallback = single(query['fallback-locale'] ?? query.fallbackLocale)
  if (fallback !== undefined && !fallbackValues.has(fallback)) {
    return `Unknown fallback-locale "${fallback}". Use one of: ${allLocales.join(', ')}, or none.`
  }
  return null
}
