'use client'

import { ConfirmationModal, useConfig, useModal, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

import type { TerminologyFinding } from '../terminology'
import type { WorkflowAction } from '../states'
import { runWorkflowAction } from './client'
import { translator } from './messages'

const actionLabels = { submit: 'submit', approve: 'approve', 'send-back': 'sendBack' } as const

/**
 * The review view's buttons: the workflow actions the server found allowed for this person.
 * Approving with terminology findings asks first. Afterwards the view is rendered again.
 */
export const ReviewActions = ({
  collection,
  id,
  locale,
  languageLabel,
  actions,
  findings,
}: {
  collection: string
  id: string | number
  locale: string
  languageLabel: string
  actions: WorkflowAction[]
  findings: TerminologyFinding[]
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

  const [confirming, setConfirming] = useState<TerminologyFinding[]>(findings)

  const act = async (action: WorkflowAction, confirmTerminology = false) => {
    setBusy(action)
    setNotice(null)
    const result = await runWorkflowAction(config.routes.api, collection, id, locale, action, i18n.language, { confirmTerminology })
    setBusy(null)
    if (result.status === 409 && result.findings?.length && !confirmTerminology) {
      // Findings this page had not seen yet: the server asks for confirmation.
      setConfirming(result.findings)
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
              if (action === 'approve' && findings.length > 0) {
                setConfirming(findings)
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
        heading={t('confirmApproveHeading')}
        confirmLabel={t('approveAnyway')}
        cancelLabel={t('cancel')}
        body={
          <div className="tw-confirm">
            <p>{t('confirmApproveBody', { language: languageLabel })}</p>
            <ul>
              {confirming.map((finding, index) => (
                <li key={`${finding.term}-${index}`}>
                  <span lang="zh">{finding.term}</span> → <span lang={locale}>{finding.expected}</span>
                  {finding.field && <span className="tw-muted"> ({finding.field})</span>}
                </li>
              ))}
            </ul>
          </div>
        }
        onConfirm={() => act('approve', true)}
      />
    </div>
  )
}
