/**
 * Fact findings (values that differ from the Chinese) as the review view, the panel and the
 * approval dialog show them; and the reason fields a reviewer fills in to approve anyway.
 * No hooks: the list renders on the server too.
 */
import type { ReactNode } from 'react'

import type { FactFinding, FactOverride } from '../../qa/facts/types'
import { factKindLabel, formatDateTime, type MessageKey, translator } from './messages'

const issueLabels: Record<FactFinding['issue'], MessageKey> = {
  missing: 'factMissing',
  changed: 'factChanged',
  extra: 'factExtra',
}

/** "changed amount · 200元 → 100 يوان" */
export const FactFindingText = ({ finding, locale, language }: { finding: FactFinding; locale: string; language: string }) => {
  const t = translator(language)
  return (
    <>
      <span className={`tw-facts__issue tw-facts__issue--${finding.issue}`}>{t(issueLabels[finding.issue])}</span>{' '}
      {factKindLabel(language, finding.kind)} · <span lang="zh">{finding.source ?? '—'}</span> →{' '}
      {finding.target === 'missing' ? <em>{t('factMissing')}</em> : <span lang={locale}>{finding.target}</span>}
    </>
  )
}

/** Findings with, for each one overridden, who overrode it, when and why. */
export const FactFindingList = ({
  findings,
  overrides,
  locale,
  language,
  place,
}: {
  findings: FactFinding[]
  overrides: FactOverride[]
  locale: string
  language: string
  /** Where the finding is (a link to its field), when the list covers several fields. */
  place?: (finding: FactFinding) => ReactNode
}) => {
  const t = translator(language)
  const byFinding = new Map(overrides.map((override) => [override.finding, override]))
  return (
    <ul className="tw-facts">
      {findings.map((finding) => {
        const override = byFinding.get(finding.id)
        return (
          <li
            key={finding.id}
            data-finding={finding.id}
            className={override ? 'tw-facts__item tw-facts__item--overridden' : 'tw-facts__item'}
          >
            <FactFindingText finding={finding} locale={locale} language={language} />
            {place?.(finding)}
            {override && (
              <p className="tw-facts__override">
                {t('overridden', {
                  name: override.by.name ?? String(override.by.id),
                  date: formatDateTime(language, override.at),
                })}{' '}
                <q>{override.reason}</q>
              </p>
            )}
          </li>
        )
      })}
    </ul>
  )
}

/** One reason field per open finding, for the approval dialog. */
export const FactOverrideInputs = ({
  findings,
  locale,
  language,
  reasons,
  onChange,
  idPrefix,
}: {
  findings: FactFinding[]
  locale: string
  language: string
  reasons: Record<string, string>
  onChange: (finding: string, reason: string) => void
  idPrefix: string
}) => {
  const t = translator(language)
  return (
    <ul className="tw-facts tw-facts--inputs">
      {findings.map((finding) => (
        <li key={finding.id} className="tw-facts__item">
          <label htmlFor={`${idPrefix}-${finding.id}`}>
            <FactFindingText finding={finding} locale={locale} language={language} />
            <span className="tw-muted"> ({finding.field})</span>
          </label>
          <textarea
            id={`${idPrefix}-${finding.id}`}
            className="tw-facts__reason"
            rows={2}
            maxLength={1000}
            placeholder={t('overrideReason')}
            aria-label={t('overrideReason')}
            value={reasons[finding.id] ?? ''}
            onChange={(event) => onChange(finding.id, event.target.value)}
          />
        </li>
      ))}
    </ul>
  )
}
