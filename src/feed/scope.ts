/** A partner's list of languages, types or topics: an empty (or absent) list means "all". */
export const covers = (allowed: readonly unknown[] | null | undefined, value: unknown): boolean =>
  !allowed?.length || allowed.includes(value)
