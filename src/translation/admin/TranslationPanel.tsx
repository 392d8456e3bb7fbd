'use client'

import {
  Button,
  ConfirmationModal,
  useAuth,
  useConfig,
  useDocumentInfo,
  useForm,
  useFormModified,
  useLocale,
  useModal,
  useTranslation,
} from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useCallback, useEffect, useId, useRef, useState } from 'react'

import type { TargetLocale } from '../../localization/locales'
import { openFindings } from '../../qa/facts/overrides'
import type { LanguageStatus, TranslationStatus } from '../endpoints/translationStatus'
import type { WorkflowAction } from '../states'
import { ApprovalChecks, checksHeading, hasChecks, type PendingChecks, useApprovalChecks } from './ApprovalChecks'
import {
  allowedActions,
  type ApprovalOptions,
  getJson,
  machineTranslatable,
  requestMachineTranslation,
  runWorkflowAction,
  type StaffUser,
} from './client'
import { formatDateTime, methodLabel, relativeAge, translator } from './messages'
import { StateBadge } from './StateBadge'
import './translation.scss'

type Notice = { kind: 'success' | 'error'; text: string }

const actionLabels = { submit: 'submit', approve: 'approve', 'send-back': 'sendBack' } as const

/** When a language was last worked on: reviewed for approved (and outdated) ones, else translated. */
const ageOf = (status: LanguageStatus) => {
  const { record } = status
  const reviewed = (record.state === 'approved' || record.state === 'outdated') && record.reviewedAt
  return reviewed ? { kind: 'reviewed' as const, at: record.reviewedAt } : { kind: 'translated' as const, at: record.translatedAt }
}

/** What approving this language asks about, as the panel last loaded it. */
const checksOf = ({ record }: LanguageStatus): PendingChecks => ({
  terms: record.terminology,
  facts: openFindings(record.facts, record.factOverrides),
})

/**
 * The sidebar panel on every translatable document: each target language's state, method, age,
 * outdated fields, terminology and fact findings, with the actions the signed-in person may take.
 */
export const TranslationPanel: UIFieldClientComponent = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { user } = useAuth()
  const { config } = useConfig()
  const { code: currentLocale } = useLocale()
  const { i18n } = useTranslation()
  const { reset } = useForm()
  const modified = useFormModified()
  const { openModal } = useModal()
  const language = i18n.language
  const t = translator(language)
  const api = config.routes.api
  const admin = config.routes.admin
  const headingId = useId()
  const modalSlug = `translation-approve-${collectionSlug}-${id}`

  const [status, setStatus] = useState<TranslationStatus | null>(null)
  const [loadError, setLoadError] = useState<string | null>(null)
  const [busy, setBusy] = useState<string | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const [selected, setSelected] = useState<TargetLocale[]>([])
  const [pendingApproval, setPendingApproval] = useState<LanguageStatus | null>(null)
  const timers = useRef<ReturnType<typeof setTimeout>[]>([])
  const checks = useApprovalChecks(language)

  const load = useCallback(async () => {
    if (!id || !collectionSlug) return
    try {
      setStatus(await getJson<TranslationStatus>(`${api}/${collectionSlug}/${encodeURIComponent(String(id))}/translation`, language))
      setLoadError(null)
    } catch (error) {
      setLoadError((error as Error).message)
    }
  }, [api, collectionSlug, id, language])

  useEffect(() => {
    void load()
  }, [load])

  useEffect(() => () => timers.current.forEach(clearTimeout), [])

  /** The form shows the record of the language being edited: refresh it unless the person has unsaved edits. */
  const refreshForm = useCallback(
    async (locale: string) => {
      if (locale !== currentLocale || !id || !collectionSlug) return
      if (modified) {
        setNotice((previous) => ({ kind: previous?.kind ?? 'success', text: `${previous?.text ?? ''} ${t('unsavedChanges')}`.trim() }))
        return
      }
      try {
        const doc = await getJson<Record<string, unknown>>(
          `${api}/${collectionSlug}/${encodeURIComponent(String(id))}?locale=${locale}&draft=true&depth=0&fallback-locale=null`,
          language,
        )
        await reset(doc)
      } catch {
        // The panel itself is up to date; the form keeps what it shows until the next load.
      }
    },
    [api, collectionSlug, currentLocale, id, language, modified, reset, t],
  )

  const askToConfirm = (entry: LanguageStatus, pending: PendingChecks) => {
    setPendingApproval(entry)
    checks.setPending(pending)
    openModal(modalSlug)
  }

  const act = async (entry: LanguageStatus, action: WorkflowAction, approval?: ApprovalOptions) => {
    if (!id || !collectionSlug) return
    const { locale } = entry
    setBusy(`${locale}:${action}`)
    setNotice(null)
    const result = await runWorkflowAction(api, collectionSlug, id, locale, action, language, approval)
    setBusy(null)
    if (result.status === 409 && (result.findings?.length || result.facts?.length)) {
      // Findings the panel had not seen yet: the server asks for confirmation.
      askToConfirm(entry, { terms: result.findings ?? [], facts: result.facts ?? [] })
      return
    }
    setNotice({ kind: result.ok ? 'success' : 'error', text: result.message })
    await load()
    if (result.ok) await refreshForm(locale)
  }

  const onAction = (entry: LanguageStatus, action: WorkflowAction) => {
    if (action === 'approve' && hasChecks(checksOf(entry))) askToConfirm(entry, checksOf(entry))
    else void act(entry, action)
  }

  const machineTranslate = async () => {
    if (!id || !collectionSlug || selected.length === 0) return
    setBusy('machine')
    setNotice(null)
    const result = await requestMachineTranslation(api, collectionSlug, id, selected, language)
    setNotice({ kind: result.ok ? 'success' : 'error', text: result.message })
    setBusy(null)
    if (result.ok) {
      setSelected([])
      // The job runs in the background; look again while it is likely to finish.
      timers.current.push(...[5_000, 15_000, 30_000].map((delay) => setTimeout(() => void load(), delay)))
    }
  }

  if (!id) {
    return (
      <section className="tw-panel" aria-labelledby={headingId}>
        <h3 id={headingId} className="tw-panel__title">
          {t('panelTitle')}
        </h3>
        <p className="tw-muted">{t('saveFirst')}</p>
      </section>
    )
  }

  const staffUser = user as StaffUser
  const mtLocales = machineTranslatable(staffUser)

  return (
    <section className="tw-panel" aria-labelledby={headingId} aria-busy={busy !== null || (!status && !loadError)}>
      <h3 id={headingId} className="tw-panel__title">
        {t('panelTitle')}
      </h3>
      {loadError && (
        <p className="tw-notice tw-notice--error" role="alert">
          {t('loadFailed', { message: loadError })}
        </p>
      )}
      {!status && !loadError && <p className="tw-muted">{t('loading')}</p>}
      {status && (
        <>
          <table className="tw-table tw-panel__table">
            <caption className="tw-sr-only">{t('panelIntro')}</caption>
            <thead>
              <tr>
                <th scope="col">
                  <span className="tw-sr-only">{t('select')}</span>
                </th>
                <th scope="col">{t('language')}</th>
                <th scope="col">{t('state')}</th>
                <th scope="col">{t('age')}</th>
                <th scope="col" title={t('outdatedFields')}>
                  {t('outdated')}
                </th>
                <th scope="col" title={t('termFindings')}>
                  {t('terms')}
                </th>
                <th scope="col" title={t('factFindings')}>
                  {t('facts')}
                </th>
              </tr>
            </thead>
            {status.languages.map((entry) => {
              const { locale, record } = entry
              const actions = allowedActions(staffUser, record.state, locale)
              const age = ageOf(entry)
              const ageText = relativeAge(language, age.at)
              const canMt = mtLocales.includes(locale)
              const reviewable = record.state !== 'missing'
              const current = locale === currentLocale
              const openFacts = openFindings(record.facts, record.factOverrides)
              return (
                <tbody key={locale} className={current ? 'tw-panel__lang tw-panel__lang--current' : 'tw-panel__lang'} data-locale={locale}>
                  <tr aria-current={current ? 'true' : undefined}>
                    <td className="tw-panel__select">
                      {canMt && (
                        <input
                          type="checkbox"
                          checked={selected.includes(locale)}
                          aria-label={t('selectLanguage', { language: entry.label })}
                          disabled={busy !== null}
                          onChange={(event) =>
                            setSelected((previous) =>
                              event.target.checked ? [...previous, locale] : previous.filter((code) => code !== locale),
                            )
                          }
                        />
                      )}
                    </td>
                    <th scope="row" className="tw-panel__code">
                      <abbr title={entry.label} lang={locale}>
                        {locale.toUpperCase()}
                      </abbr>
                    </th>
                    <td>
                      <StateBadge state={record.state} language={language} />
                      {record.method && <span className="tw-panel__method">{methodLabel(language, record.method)}</span>}
                    </td>
                    <td className="tw-panel__age">
                      {ageText ? (
                        <time dateTime={age.at ?? undefined} title={formatDateTime(language, age.at)}>
                          {t(age.kind, { age: ageText })}
                        </time>
                      ) : (
                        t('never')
                      )}
                    </td>
                    <td className={record.outdatedFields.length ? 'tw-num tw-num--warn' : 'tw-num'} title={record.outdatedFields.join(', ') || undefined}>
                      {record.outdatedFields.length}
                    </td>
                    <td className={record.terminology.length ? 'tw-num tw-num--warn' : 'tw-num'} title={record.terminology.map((f) => f.term).join(', ') || undefined}>
                      {record.terminology.length}
                    </td>
                    <td
                      className={openFacts.length ? 'tw-num tw-num--warn' : 'tw-num'}
                      data-count="facts"
                      title={openFacts.map((finding) => `${finding.field}: ${finding.source ?? '—'} → ${finding.target}`).join('\n') || undefined}
                    >
                      {openFacts.length}
                    </td>
                  </tr>
                  {(actions.length > 0 || reviewable) && (
                    <tr className="tw-panel__actions-row">
                      <td />
                      <td colSpan={6}>
                        <div className="tw-actions" role="group" aria-label={`${t('actions')}: ${entry.label}`}>
                          {actions.map((action) => (
                            <button
                              key={action}
                              type="button"
                              className={`tw-button tw-button--${action === 'approve' ? 'primary' : 'secondary'}`}
                              disabled={busy !== null}
                              onClick={() => onAction(entry, action)}
                            >
                              {busy === `${locale}:${action}` ? t('working') : t(actionLabels[action])}
                            </button>
                          ))}
                          {reviewable && (
                            <a className="tw-button tw-button--link" href={`${admin}/translation-review/${collectionSlug}/${id}/${locale}`}>
                              {t('review')}
                              <span className="tw-sr-only"> {entry.label}</span>
                            </a>
                          )}
                        </div>
                      </td>
                    </tr>
                  )}
                </tbody>
              )
            })}
          </table>
          {mtLocales.length > 0 && (
            <div className="tw-panel__footer">
              <Button buttonStyle="secondary" size="small" disabled={busy !== null || selected.length === 0} onClick={() => void machineTranslate()}>
                {busy === 'machine' ? t('working') : t('machineTranslateSelected', { count: selected.length })}
              </Button>
            </div>
          )}
        </>
      )}
      <div role="status" aria-live="polite" className="tw-panel__live">
        {notice?.kind === 'success' && <p className="tw-notice tw-notice--success">{notice.text}</p>}
      </div>
      <div role="alert" className="tw-panel__live">
        {notice?.kind === 'error' && <p className="tw-notice tw-notice--error">{notice.text}</p>}
      </div>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={checksHeading(t, checks.pending)}
        confirmLabel={t('approveAnyway')}
        cancelLabel={t('cancel')}
        body={
          pendingApproval && (
            <ApprovalChecks
              checks={checks.pending}
              locale={pendingApproval.locale}
              languageLabel={pendingApproval.label}
              language={language}
              reasons={checks.reasons}
              onReason={checks.setReason}
              idPrefix={`${modalSlug}-${pendingApproval.locale}`}
            />
          )
        }
        onCancel={() => setPendingApproval(null)}
        onConfirm={async () => {
          const answer = checks.answer()
          if (typeof answer === 'string') setNotice({ kind: 'error', text: answer })
          else if (pendingApproval) await act(pendingApproval, 'approve', answer)
          setPendingApproval(null)
        }}
      />
    </section>
  )
}
