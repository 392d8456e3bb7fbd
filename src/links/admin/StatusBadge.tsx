import type { LinkStatus } from '../statuses'
import { linkStatusLabel } from './messages'
import './links.scss'

export const StatusBadge = ({ status, language }: { status: LinkStatus; language: string }) => (
  <span className={`lc-status lc-status--${status}`}>{linkStatusLabel(language, status)}</span>
)
