import type { Locale } from '../../localization/locales'
import { formatDate } from '../languages'

/** A date in the reader's language, machine-readable too. */
export const DateText = ({ value, locale }: { value: string | null | undefined; locale: Locale }) => {
  const text = formatDate(value, locale)
  return text && value ? <time dateTime={new Date(value).toISOString()}>{text}</time> : null
}
