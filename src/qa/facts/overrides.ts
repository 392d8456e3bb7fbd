/**
 * The approval gate for facts: a language with fact findings is approved only when the reviewer
 * overrides each one with a reason. Overrides are recorded with who, when and why and kept with
 * the approval; one given earlier still covers the same finding (same field, kind and values)
 * at a later approval, so an unrelated source edit does not ask for the same reason twice.
 */
import type { FactFinding, FactOverride } from './types'

export type OverrideRequest = { finding: string; reason: string }

export const reasonLength = { min: 3, max: 1000 } as const

type Parsed = { ok: true; overrides: OverrideRequest[] } | { ok: false; message: string }

/** Reads `overrides` from an approval body: `[{ "finding": "<id>", "reason": "…" }]`, or nothing. */
export const parseOverrides = (body: unknown): Parsed => {
  const raw = body && typeof body === 'object' ? (body as { overrides?: unknown }).overrides : undefined
  if (raw === undefined || raw === null) return { ok: true, overrides: [] }
  if (!Array.isArray(raw)) return { ok: false, message: '"overrides" must be a list of {"finding": "<id>", "reason": "…"}.' }
  const overrides: OverrideRequest[] = []
  for (const [index, item] of raw.entries()) {
    const { finding, reason } = (item && typeof item === 'object' ? item : {}) as { finding?: unknown; reason?: unknown }
    if (typeof finding !== 'string' || !finding.trim()) {
      return { ok: false, message: `overrides[${index}].finding must be the id of a fact finding.` }
    }
    const text = typeof reason === 'string' ? reason.trim() : ''
    if (text.length < reasonLength.min || text.length > reasonLength.max) {
      return {
        ok: false,
        message: `overrides[${index}].reason must say why, in ${reasonLength.min} to ${reasonLength.max} characters.`,
      }
    }
    overrides.push({ finding: finding.trim(), reason: text })
  }
  return { ok: true, overrides }
}

/**
 * Which findings stay open, and the overrides to keep with the approval: those asked for now
 * (recorded as this reviewer's, now) and earlier ones whose finding is still there.
 */
export const resolveOverrides = (
  findings: readonly FactFinding[],
  requested: readonly OverrideRequest[],
  previous: readonly FactOverride[] | null | undefined,
  reviewer: FactOverride['by'],
  at: string,
): { open: FactFinding[]; overrides: FactOverride[] } => {
  const asked = new Map(requested.map((override) => [override.finding, override.reason]))
  const earlier = new Map((previous ?? []).map((override) => [override.finding, override]))
  const open: FactFinding[] = []
  const overrides: FactOverride[] = []
  for (const finding of findings) {
    const reason = asked.get(finding.id)
    const kept = earlier.get(finding.id)
    if (reason !== undefined) {
      const { id, field, kind, issue, source, target } = finding
      overrides.push({ finding: id, field, kind, issue, source, target, reason, by: reviewer, at })
    } else if (kept) overrides.push(kept)
    else open.push(finding)
  }
  return { open, overrides }
}

/** "fees: 200元 → 100 yuan (changed amount)", for messages. */
export const describeFinding = ({
  field,
  source,
  target,
  issue,
  kind,
}: Pick<FactFinding, 'field' | 'source' | 'target' | 'issue' | 'kind'>): string =>
  `${field}: ${source ?? '—'} → ${target} (${issue} ${kind})`

/** Findings no override covers. */
export const openFindings = (
  findings: readonly FactFinding[] | null | undefined,
  overrides: readonly FactOverride[] | null | undefined,
) => {
  const covered = new Set((overrides ?? []).map(({ finding }) => finding))
  return (findings ?? []).filter(({ id }) => !covered.has(id))
}
