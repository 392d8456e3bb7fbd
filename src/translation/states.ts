import type { Role } from '../access/roles'

/** Where one language of one document stands. */
export const translationStates = ['missing', 'machine_draft', 'in_review', 'approved', 'outdated'] as const
export type TranslationState = (typeof translationStates)[number]

/** States whose text readers may see: approved, or approved and since outdated by a source edit. */
export const publicStates: readonly TranslationState[] = ['approved', 'outdated']

export const translationMethods = ['machine', 'human', 'machine_human'] as const
export type TranslationMethod = (typeof translationMethods)[number]

/** What people can do to a language through the workflow endpoints. */
export const workflowActions = ['submit', 'approve', 'send-back'] as const
export type WorkflowAction = (typeof workflowActions)[number]

const transitions: Record<WorkflowAction, { from: readonly TranslationState[]; to: TranslationState }> = {
  submit: { from: ['machine_draft', 'outdated'], to: 'in_review' },
  approve: { from: ['machine_draft', 'in_review', 'outdated'], to: 'approved' },
  'send-back': { from: ['in_review', 'approved', 'outdated'], to: 'machine_draft' },
}

/** Who may take each action on a language, given their role and assigned languages. */
const allowedRoles: Record<WorkflowAction, readonly Role[]> = {
  submit: ['admin', 'translator', 'reviewer'],
  approve: ['admin', 'reviewer'],
  'send-back': ['admin', 'reviewer'],
}

export type Actor = { role?: Role; languages?: readonly string[] | null }

export type TransitionCheck = { ok: true; to: TranslationState } | { ok: false; status: 403 | 409; message: string }

export const checkTransition = (
  action: WorkflowAction,
  from: TranslationState,
  locale: string,
  actor: Actor,
): TransitionCheck => {
  const role = actor.role
  if (!role || !allowedRoles[action].includes(role)) {
    return { ok: false, status: 403, message: `Your role may not ${action.replace('-', ' ')} translations.` }
  }
  if (role !== 'admin' && !actor.languages?.includes(locale)) {
    return { ok: false, status: 403, message: `You are not assigned to the language "${locale}".` }
  }
  const { from: allowedFrom, to } = transitions[action]
  if (!allowedFrom.includes(from)) {
    return { ok: false, status: 409, message: `Cannot ${action.replace('-', ' ')} a translation that is ${from.replace('_', ' ')}.` }
  }
  return { ok: true, to }
}
