/** What an audit entry says happened. */
export const auditActions = [
  'create',
  'update',
  'delete',
  'publish',
  'unpublish',
  'translation-submit',
  'translation-approve',
  'translation-send-back',
  'fact-override',
  'role-change',
  'key-rotate',
  'key-revoke',
  'key-restore',
  'webhook-secret-rotate',
  'review-confirm',
] as const
export type AuditAction = (typeof auditActions)[number]

export const actorTypes = ['user', 'partner', 'system'] as const
export type ActorType = (typeof actorTypes)[number]
