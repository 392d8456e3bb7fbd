import { type CollectionSlug, JobCancelledError, type TaskConfig } from 'payload'

import type { TargetLocale } from '../localization/locales'
import { createTranslator, deeplConfigured, notConfiguredMessage } from '../translation/deepl/client'
import { fatalDeeplMessage } from '../translation/deepl/errors'
import { machineTranslate } from '../translation/machineTranslate'

export type TranslateDocumentInput = {
  collection: CollectionSlug
  id: string | number
  locales: TargetLocale[]
  fields?: string[]
}

/** Faults more attempts cannot fix end the job; others are thrown on for the queue to retry. */
export const stopOrRetry = (error: unknown): never => {
  const fatal = fatalDeeplMessage(error)
  throw fatal ? new JobCancelledError(fatal) : error
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
