import { AuthorizationError, QuotaExceededError } from 'deepl-node'
import { type CollectionSlug, JobCancelledError, type TaskConfig } from 'payload'

import type { TargetLocale } from '../localization/locales'
import { createTranslator, deeplConfigured, notConfiguredMessage } from '../translation/deepl/client'
import { machineTranslate } from '../translation/machineTranslate'

export type TranslateDocumentInput = {
  collection: CollectionSlug
  id: string | number
  locales: TargetLocale[]
  fields?: string[]
}

/**
 * Faults that more attempts cannot fix end the job at once with a message a person can act on;
 * rate limits, server errors and timeouts are thrown on, so the queue retries with backoff.
 */
const stopOrRetry = (error: unknown): never => {
  if (error instanceof QuotaExceededError) {
    throw new JobCancelledError('DeepL character quota is exhausted (456): raise the plan limit or wait for the next billing period, then translate again.')
  }
  if (error instanceof AuthorizationError) {
    throw new JobCancelledError('DeepL rejected the authentication key (403): check DEEPL_AUTH_KEY.')
  }
  throw error
}

export const translateDocumentTask: TaskConfig<{ input: TranslateDocumentInput; output: { summary: unknown } }> = {
  slug: 'translateDocument',
  label: 'Machine-translate a document',
  inputSchema: [
    { name: 'collection', type: 'text', required: true },
    { name: 'id', type: 'json', required: true },
    { name: 'locales', type: 'json', required: true },
    { name: 'fields', type: 'json' },
  ],
  outputSchema: [{ name: 'summary', type: 'json' }],
  retries: { attempts: 4, backoff: { type: 'exponential', delay: Number(process.env.TRANSLATION_RETRY_DELAY_MS || 5000) } },
  handler: async ({ input, req }) => {
    if (!deeplConfigured()) throw new JobCancelledError(notConfiguredMessage)
    const summary = await machineTranslate({
      payload: req.payload,
      collection: input.collection,
      id: input.id,
      locales: input.locales,
      fields: input.fields,
      translator: createTranslator(),
    }).catch(stopOrRetry)
    return { output: { summary } }
  },
}
