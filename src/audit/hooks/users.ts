import type { CollectionAfterChangeHook } from 'payload'

import { describeChanges } from '../changes'
import { aboutDocument, recordAudit } from '../record'

const languages = (value: unknown) => (Array.isArray(value) && value.length > 0 ? value.join(', ') : 'none')

/**
 * Records new accounts (with their role) and changes of role or assigned languages: what decides
 * what someone may do. Other profile edits (name, password) are not recorded.
 */
export const recordUserChange: CollectionAfterChangeHook = async ({ collection, doc, operation, previousDoc, req }) => {
  const base = aboutDocument(collection, doc)
  if (operation === 'create') {
    await recordAudit(req, { ...base, action: 'create', summary: `role ${doc.role}; languages ${languages(doc.languages)}` })
    return doc
  }
  const pick = (user: Record<string, unknown> | undefined) => ({ role: user?.role, languages: user?.languages })
  const changes = describeChanges(pick(previousDoc), pick(doc))
  if (changes.length > 0) await recordAudit(req, { ...base, action: 'role-change', summary: changes.join('; ') })
  return doc
}
