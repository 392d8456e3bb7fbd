'use client'

import { Button, ConfirmationModal, useConfig, useDocumentInfo, useFormFields, useModal, useTranslation } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'
import { useId, useState } from 'react'

import { post } from '../../translation/admin/client'
import { adminLanguage, formatDateTime } from '../../translation/admin/messages'
import './apiKey.scss'

const messages = {
  en: {
    title: 'API key',
    intro: 'The partner sends it as "Authorization: Bearer <key>" to the feed and to /api/graphql.',
    current: 'Current key',
    issued: 'issued {date}',
    none: 'No key issued yet.',
    saveFirst: 'A key is issued when you save the partner; come back here to issue one you can hand over.',
    issue: 'Issue new key',
    rotate: 'Rotate key',
    rotateHint: 'Lost the key, or never received it? Rotating gives you a new one to hand over.',
    working: 'Issuing…',
    confirmHeading: 'Replace the API key?',
    confirmBody:
      'The old key stops working at once: every request that still uses it is refused until the partner switches to the new key.',
    confirm: 'Replace key',
    cancel: 'Cancel',
    newKey: 'New key',
    once: 'Copy it now and give it to the partner: it will not be shown again.',
    copy: 'Copy key',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the key and copy it by hand.',
  },
  zh: {
    title: 'API 密钥',
    intro: '合作方以“Authorization: Bearer <密钥>”调用内容源接口和 /api/graphql。',
    current: '当前密钥',
    issued: '签发于 {date}',
    none: '尚未签发密钥。',
    saveFirst: '保存合作方时会签发密钥；保存后可在此签发一个可交给合作方的新密钥。',
    issue: '签发新密钥',
    rotate: '更换密钥',
    rotateHint: '密钥丢失或从未收到？更换后即可得到一个新密钥交给合作方。',
    working: '正在签发…',
    confirmHeading: '更换 API 密钥？',
    confirmBody: '旧密钥立即失效：合作方改用新密钥之前，所有使用旧密钥的请求都会被拒绝。',
    confirm: '更换密钥',
    cancel: '取消',
    newKey: '新密钥',
    once: '请立即复制并交给合作方：此密钥不会再次显示。',
    copy: '复制密钥',
    copied: '已复制到剪贴板。',
    copyFailed: '复制失败：请选中密钥手动复制。',
  },
}

type Issued = { apiKey: string; keyPrefix: string; issuedAt: string }

/**
 * The partner's key, in place of the key prefix field: the current key's start and issue date,
 * and a button that issues a new key (POST /api/partners/{id}/rotate-key) after confirming that
 * the old one stops working. The new key is shown once, with a copy button.
 */
export const ApiKeyPanel: TextFieldClientComponent = ({ path }) => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const { openModal } = useModal()
  const savedPrefix = useFormFields(([fields]) => fields[path]?.value as string | null | undefined)
  const savedIssuedAt = useFormFields(([fields]) => fields.keyIssuedAt?.value as string | null | undefined)
  const [issued, setIssued] = useState<Issued | null>(null)
  const [busy, setBusy] = useState(false)
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const headingId = useId()
  const t = messages[adminLanguage(i18n.language)]
  const modalSlug = `partner-rotate-key-${id}`
  const prefix = issued?.keyPrefix ?? savedPrefix
  const issuedAt = issued?.issuedAt ?? savedIssuedAt

  const rotate = async () => {
    setBusy(true)
    setNotice(null)
    const result = await post(`${config.routes.api}/partners/${encodeURIComponent(String(id))}/rotate-key`, i18n.language)
    setBusy(false)
    const body = result.body as { apiKey?: string; keyPrefix?: string } | null
    if (result.ok && body?.apiKey && body.keyPrefix) {
      setIssued({ apiKey: body.apiKey, keyPrefix: body.keyPrefix, issuedAt: new Date().toISOString() })
    } else {
      setNotice({ ok: false, text: result.message })
    }
  }

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(issued!.apiKey)
      setNotice({ ok: true, text: t.copied })
    } catch {
      setNotice({ ok: false, text: t.copyFailed })
    }
  }

  return (
    <section className="field-type api-key" aria-labelledby={headingId}>
      <h3 id={headingId} className="api-key__title">
        {t.title}
      </h3>
      <p className="api-key__muted">{t.intro}</p>
      {!id ? (
        <p>{t.saveFirst}</p>
      ) : (
        <>
          {prefix ? (
            <p>
              {t.current}: <code>{prefix}…</code>
              {issuedAt && (
                <>
                  {' · '}
                  <time dateTime={issuedAt}>{t.issued.replace('{date}', formatDateTime(i18n.language, issuedAt))}</time>
                </>
              )}
            </p>
          ) : (
            <p>{t.none}</p>
          )}
          {issued && (
            <div className="api-key__new">
              <label htmlFor={`${headingId}-key`}>{t.newKey}</label>
              {/* Focused (and selected) as it appears, so keyboard and screen reader users land on it. */}
              <input
                id={`${headingId}-key`}
                className="api-key__value"
                readOnly
                autoFocus
                value={issued.apiKey}
                onFocus={(event) => event.target.select()}
              />
              <p className="api-key__warning">{t.once}</p>
              <Button buttonStyle="primary" size="small" onClick={() => void copy()}>
                {t.copy}
              </Button>
            </div>
          )}
          <Button
            buttonStyle="secondary"
            size="small"
            disabled={busy}
            onClick={() => (prefix ? openModal(modalSlug) : void rotate())}
          >
            {busy ? t.working : prefix ? t.rotate : t.issue}
          </Button>
          {prefix && !issued && <p className="api-key__muted">{t.rotateHint}</p>}
        </>
      )}
      <div role="status" aria-live="polite">
        {notice?.ok && <p className="api-key__notice">{notice.text}</p>}
      </div>
      <div role="alert">{notice && !notice.ok && <p className="api-key__notice api-key__notice--error">{notice.text}</p>}</div>
      <ConfirmationModal
        modalSlug={modalSlug}
        heading={t.confirmHeading}
        body={<p>{t.confirmBody}</p>}
        confirmLabel={t.confirm}
        cancelLabel={t.cancel}
        onConfirm={rotate}
      />
    </section>
  )
}
