import type { CollectionAfterOperationHook, CollectionBeforeChangeHook } from 'payload'

import { hashApiKey, keyPrefix, newApiKey } from '../../../src/feed/apiKeys'

/** A new partner gets its API key; only the hash and a short prefix are stored. */
export const issueKeyOnCreate: CollectionBeforeChangeHook = ({ context, data, operation }) => {
  if (operation !== 'create') return data
  const key = newApiKey()
  context.issuedApiKey = key
  return { ...data, keyHash: hashApiKey(key), keyPrefix: keyPrefix(key), keyIssuedAt: new Date().toISOString() }
}

/** The create response carries the key this once; it is never readable again. */
export const revealKeyOnce: CollectionAfterOperationHook = ({ operation, req, result }) => {
  if (operation !== 'create' || !req.context.issuedApiKey) return result
  const apiKey = req.context.issuedApiKey as string
  delete req.context.issuedApiKey
  return { ...(result as object), apiKey } as typeof result
}
