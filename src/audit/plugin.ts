import type { CollectionConfig, CollectionSlug, Config, Plugin } from 'payload'

import { AuditLog } from '../../collections/AuditLog'
import { recordContentChange, recordContentDeletion, rememberPublication } from './hooks/content'
import { recordPartnerChange, recordPartnerDeletion } from './hooks/partners'
import { recordUserChange } from './hooks/users'

const hooksFor = (slug: string) => {
  if (slug === 'users') return { afterChange: recordUserChange, afterDelete: recordContentDeletion }
  if (slug === 'partners') return { afterChange: recordPartnerChange, afterDelete: recordPartnerDeletion }
  return { beforeChange: rememberPublication, afterChange: recordContentChange, afterDelete: recordContentDeletion }
}

const withAuditHooks = (collection: CollectionConfig): CollectionConfig => {
  const { beforeChange, afterChange, afterDelete } = hooksFor(collection.slug)
  const hooks = collection.hooks ?? {}
  return {
    ...collection,
    hooks: {
      ...hooks,
      beforeChange: [...(hooks.beforeChange ?? []), ...(beforeChange ? [beforeChange] : [])],
      afterChange: [...(hooks.afterChange ?? []), afterChange],
      afterDelete: [...(hooks.afterDelete ?? []), afterDelete],
    },
  }
}

/**
 * The audit trail (collections/AuditLog): who published, withdrew, created, changed or deleted
 * documents of the listed collections, changed a user's role, or issued, rotated or revoked a
 * partner's key. Translation workflow steps are recorded by src/translation/endpoints/workflowAction.
 */
export const auditTrail =
  ({ collections }: { collections: CollectionSlug[] }): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: [
      ...(config.collections ?? []).map((collection) =>
        collections.includes(collection.slug as CollectionSlug) ? withAuditHooks(collection) : collection,
      ),
      AuditLog,
    ],
  })
