'use client'

import { useTranslation } from '@payloadcms/ui'

import { AdminNavLink } from '../../admin/AdminNavLink'
import { translator } from './messages'

/** "Translations" in the admin navigation, after the collections: opens the dashboard. */
export const TranslationsNavLink = () => {
  const { i18n } = useTranslation()
  return <AdminNavLink path="/translations" id="nav-translations" label={translator(i18n.language)('navLink')} />
}
