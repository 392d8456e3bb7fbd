import type { Access } from 'payload'

import { sourceLocale } from '../localization/locales'
import { staffRole } from './roles'

/**
 * Editors write the Chinese source; translators and reviewers write only the languages they are
 * assigned; admins write everything. The language is the request's locale.
 */
export const canEditLanguage: Access = ({ req }) => {
  const role = staffRole(req)
  const locale = req.locale ?? sourceLocale
  if (role === 'admin') return true
  if (role === 'editor') return locale === sourceLocale
  if (role === 'translator' || role === 'reviewer') {
    const languages = (req.user as { languages?: string[] | null }).languages ?? []
    return languages.includes(locale)
  }
  return false
}
