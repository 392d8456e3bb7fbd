/**
 * What the admin components share in the browser: who may do what (the server's own rules from
 * states.ts), and the calls to the workflow endpoints. No server imports.
 */
import type { Role } from '../../access/roles'
import { type TargetLocale, targetLocales } from '../../localization/locales'
import { checkTransition, type TranslationState, type WorkflowAction, workflowActions } from '../states'
import type { OverrideRequest } from '../../qa/facts/overrides'
import type { FactFinding } from '../../qa/facts/types'
import type { TerminologyFinding } from '../terminology'

export type StaffUser = { collection?: string; role?: Role; languages?: readonly string[] | null } | null | undefined

const roleOf = (user: StaffUser): Role | undefined => (user?.collection === undefined || user.collection === 'users' ? user?.role : undefined)

/** Workflow actions this user may take on a language in this state (the endpoint checks again). */
export const allowedActions = (user: StaffUser, state: TranslationState, locale: string): WorkflowAction[] => {
  const role = roleOf(user)
  if (!role) return []
  return workflowActions.filter((action) => checkTransition(action, state, locale, { role, languages: user?.languages }).ok)
}

/** Languages this user may ask machine translation for (as requestMachineTranslation decides). */
export const machineTranslatable = (user: StaffUser): TargetLocale[] => {
  const role = roleOf(user)
  if (role === 'admin' || role === 'editor') return [...targetLocales]
  if (role === 'translator' || role === 'reviewer') return targetLocales.filter((locale) => user?.languages?.includes(locale))
  return []
}

export type ActionResult = {
  ok: boolean
  status: number
  message: string
  /** Terminology findings the server wants confirmed before approving (409). */
  findings?: TerminologyFinding[]
  /** Fact findings the server wants overridden with a reason before approving (409). */
  facts?: FactFinding[]
  /** The whole answer, for actions that return more than a message (a new API key). */
  body?: unknown
}

type ErrorBody = { message?: string; errors?: { message?: string }[]; findings?: TerminologyFinding[]; facts?: FactFinding[] } | null

const messageOf = (body: ErrorBody, status: number): string =>
  body?.message ?? body?.errors?.map((error) => error.message).filter(Boolean).join(' ') ?? `HTTP ${status}`

/** POSTs to an admin action endpoint with the signed-in user's cookie; never throws. */
export const post = async (url: string, language: string, body?: unknown): Promise<ActionResult> => {
  try {
    const response = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'Content-Type': 'application/json', 'Accept-Language': language },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const json = (await response.json().catch(() => null)) as ErrorBody
    return {
      ok: response.ok,
      status: response.status,
      message: messageOf(json, response.status),
      ...(Array.isArray(json?.findings) ? { findings: json.findings } : {}),
      ...(Array.isArray(json?.facts) ? { facts: json.facts } : {}),
      body: json,
    }
  } catch (error) {
    return { ok: false, status: 0, message: (error as Error).message }
  }
}

export type ApprovalOptions = { confirmTerminology?: boolean; overrides?: OverrideRequest[] }

/**
 * POST /api/{collection}/{id}/translation/{locale}/{action}. Approving a language with open
 * terminology findings needs `confirmTerminology`, with open fact findings an override with a
 * reason for each (else 409 with them).
 */
export const runWorkflowAction = (
  api: string,
  collection: string,
  id: string | number,
  locale: string,
  action: WorkflowAction,
  language: string,
  options: ApprovalOptions = {},
) =>
  post(
    `${api}/${collection}/${encodeURIComponent(String(id))}/translation/${locale}/${action}`,
    language,
    options.confirmTerminology || options.overrides?.length
      ? {
          ...(options.confirmTerminology ? { confirmTerminology: true } : {}),
          ...(options.overrides?.length ? { overrides: options.overrides } : {}),
        }
      : undefined,
  )

/** POST /api/{collection}/{id}/translation/machine {locales} → 202 queued (503 when not configured). */
export const requestMachineTranslation = (api: string, collection: string, id: string | number, locales: string[], language: string) =>
  post(`${api}/${collection}/${encodeURIComponent(String(id))}/translation/machine`, language, { locales })

/** GET JSON from the API with the admin's cookie; throws with the server's message. */
export const getJson = async <T>(url: string, language: string): Promise<T> => {
  const response = await fetch(url, { credentials: 'include', headers: { 'Accept-Language': language }, cache: 'no-store' })
  if (!response.ok) throw new Error(messageOf((await response.json().catch(() => null)) as ErrorBody, response.status))
  return (await response.json()) as T
}
