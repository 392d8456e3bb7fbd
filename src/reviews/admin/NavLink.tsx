'use client'

import { useTranslation } from '@payloadcms/ui'

import { AdminNavLink } from '../../admin/AdminNavLink'
import { reviewTranslator } from './messages'

/** "Content upkeep" in the admin navigation: opens the upkeep screen. */
export const ContentUpkeepNavLink = () => {
  const { i18n } = useTranslation()
  return <AdminNavLink path="/content-upkeep" id="nav-content-upkeep" label={reviewTranslator(i18n.language)('navLink')} />
}
