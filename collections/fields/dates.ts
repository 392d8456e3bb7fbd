import type { DateField, Validate } from 'payload'

/**
 * A date that must not come before another date field of the same document,
 * e.g. an expiry date after the effective date.
 */
export const dateNotBefore = (
  name: string,
  earlier: { field: string; label: string },
  extra: Partial<DateField> = {},
): DateField => {
  const validate: Validate = (value, { siblingData }) => {
    const other = (siblingData as Record<string, unknown>)[earlier.field]
    if (!value || !other) return true
    return new Date(value as string) >= new Date(other as string)
      ? true
      : `Must not be earlier than the ${earlier.label}.`
  }
  return { ...extra, name, type: 'date', validate } as DateField
}
