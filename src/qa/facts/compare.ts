/**
 * Compares the facts of a Chinese field with those of its translation. Values are matched block
 * by block, then across the field (a value moved to another paragraph is still there); what is
 * left becomes a finding: changed (a different value of the same kind where the source value
 * stood), missing, or extra.
 *
 * Tolerated, so correct translations stay quiet: weak values left implicit (两张 → "both",
 * list numbering, ordinals, spelled-out small numbers); a value the source repeats and the
 * translation says once (or the other way round); a target number that is part of a source value
 * (the year of "3月20日" written out separately, "T1" → "Terminal 1").
 */
import { createHash } from 'node:crypto'

import { compatibleDates } from './dates'
import { samePhone } from './phones'
import type { Fact, FactFinding, FactKind, Severity } from './types'

export type BlockFacts = { block: string; source: Fact[]; target: Fact[] }

const numeric = new Set<FactKind>(['number', 'ordinal', 'houseNumber', 'duration', 'amount', 'percent', 'date', 'time', 'phone'])
const countLike = new Set<FactKind>(['number', 'ordinal', 'houseNumber'])

const sameValue = (a: Fact, b: Fact): boolean => {
  if (a.kind !== b.kind) return false
  if (a.kind === 'date') return compatibleDates(a.value, b.value)
  if (a.kind === 'phone') return samePhone(a.value, b.value)
  return a.value === b.value
}

/** The same single number in two kinds: 7个工作日 and a bare "7", 200元 and "200". */
const sameNumber = (a: Fact, b: Fact): boolean =>
  a.kind !== b.kind &&
  numeric.has(a.kind) &&
  numeric.has(b.kind) &&
  a.numbers.length === 1 &&
  b.numbers.length === 1 &&
  a.numbers[0] === b.numbers[0]

const equivalent = (a: Fact, b: Fact) => sameValue(a, b) || sameNumber(a, b)

/** Could `target` be what the translation made of `source`, changed? */
const replaces = (source: Fact, target: Fact): boolean => {
  if (target.weak && (source.kind !== target.kind || countLike.has(target.kind))) return false
  if (source.kind === target.kind) return true
  return numeric.has(source.kind) && numeric.has(target.kind) && (countLike.has(source.kind) || countLike.has(target.kind))
}

type Slot = { fact: Fact; block: string; used: boolean }

const pair = (sources: Slot[], targets: Slot[], test: (a: Fact, b: Fact) => boolean, sameBlock: boolean) => {
  const pairs: [Slot, Slot][] = []
  for (const source of sources) {
    if (source.used) continue
    const target = targets.find(
      (candidate) => !candidate.used && (!sameBlock || candidate.block === source.block) && test(source.fact, candidate.fact),
    )
    if (!target) continue
    source.used = true
    target.used = true
    pairs.push([source, target])
  }
  return pairs
}

const typed = (kind: FactKind) => !countLike.has(kind)

const severityOf = (issue: FactFinding['issue'], kind: FactKind): Severity => {
  if (issue === 'changed') return 'high'
  if (issue === 'missing') return typed(kind) ? 'high' : 'medium'
  return typed(kind) ? 'medium' : 'low'
}

const findingId = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 12)

/** Findings for one field, from its blocks' facts. */
export const compareFacts = (field: string, blocks: BlockFacts[]): FactFinding[] => {
  const sources: Slot[] = blocks.flatMap(({ block, source }) => source.map((fact) => ({ fact, block, used: false })))
  const targets: Slot[] = blocks.flatMap(({ block, target }) => target.map((fact) => ({ fact, block, used: false })))
  if (sources.length === 0 && targets.length === 0) return []

  pair(sources, targets, sameValue, true)
  pair(sources, targets, sameNumber, true)
  pair(sources, targets, sameValue, false)
  pair(sources, targets, sameNumber, false)
  // Only a target value that would otherwise be extra (or a spelled-out typed value: "three
  // months") can stand for a changed source value.
  const sourceNumbers = new Set(sources.flatMap(({ fact }) => fact.numbers))
  const extras = targets.filter(
    ({ fact, used }) =>
      !used &&
      (!fact.weak || typed(fact.kind)) &&
      !sources.some((source) => equivalent(source.fact, fact)) &&
      // A plain number that is part of a source value: the year of a date written apart, T1 → "Terminal 1".
      !(countLike.has(fact.kind) && fact.numbers.length > 0 && fact.numbers.every((n) => sourceNumbers.has(n))),
  )
  const changed = pair(sources, extras, replaces, true)
  const missing = sources.filter(
    ({ fact, used }) => !used && !fact.weak && !targets.some((target) => equivalent(fact, target.fact)),
  )
  const extra = extras.filter(({ fact, used }) => !used && !fact.weak)

  const findings: Omit<FactFinding, 'id'>[] = [
    ...changed.map(([source, target]) => ({
      field,
      block: source.block,
      kind: source.fact.kind,
      issue: 'changed' as const,
      source: source.fact.text,
      target: target.fact.text,
    })),
    ...missing.map(({ fact, block }) => ({
      field,
      block,
      kind: fact.kind,
      issue: 'missing' as const,
      source: fact.text,
      target: 'missing',
    })),
    ...extra.map(({ fact, block }) => ({
      field,
      block,
      kind: fact.kind,
      issue: 'extra' as const,
      source: null,
      target: fact.text,
    })),
  ].map((finding) => ({ ...finding, severity: severityOf(finding.issue, finding.kind) }))

  // The id leaves out the block, so inserting a paragraph does not orphan an override.
  const seen = new Map<string, number>()
  return findings
    .sort((a, b) => (a.block ?? '').localeCompare(b.block ?? '', 'en', { numeric: true }))
    .map((finding) => {
      const key = [finding.field, finding.issue, finding.kind, finding.source ?? '', finding.target].join('|')
      const count = seen.get(key) ?? 0
      seen.set(key, count + 1)
      const { block, ...rest } = finding
      return { id: findingId(`${key}|${count}`), ...rest, ...(block ? { block } : {}) }
    })
}
