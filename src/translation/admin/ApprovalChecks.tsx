'use client'

import { useState } from 'react'

import { reasonLength } from '../../qa/facts/overrides'
import type { FactFinding } from '../../qa/facts/types'
import type { TerminologyFinding } from '../terminology'
import type { ApprovalOptions } from './client'
import { FactOverrideInputs } from './FactFindings'
import { type Translate, translator } from './messages'

/** What approving a language asks about: missing glossary terms to confirm, differing facts to justify. */
export type PendingChecks = { terms: TerminologyFinding[]; facts: FactFinding[] }

export const noChecks: PendingChecks = { terms: [], facts: [] }

export const hasChecks = (checks: PendingChecks) => checks.terms.length > 0 || checks.facts.length > 0

export const checksHeading = (t: Translate, checks: PendingChecks) =>
  checks.facts.length > 0 ? t('confirmApproveFindingsHeading') : t('confirmApproveHeading')

/**
 * The checks awaiting the reviewer's answer and the reasons typed so far (kept if the dialog is
 * closed and opened again). `answer` is what to send with the approval, or a message when a
 * reason is missing.
 */
export const useApprovalChecks = (language: string) => {
  const [pending, setPending] = useState<PendingChecks>(noChecks)
  const [reasons, setReasons] = useState<Record<string, string>>({})
  const setReason = (finding: string, reason: string) => setReasons((previous) => ({ ...previous, [finding]: reason }))
  const answer = (): ApprovalOptions | string => {
    const reasonOf = (finding: FactFinding) => (reasons[finding.id] ?? '').trim()
    if (pending.facts.some((finding) => reasonOf(finding).length < reasonLength.min))
      return translator(language)('reasonsRequired')
    return {
      confirmTerminology: pending.terms.length > 0,
      overrides: pending.facts.map((finding) => ({ finding: finding.id, reason: reasonOf(finding) })),
    }
  }
  return { pending, setPending, reasons, setReason, answer }
}

/** The dialog's body: the terms to confirm, then one reason field per differing value. */
export const ApprovalChecks = ({
  checks,
  locale,
  languageLabel,
  language,
  reasons,
  onReason,
  idPrefix,
}: {
  checks: PendingChecks
  locale: string
  languageLabel: string
  language: string
  reasons: Record<string, string>
  onReason: (finding: string, reason: string) => void
  idPrefix: string
}) => {
  const t = translator(language)
  return (
    <div className="tw-confirm">
      {checks.terms.length > 0 && (
        <>
          <p>{t('confirmApproveBody', { language: languageLabel })}</p>
          <ul>
            {checks.terms.map((finding, index) => (
              <li key={`${finding.term}-${index}`}>
                <span lang="zh">{finding.term}</span> → <span lang={locale}>{finding.expected}</span>
                {finding.field && <span className="tw-muted"> ({finding.field})</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {checks.facts.length > 0 && (
        <>
          <p>{t('confirmFactsBody', { language: languageLabel })}</p>
          <FactOverrideInputs
            findings={checks.facts}
            locale={locale}
            language={language}
            reasons={reasons}
            onChange={onReason}
            idPrefix={idPrefix}
          />
        </>
      )}
    </div>
  )
}
