import { AuthorizationError, QuotaExceededError } from 'deepl-node'

/**
 * DeepL faults that more attempts cannot fix, as a message a person can act on; null for faults
 * worth retrying (rate limits, server errors, timeouts).
 */
export const fatalDeeplMessage = (error: unknown): string | null => {
  if (error instanceof QuotaExceededError) {
    return 'DeepL character quota is exhausted (456): raise the plan limit or wait for the next billing period, then translate again.'
  }
  if (error instanceof AuthorizationError) return 'DeepL rejected the authentication key (403): check DEEPL_AUTH_KEY.'
  return null
}
