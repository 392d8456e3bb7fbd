'use client'

import { ConfirmationModal, useConfig, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

import type { FactFinding } from '../../qa/facts/types'
import type { TerminologyFinding } from '../terminology'
import type { WorkflowAction } from '../states'
import { ApprovalChecks, checksHeading, hasChecks, useApprovalChecks } from './ApprovalChecks'
import { type ApprovalOptions, runWorkflowAction } from './client'
import { translator } from './messages'

const actionLabels = { submit: 'submit', approve: 'approve', 'send-back': 'sendBack' } as const

/**
 * The review view's buttons: the workflow actions the server found allowed for this person.
 * Approving with terminology findings asks first; with fact findings, asks for a reason for each.
 * Afterwards the view is rendered again.
 */
export const ReviewActions = ({
  collection,
  id,
  locale,
  languageLabel,
  actions,
  findings,
  facts,
}: {
  collection: string
  id: string | number
  locale: string
  languageLabel: string
  actions: WorkflowAction[]
  findings: TerminologyFinding[]
  /** Fact findings no override covers yet. */
  facts: FactFinding[]
}) => {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { openModal } = useModal()
  const router = useRouter()
  const [refreshing, startTransition] = useTransition()
  const [busy, setBusy] = useState<WorkflowAction | null>(null)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const t = translator(i18n.language)
  const modalSlug = `translation-review-approve-${collection}-${id}-${locale}`

  const checks = useApprovalChecks(i18n.language)

  const act = async (action: WorkflowAction, approval?: ApprovalOptions) => {
    setBusy(action)
    setNotice(null)
    const result = await runWorkflowAction(config.routes.api, collection, id, locale, action, i18n.language, approval)
    setBusy(null)
    if (result.status === 409 && (result.findings?.length || result.facts?.length)) {
      // Findings this page had not seen yet: the server asks for confirmation.
      checks.setPending({ terms: result.findings ?? [], facts: result.facts ?? [] })
      openModal(modalSlug)
      return
    }
    setNotice({ ok: result.ok, text: result.message })
    if (result.ok) startTransition(() => router.refresh())
  }

  if (actions.length === 0) return null
  return (
    <div className="tw-review-actions">
      <div className="tw-actions" role="group" aria-label={`${t('actions')}: ${languageLabel}`}>
        {actions.map((action) => (
          <button
            key={action}
            type="button"
            className={`tw-button tw-button--${action === 'approve' ? 'primary' : 'secondary'}`}
            disabled={busy !== null || refreshing}
            onClick={() => {
              if (action === 'approve' && hasChecks({ terms: findings, facts })) {
                checks.setPending({ terms: findings, facts })
                openModal(modalSlug)
              } else void act(action)
            }}
          >
            {busy === action ? t('working') : t(actionLabels[action])}
          </button>
        ))}
      </div>
      <div role="status" aria-live="polite">
        {notice?.ok && <p className="tw-notice tw-notice--success">{notice.text}</p>}
      </div>
      <div role="alert">{notice && !notice.ok && <p className="tw-notice tw-notice--error">{notice.text}</p>}</div>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={checksHeading(t, checks.pending)}
        confirmLabel={t('approveAnyway')}
        cancelLabel={t('cancel')}
        body={
          <ApprovalChecks
            checks={checks.pending}
            locale={locale}
            languageLabel={languageLabel}
            language={i18n.language}
            reasons={checks.reasons}
            onReason={checks.setReason}
            idPrefix={modalSlug}
          />
        }
        onConfirm={async () => {
          const answer = checks.answer()
          if (typeof answer === 'string') setNotice({ ok: false, text: answer })
          else await act('approve', answer)
        }}
      />
    </div>
  )
}
