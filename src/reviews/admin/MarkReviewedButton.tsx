'use client'

import { Button, useAuth, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

import { post } from '../../translation/admin/client'
import { mayMarkReviewed } from '../permissions'
import { reviewTranslator } from './messages'

/** The sidebar's "mark reviewed, still accurate" for editors and admins (POST …/mark-reviewed), then the fresh dates. */
export const MarkReviewedButton: UIFieldClientComponent = () => {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { user } = useAuth<{ collection?: string; role?: string }>()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [refreshing, startTransition] = useTransition()
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const t = reviewTranslator(i18n.language)
  if (!id || user?.collection !== 'users' || !mayMarkReviewed(user.role)) return null

  const mark = async () => {
    setBusy(true)
    const result = await post(
      `${config.routes.api}/${collectionSlug}/${encodeURIComponent(String(id))}/mark-reviewed`,
      i18n.language,
    )
    setBusy(false)
    setNotice({ ok: result.ok, text: result.message })
    if (result.ok) startTransition(() => router.refresh())
  }

  return (
    <div className="field-type">
      <Button buttonStyle="secondary" size="small" disabled={busy || refreshing} onClick={() => void mark()}>
        {busy ? t('marking') : t('markReviewed')}
      </Button>
      <p className="field-description">{t('markIntro')}</p>
      <div role="status" aria-live="polite">
        {notice?.ok && <p>{notice.text}</p>}
      </div>
      <div role="alert">{notice && !notice.ok && <p>{notice.text}</p>}</div>
    </div>
  )
}
