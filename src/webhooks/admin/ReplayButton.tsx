'use client'

import { Button, useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import type { UIFieldClientComponent } from 'payload'
import { useRouter } from 'next/navigation'
import { useState, useTransition } from 'react'

import { post } from '../../translation/admin/client'

const messages = {
  en: { replay: 'Replay', working: 'Queuing…', intro: 'Sends this event to the partner again, with the same event id.' },
  zh: { replay: '重新发送', working: '正在排队…', intro: '以相同的事件 ID 再次向合作方发送此事件。' },
}

/** The delivery's sidebar button: queues the event again (POST …/replay), then shows the fresh status. */
export const ReplayButton: UIFieldClientComponent = () => {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const [busy, setBusy] = useState(false)
  const [refreshing, startTransition] = useTransition()
  const [notice, setNotice] = useState<{ ok: boolean; text: string } | null>(null)
  const t = i18n.language === 'zh' ? messages.zh : messages.en
  if (!id) return null

  const replay = async () => {
    setBusy(true)
    const result = await post(`${config.routes.api}/webhook-deliveries/${encodeURIComponent(String(id))}/replay`, i18n.language)
    setBusy(false)
    setNotice({ ok: result.ok, text: result.message })
    if (result.ok) startTransition(() => router.refresh())
  }

  return (
    <div className="field-type">
      <p>{t.intro}</p>
      <Button buttonStyle="secondary" size="small" disabled={busy || refreshing} onClick={() => void replay()}>
        {busy ? t.working : t.replay}
      </Button>
      <div role="status" aria-live="polite">
        {notice?.ok && <p>{notice.text}</p>}
      </div>
      <div role="alert">{notice && !notice.ok && <p>{notice.text}</p>}</div>
    </div>
  )
}
