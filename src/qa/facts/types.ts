/** What a fact is: the comparison treats each kind by its own rules. */
export const factKinds = [
  'number',
  'ordinal',
  'date',
  'time',
  'duration',
  'amount',
  'percent',
  'phone',
  'url',
  'email',
  'documentNumber',
  'houseNumber',
] as const
export type FactKind = (typeof factKinds)[number]

/** A value found in a text, normalized so that the same value compares equal in every language. */
export type Fact = {
  kind: FactKind
  /**
   * Comparable form: a number ('200', '0.5'), an ISO date or part of one ('2026-03-20', '--03-20',
   * '2026-03', '2026'), minutes since midnight ('540'), '<n> <unit>' for durations, national
   * digits for phones, lowercased host and path for urls, '<year>:<number>' for document numbers.
   */
  value: string
  /** The numbers the value is made of, for matching a value the other language writes as a plain number. */
  numbers: number[]
  /** As written (digits as in the text). */
  text: string
  start: number
  end: number
  /**
   * A value the other language may leave implicit without that being an error: small counts in
   * Chinese numerals (两张照片 → "two photos", "both photos"), ordinals, list numbering, spelled-out
   * numbers. A weak value still matches, and a weak value paired with a different one is a change.
   */
  weak?: boolean
}

export type FactIssue = 'missing' | 'changed' | 'extra'
export type Severity = 'high' | 'medium' | 'low'

/** One difference between the Chinese source and a translation. */
export type FactFinding = {
  /** Stable key of the finding (field, issue, kind and values), so an override follows it across re-checks. */
  id: string
  /** Field path, e.g. `fees` or `materials.2.notes`. */
  field: string
  /** Rich text block (its path in the tree) where the source value stands. */
  block?: string
  kind: FactKind
  issue: FactIssue
  /** The value as written in Chinese (null when the translation has a value the source lacks). */
  source: string | null
  /** The value as written in the translation, or 'missing'. */
  target: string
  severity: Severity
}

/** A reviewer's decision to approve despite a finding, kept with the approval. */
export type FactOverride = {
  finding: string
  field: string
  kind: FactKind
  issue: FactIssue
  source: string | null
  target: string
  reason: string
  by: { id: string | number; name?: string | null }
  at: string
}
