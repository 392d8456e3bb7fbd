'use client'

import { useTranslation } from '@payloadcms/ui'

import { AdminNavLink } from '../../admin/AdminNavLink'
import { linkTranslator } from './messages'

/** "Broken links" in the admin navigation: opens the dashboard. */
export const BrokenLinksNavLink = () => {
  const { i18n } = useTranslation()
  return <AdminNavLink path="/broken-links" id="nav-broken-links" label={linkTranslator(i18n.language)('navLink')} />
}
