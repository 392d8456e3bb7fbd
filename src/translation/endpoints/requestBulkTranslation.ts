import type { CollectionSlug, Endpoint, PayloadHandler } from 'payload'

import { batchesSlug } from '../../jobs/translateBatch'
import { staffRole } from '../../access/roles'
import { targetLocales } from '../../localization/locales'
import { deeplConfigured, notConfiguredMessage } from '../deepl/client'
import { translationQueue } from './requestMachineTranslation'
import { apiError } from './apiError'

/**
 * POST /api/{collection}/translation/machine-bulk  { locales: string[], ids?: (string|number)[] }
 * Queues machine translation of a selection (ids) or of the whole collection; progress is kept
 * in `translation-batches` (done / total). Editors and admins only.
 */
const handler =
  (slug: CollectionSlug): PayloadHandler =>
  async (req) => {
    const role = staffRole(req)
    if (role !== 'admin' && role !== 'editor') return apiError(role ? 403 : 401, 'Only editors and admins can translate in bulk.')
    if (!deeplConfigured()) return apiError(503, notConfiguredMessage)
    const body = (await req.json?.().catch(() => undefined)) as { locales?: unknown; ids?: unknown } | undefined
    const locales = body?.locales
    if (
      !Array.isArray(locales) ||
      locales.length === 0 ||
      !locales.every((l) => (targetLocales as readonly unknown[]).includes(l))
    ) {
      return apiError(400, `"locales" must be a non-empty list of: ${targetLocales.join(', ')}.`)
    }
    const ids = body?.ids
    if (
      ids !== undefined &&
      (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => ['string', 'number'].includes(typeof id)))
    ) {
      return apiError(400, '"ids" must be a non-empty list of document ids, or left out for the whole collection.')
    }
    // An id of the wrong shape (not a UUID on PostgreSQL) makes the query itself fail.
    const found = await req.payload
      .find({
        collection: slug,
        where: ids ? { id: { in: ids } } : undefined,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { updatedAt: true } as never,
        sort: 'createdAt',
      })
      .catch(() => null)
    const docs = found?.docs ?? []
    if (!found || (ids && docs.length !== ids.length)) return apiError(404, `Some ids are not ${slug} documents.`)

    const batch = await req.payload.create({
      collection: batchesSlug,
      data: {
        label: `${slug} → ${locales.join(', ')}`,
        targetCollection: slug,
        languages: locales,
        documents: docs.map(({ id }) => id),
        total: docs.length,
        requestedBy: req.user?.id,
      } as never,
      overrideAccess: true,
    })
    await req.payload.jobs.queue({ task: 'translateBatch', queue: translationQueue, input: { batch: batch.id } })
    return Response.json(
      { batchId: batch.id, total: docs.length, message: `Bulk translation of ${docs.length} documents queued.` },
      { status: 202 },
    )
  }

export const bulkTranslationEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/translation/machine-bulk',
  method: 'post',
  handler: handler(slug),
})
