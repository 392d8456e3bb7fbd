import { DeepLError } from 'deepl-node'
import type { CollectionSlug, Payload, TaskConfig } from 'payload'
import { JobCancelledError } from 'payload'

import type { TargetLocale } from '../localization/locales'
import { createTranslator, deeplConfigured, notConfiguredMessage } from '../translation/deepl/client'
import { fatalDeeplMessage } from '../translation/deepl/errors'
import { machineTranslate } from '../translation/machineTranslate'

export const batchesSlug = 'translation-batches' as CollectionSlug

type Batch = {
  id: string | number
  targetCollection: CollectionSlug
  languages: TargetLocale[]
  documents: (string | number)[]
  completed?: string[] | null
  done?: number | null
  failed?: number | null
  requests?: number | null
  billedCharacters?: number | null
}

const saveProgress = (payload: Payload, id: string | number, data: Record<string, unknown>) =>
  payload.update({ collection: batchesSlug, id, data: data as never, overrideAccess: true, depth: 0 })

/**
 * Translates every document of a bulk request, recording progress after each one. A retried
 * attempt resumes after the documents already done; a document that cannot be translated (bad
 * content, not DeepL) is counted as failed and the rest go on; quota and key faults stop all.
 */
export const translateBatchTask: TaskConfig<{ input: { batch: string | number }; output: { status: string } }> = {
  slug: 'translateBatch',
  label: 'Machine-translate many documents',
  inputSchema: [{ name: 'batch', type: 'json', required: true }],
  outputSchema: [{ name: 'status', type: 'text' }],
  retries: { attempts: 4, backoff: { type: 'exponential', delay: Number(process.env.TRANSLATION_RETRY_DELAY_MS || 5000) } },
  handler: async ({ input, req }) => {
    const { payload } = req
    const batch = (await payload.findByID({ collection: batchesSlug, id: input.batch, overrideAccess: true, depth: 0 })) as unknown as Batch
    const fail = async (message: string): Promise<never> => {
      await saveProgress(payload, batch.id, { status: 'failed', message })
      throw new JobCancelledError(message)
    }
    if (!deeplConfigured()) await fail(notConfiguredMessage)

    const translator = createTranslator()
    const completed = new Set(batch.completed ?? [])
    const progress = {
      done: batch.done ?? 0,
      failed: batch.failed ?? 0,
      requests: batch.requests ?? 0,
      billedCharacters: batch.billedCharacters ?? 0,
    }
    await saveProgress(payload, batch.id, { status: 'running' })
    for (const id of batch.documents) {
      if (completed.has(String(id))) continue
      let message: string | undefined
      try {
        const { usage } = await machineTranslate({ payload, collection: batch.targetCollection, id, locales: batch.languages, translator })
        progress.done += 1
        progress.requests += usage.requests
        progress.billedCharacters += usage.billedCharacters
      } catch (error) {
        const fatal = fatalDeeplMessage(error)
        if (fatal) await fail(fatal)
        if (error instanceof DeepLError || !(error instanceof Error)) {
          await saveProgress(payload, batch.id, { ...progress, message: `Retrying after: ${(error as Error).message}` })
          throw error
        }
        progress.failed += 1
        message = `Document ${id}: ${error.message}`
      }
      completed.add(String(id))
      await saveProgress(payload, batch.id, { ...progress, completed: [...completed], ...(message ? { message } : {}) })
    }
    await saveProgress(payload, batch.id, { status: 'done' })
    return { output: { status: 'done' } }
  },
}
