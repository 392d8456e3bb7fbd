import type { UIFieldServerComponent } from 'payload'

import { formatDateTime } from '../../translation/admin/messages'
import { checkableUrl } from '../collect'
import { linkWorks } from '../statuses'
import { findLinkCheck } from '../store'
import { linkTranslator } from './messages'
import { StatusBadge } from './StatusBadge'

/**
 * The service's sidebar: whether its online application link passed the latest check. A failing
 * link is an alert naming the problem, since when, and what readers see instead.
 */
export const ApplicationLinkNotice: UIFieldServerComponent = async ({ data, payload, i18n }) => {
  const url = checkableUrl((data as { onlineApplication?: { url?: unknown } } | undefined)?.onlineApplication?.url)
  if (!url) return null
  const language = i18n.language
  const t = linkTranslator(language)
  const row = await findLinkCheck(payload, url)
  const time = (iso: string | null | undefined) => formatDateTime(language, iso)
  const works = linkWorks(row?.status)
  let lines: string[]
  if (!row) lines = [t('noticeUnchecked')]
  else if (works) lines = [t('noticeWorks', { status: row.httpStatus ?? '', time: time(row.lastCheckedAt) })]
  else if (works === false) lines = [t('noticeBroken', { since: time(row.firstBrokenAt) }), row.error ?? '', t('noticeFallback')]
  else lines = [t('noticeBlocked'), row.error ?? '']

  return (
    <div className={`lc-notice${works === false ? ' lc-notice--failing' : ''}`} role={works === false ? 'alert' : 'status'}>
      <strong>{t('noticeTitle')}</strong> {row && <StatusBadge status={row.status} language={language} />}
      {lines.filter(Boolean).map((line) => (
        <p key={line}>{line}</p>
      ))}
      {row && (
        <p>
          <a href={`${payload.config.routes.admin}/collections/link-checks/${row.id}`}>{t('details')}</a>
        </p>
      )}
    </div>
  )
}
