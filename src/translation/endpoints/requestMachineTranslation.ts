import type { CollectionSlug, Endpoint, PayloadHandler } from 'payload'

import { staffRole } from '../../access/roles'
import { type TargetLocale, targetLocales } from '../../localization/locales'
import { deeplConfigured, notConfiguredMessage } from '../deepl/client'
import { apiError } from './apiError'

export const translationQueue = 'translation'

/**
 * POST /api/{collection}/{id}/translation/machine  { locales?: string[], fields?: string[] }
 * Queues machine translation of one document. Editors may ask for any language, translators
 * and reviewers for their own; without `locales`, every language the caller may ask for.
 */
const handler =
  (slug: CollectionSlug): PayloadHandler =>
  async (req) => {
    const role = staffRole(req)
    if (!role) return apiError(401, 'Sign in to request machine translation.')
    if (!deeplConfigured()) return apiError(503, notConfiguredMessage)
    const body = (await req.json?.().catch(() => undefined)) as { locales?: unknown; fields?: unknown } | undefined
    if (body === undefined || typeof body !== 'object' || body === null) {
      return apiError(400, 'Send a JSON body such as {"locales": ["en", "ar"]}.')
    }
    const languages = (req.user as { languages?: string[] | null }).languages ?? []
    const permitted =
      role === 'admin' || role === 'editor' ? [...targetLocales] : targetLocales.filter((l) => languages.includes(l))
    const locales = body.locales === undefined ? permitted : body.locales
    if (
      !Array.isArray(locales) ||
      locales.length === 0 ||
      !locales.every((l) => (targetLocales as readonly unknown[]).includes(l))
    ) {
      return apiError(400, `"locales" must be a non-empty list of: ${targetLocales.join(', ')}.`)
    }
    const refused = locales.filter((l) => !permitted.includes(l))
    if (refused.length > 0) return apiError(403, `You are not assigned to: ${refused.join(', ')}.`)
    const fields = body.fields
    if (fields !== undefined && (!Array.isArray(fields) || !fields.every((f) => typeof f === 'string' && f.length > 0))) {
      return apiError(400, '"fields" must be a list of field paths such as ["title", "body"].')
    }
    const id = req.routeParams?.id as string
    // An id of the wrong shape (not a UUID on PostgreSQL) makes the query itself fail.
    const exists = await req.payload
      .count({ collection: slug, where: { id: { equals: id } }, overrideAccess: true })
      .catch(() => ({ totalDocs: 0 }))
    if (exists.totalDocs === 0) return apiError(404, `No ${slug} document with id ${id}.`)

    const job = await req.payload.jobs.queue({
      task: 'translateDocument',
      queue: translationQueue,
      input: { collection: slug, id, locales: locales as TargetLocale[], fields: fields as string[] | undefined },
    })
    return Response.json(
      { jobId: job.id, locales, message: `Machine translation queued for ${locales.join(', ')}.` },
      { status: 202 },
    )
  }

export const machineTranslationEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/:id/translation/machine',
  method: 'post',
  handler: handler(slug),
})
