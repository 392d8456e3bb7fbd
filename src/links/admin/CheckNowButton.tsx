'use client'

import { Button, useAuth, useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

import { post } from '../../translation/admin/client'
import { linkTranslator } from './messages'

/** "Check links now" for editors and admins: queues the link check (POST /api/link-checks/run). */
export const CheckNowButton = () => {
  const { config } = useConfig()
  const { user } = useAuth<{ role?: string }>()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [refreshing, startTransition] = useTransition()
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const t = linkTranslator(i18n.language)
  if (user?.role !== 'admin' && user?.role !== 'editor') return null

  const run = async () => {
    setBusy(true)
    const result = await post(`${config.routes.api}/link-checks/run`, i18n.language)
    setBusy(false)
    setNotice({ ok: result.ok, text: result.message })
    if (result.ok) startTransition(() => router.refresh())
  }

  return (
    <div className="lc-check-now">
      <Button buttonStyle="secondary" size="small" disabled={busy || refreshing} onClick={() => void run()}>
        {busy ? t('queuing') : t('checkNow')}
      </Button>
      <span role="status" aria-live="polite">
        {notice?.ok && notice.text}
      </span>
      <span role="alert">{notice && !notice.ok && notice.text}</span>
    </div>
  )
}
