import type { CollectionSlug, Endpoint, PayloadHandler } from 'payload'

import { staffRole } from '../../access/roles'
import { recordFactOverrides, recordWorkflowStep } from '../../audit/workflow'
import { targetLocales } from '../../localization/locales'
import { checkDocumentFacts } from '../../qa/facts/check'
import { describeFinding, parseOverrides, resolveOverrides } from '../../qa/facts/overrides'
import type { FactOverride } from '../../qa/facts/types'
import { approveLanguage } from '../approve'
import { readSourceSnapshot } from '../sourceSnapshot'
import { translationGroupName } from '../sourceFields'
import { checkTransition, type TranslationState, type WorkflowAction, workflowActions } from '../states'
import { writeLanguage } from '../writeLanguage'
import { apiError } from './apiError'

/**
 * POST /api/{collection}/{id}/translation/{locale}/{submit|approve|send-back}
 * Moves one language of one document through the review workflow, checking who may. Approval
 * asks for confirmation of terminology findings (`confirmTerminology`) and an override with a
 * reason for every fact finding (`overrides: [{finding, reason}]`), else answers 409 with them.
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
  const user = req.user as unknown as {
    id: string | number
    name?: string | null
    languages?: string[]
    department?: string | null
    role?: never
  }
  const check = checkTransition(action as WorkflowAction, record.state ?? 'missing', locale, { role, languages: user.languages })
  if (!check.ok) return apiError(check.status, check.message)

  const target = { payload: req.payload, collection, id, locale }
  if (action === 'approve') {
    const body = (await req.json?.().catch(() => undefined)) as { confirmTerminology?: unknown; overrides?: unknown } | undefined
    const requested = parseOverrides(body)
    if (!requested.ok) return apiError(400, requested.message)
    const findings = (record.terminology ?? []) as { term: string; expected: string; field?: string }[]
    const unconfirmed = findings.length > 0 && body?.confirmTerminology !== true
    // Facts are checked against the published Chinese, which is what approval confirms.
    const source = await readSourceSnapshot(req.payload, collection, id, false)
    const facts = checkDocumentFacts(collection.fields, source.doc, doc, locale)
    const reviewer = { id: user.id, name: user.name ?? null }
    const previous = record.factOverrides as FactOverride[] | null | undefined
    const { open, overrides } = resolveOverrides(facts, requested.overrides, previous, reviewer, new Date().toISOString())
    if (unconfirmed || open.length > 0) {
      const terms = findings.map(({ term, expected, field }) => `${term} → ${expected}${field ? ` (${field})` : ''}`).join('; ')
      const messages = [
        ...(unconfirmed ? [`Approve anyway? These approved terms are missing: ${terms}. Send {"confirmTerminology": true} to confirm.`] : []),
        ...(open.length > 0
          ? [
              `These values differ from the Chinese: ${open.map(describeFinding).join('; ')}. Correct the translation, or send {"overrides": [{"finding": "<id>", "reason": "…"}]} with a reason for each.`,
            ]
          : []),
      ]
      return Response.json(
        { errors: messages.map((message) => ({ message })), ...(unconfirmed ? { findings } : {}), facts: open },
        { status: 409 },
      )
    }
    await approveLanguage({ ...target, record: { ...record, facts, factOverrides: overrides }, reviewer: user })
    await recordFactOverrides(req, target, overrides, requested.overrides)
  } else {
    await writeLanguage({ ...target, data: { [translationGroupName]: { ...record, state: check.to } } })
  }
  await recordWorkflowStep(req, target, action as WorkflowAction, record.state ?? 'missing', check.to)
  return Response.json({ id, locale, state: check.to, message: `Translation ${locale}: ${record.state ?? 'missing'} → ${check.to}.` })
}

export const workflowEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/:id/translation/:locale/:action',
  method: 'post',
  handler: handler(slug),
})
