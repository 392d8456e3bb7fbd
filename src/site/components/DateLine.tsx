import type { Locale } from '../../localization/locales'
import { DateText } from './DateText'

/** "Published 15 January 2026" and the like; nothing without a date. */
export const DateLine = ({ label, value, locale }: { label: string; value: string | null | undefined; locale: Locale }) =>
  value ? (
    <>
      {label} <DateText value={value} locale={locale} />
    </>
  ) : null
