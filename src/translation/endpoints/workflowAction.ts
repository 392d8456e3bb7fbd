import type { CollectionSlug, Endpoint, PayloadHandler } from 'payload'

import { staffRole } from '../../access/roles'
import { targetLocales } from '../../localization/locales'
import { approveLanguage } from '../approve'
import { translationGroupName } from '../sourceFields'
import { checkTransition, type TranslationState, type WorkflowAction, workflowActions } from '../states'
import { writeLanguage } from '../writeLanguage'
import { apiError } from './apiError'

/**
 * POST /api/{collection}/{id}/translation/{locale}/{submit|approve|send-back}
 * Moves one language of one document through the review workflow, checking who may.
 */
const handler = (slug: CollectionSlug): PayloadHandler => async (req) => {
  const { id, locale, action } = req.routeParams as { id: string; locale: string; action: string }
  const collection = req.payload.collections[slug].config
  const role = staffRole(req)
  if (!role) return apiError(401, 'Sign in as a reviewer or translator to change a translation.')
  if (!(targetLocales as readonly string[]).includes(locale)) {
    return apiError(400, `"${locale}" is not a target language; use one of ${targetLocales.join(', ')}.`)
  }
  if (!(workflowActions as readonly string[]).includes(action)) {
    return apiError(400, `Unknown action "${action}"; use ${workflowActions.join(', ')}.`)
  }
  const doc = (await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id,
    locale: locale as 'en',
    fallbackLocale: false,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
  })) as unknown as Record<string, unknown> | null
  if (!doc) return apiError(404, `No ${collection.slug} document with id ${id}.`)

  const record = (doc[translationGroupName] ?? {}) as Record<string, unknown> & { state?: TranslationState }
  const user = req.user as unknown as { id: string | number; languages?: string[]; department?: string | null; role?: never }
  const check = checkTransition(action as WorkflowAction, record.state ?? 'missing', locale, { role, languages: user.languages })
  if (!check.ok) return apiError(check.status, check.message)

  const target = { payload: req.payload, collection, id, locale }
  const findings = (record.terminology ?? []) as { term: string; expected: string; field?: string }[]
  if (action === 'approve' && findings.length > 0) {
    const body = (await req.json?.().catch(() => undefined)) as { confirmTerminology?: unknown } | undefined
    if (body?.confirmTerminology !== true) {
      const list = findings.map(({ term, expected, field }) => `${term} → ${expected}${field ? ` (${field})` : ''}`).join('; ')
      return Response.json(
        { errors: [{ message: `Approve anyway? These approved terms are missing: ${list}. Send {"confirmTerminology": true} to confirm.` }], findings },
        { status: 409 },
      )
    }
  }
  if (action === 'approve') {
    await approveLanguage({ ...target, record, reviewer: user })
  } else {
    await writeLanguage({ ...target, data: { [translationGroupName]: { ...record, state: check.to } } })
  }
  return Response.json({ id, locale, state: check.to, message: `Translation ${locale}: ${record.state ?? 'missing'} → ${check.to}.` })
}

export const workflowEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/:id/translation/:locale/:action',
  method: 'post',
  handler: handler(slug),
})
