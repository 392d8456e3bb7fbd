import type { CollectionSlug, PayloadRequest, SanitizedCollectionConfig } from 'payload'

import { sourceLocale } from '../localization/locales'
import { describeFinding, type OverrideRequest } from '../qa/facts/overrides'
import type { FactOverride } from '../qa/facts/types'
import type { WorkflowAction } from '../translation/states'
import type { AuditAction } from './actions'
import { recordAudit, titleOf } from './record'

type Target = { collection: SanitizedCollectionConfig; id: string | number; locale: string }

const actions: Record<WorkflowAction, AuditAction> = {
  submit: 'translation-submit',
  approve: 'translation-approve',
  'send-back': 'translation-send-back',
}

/** The document's Chinese title: the one every language's entries share. */
const sourceTitle = async (req: PayloadRequest, { collection, id }: Target) => {
  const doc = await req.payload.findByID({
    collection: collection.slug as CollectionSlug,
    id,
    locale: sourceLocale,
    depth: 0,
    draft: true,
    overrideAccess: true,
    disableErrors: true,
  })
  return titleOf(collection, doc as Record<string, unknown> | null)
}

/** After a workflow step on one language succeeded: who moved it, from which state to which. */
export const recordWorkflowStep = async (req: PayloadRequest, target: Target, action: WorkflowAction, from: string, to: string) =>
  recordAudit(req, {
    collection: target.collection.slug,
    id: target.id,
    locale: target.locale,
    title: await sourceTitle(req, target),
    action: actions[action],
    summary: `${from} → ${to}`,
  })

/** One entry per fact finding the reviewer overrode at this approval, with the reason given. */
export const recordFactOverrides = async (
  req: PayloadRequest,
  target: Target,
  overrides: readonly FactOverride[],
  requested: readonly OverrideRequest[],
) => {
  const asked = new Set(requested.map(({ finding }) => finding))
  const given = overrides.filter(({ finding }) => asked.has(finding))
  if (given.length === 0) return
  const title = await sourceTitle(req, target)
  for (const override of given) {
    await recordAudit(req, {
      collection: target.collection.slug,
      id: target.id,
      locale: target.locale,
      title,
      action: 'fact-override',
      summary: `${describeFinding(override)}; reason: ${override.reason}`,
    })
  }
}
