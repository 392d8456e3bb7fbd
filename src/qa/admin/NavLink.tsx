'use client'

import { useTranslation } from '@payloadcms/ui'

import { AdminNavLink } from '../../admin/AdminNavLink'
import { qaTranslator } from './messages'

/** "Language QA" in the admin navigation: opens the QA dashboard. */
export const QaNavLink = () => {
  const { i18n } = useTranslation()
  return <AdminNavLink path="/qa" id="nav-qa" label={qaTranslator(i18n.language)('navLink')} />
}
