import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'

import type { AuditAction } from '../actions'
import { describeChanges } from '../changes'
import { aboutDocument, recordAudit } from '../record'

/** Credentials and their traces: never compared, never written to the log. */
const credentials = ['keyHash', 'keyPrefix', 'keyIssuedAt', 'webhookSecret', 'apiKey', 'enableAPIKey', 'apiKeyIndex']

/**
 * Records the life of a partner's access: created with a key, key or webhook secret rotated
 * (collections/Partners/endpoints, which alone sets `rotatingKey`), suspended or restored, scope
 * edits, deleted. Says that a credential changed, never what it is.
 */
export const recordPartnerChange: CollectionAfterChangeHook = async ({
  collection,
  context,
  doc,
  operation,
  previousDoc,
  req,
}) => {
  const base = aboutDocument(collection, doc)
  const write = (action: AuditAction, summary: string) => recordAudit(req, { ...base, action, summary })
  if (operation === 'create') {
    await write('create', `Partner created with a new API key${doc.active === false ? ' (suspended)' : ''}.`)
  } else if (doc.keyIssuedAt !== previousDoc?.keyIssuedAt) {
    await write('key-rotate', 'API key replaced; the previous key no longer works.')
  } else if (context.rotatingKey) {
    await write('webhook-secret-rotate', 'Webhook signing secret replaced.')
  } else if (previousDoc?.active !== false && doc.active === false) {
    await write('key-revoke', `Suspended: its API key stops working${doc.inactiveReason ? ` (${doc.inactiveReason})` : ''}.`)
  } else if (previousDoc?.active === false && doc.active !== false) {
    await write('key-restore', 'Reactivated: its API key works again.')
  } else {
    const changes = describeChanges(previousDoc ?? {}, doc, credentials)
    if (changes.length > 0) await write('update', changes.join('; '))
  }
  return doc
}

export const recordPartnerDeletion: CollectionAfterDeleteHook = async ({ collection, doc, req }) => {
  await recordAudit(req, {
    ...aboutDocument(collection, doc),
    action: 'delete',
    summary: 'Partner deleted; its API key no longer works.',
  })
}
