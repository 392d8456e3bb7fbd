/**
 * The QA dashboard's data: open fact findings (not overridden) of every document in every
 * target language, counted by language, collection and severity; readability warnings on
 * summaries and bodies; and the terms rendered differently across approved documents.
 */
import type { Payload } from 'payload'

import type { TargetLocale } from '../localization/locales'
import { terminologyPairs } from '../translation/terminologyCheck'
import { documentRef, translationRecord } from './documentRef'
import { openFindings } from './facts/overrides'
import type { FactFinding, FactOverride, Severity } from './facts/types'
import { languageVersions } from './languageVersions'
import { fieldsReadability } from './readability/fields'
import { type TerminologyReport, terminologyReportOf } from './terminology/report'

export type QaDocument = ReturnType<typeof documentRef> & {
  locale: TargetLocale
  state: string
  findings: FactFinding[]
  /** Summary and body fields harder than the portal's target. */
  readabilityWarnings: string[]
}

export type QaGroup = { locale: TargetLocale; collection: string; severity: Severity; count: number }

export type QaDashboard = {
  groups: QaGroup[]
  totals: { openFindings: number; readabilityWarnings: number; terminologyInconsistencies: number }
  /** Terms rendered differently in different approved documents, per language. */
  terminology: TerminologyReport
  /** Documents with open findings or readability warnings, most findings first. */
  documents: QaDocument[]
}

export type QaDashboardFilter = { locale?: TargetLocale; collection?: string; severity?: Severity }

const severities: Severity[] = ['high', 'medium', 'low']

export const qaDashboard = async (payload: Payload, filter: QaDashboardFilter = {}): Promise<QaDashboard> => {
  const versions = (await languageVersions(payload)).filter(
    ({ locale, collection }) =>
      (!filter.locale || locale === filter.locale) && (!filter.collection || collection.slug === filter.collection),
  )
  const documents: QaDocument[] = versions.flatMap((version) => {
    const record = translationRecord(version)
    const findings = openFindings(record.facts as FactFinding[], record.factOverrides as FactOverride[]).filter(
      ({ severity }) => !filter.severity || severity === filter.severity,
    )
    const texts = terminologyPairs(version.collection.fields, version.source, version.target).map(({ field, target }) => ({
      path: field,
      text: target,
    }))
    const readabilityWarnings = fieldsReadability(texts, version.locale)
      .filter(({ harder }) => harder)
      .map(({ field }) => field)
    if (findings.length === 0 && readabilityWarnings.length === 0) return []
    return [
      {
        ...documentRef(payload, version),
        locale: version.locale,
        state: record.state ?? 'missing',
        findings,
        readabilityWarnings,
      },
    ]
  })
  const counts = new Map<string, QaGroup>()
  for (const { locale, collection, findings } of documents) {
    for (const { severity } of findings) {
      const key = `${locale}/${collection}/${severity}`
      const group = counts.get(key) ?? { locale, collection, severity, count: 0 }
      group.count++
      counts.set(key, group)
    }
  }
  const terminology = (await terminologyReportOf(payload, versions, { locale: filter.locale })).filter(
    ({ terms }) => terms.length,
  )
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
  return {
    groups: [...counts.values()].sort(
      (a, b) =>
        a.locale.localeCompare(b.locale) ||
        a.collection.localeCompare(b.collection) ||
        severities.indexOf(a.severity) - severities.indexOf(b.severity),
    ),
    totals: {
      openFindings: sum(documents.map(({ findings }) => findings.length)),
      readabilityWarnings: sum(documents.map(({ readabilityWarnings }) => readabilityWarnings.length)),
      terminologyInconsistencies: sum(terminology.map(({ terms }) => terms.length)),
    },
    terminology,
    documents: documents.sort((a, b) => b.findings.length - a.findings.length || a.title.localeCompare(b.title)),
  }
}
