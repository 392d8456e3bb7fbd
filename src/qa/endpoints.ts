/**
 * Staff-only REST endpoints of the language QA:
 * - GET /api/qa/dashboard?locale=&collection=&severity= — open fact findings by language,
 *   collection and severity, readability warnings, terminology inconsistency counts;
 * - GET /api/qa/terminology?locale=&minDocuments= — terms rendered differently in different
 *   approved documents of a language, with the documents of each rendering.
 * Anonymous requests get 401, signed-in non-staff (partners) 403, bad parameters 400.
 */
import type { Endpoint, PayloadHandler, PayloadRequest } from 'payload'

import { staffRole } from '../access/roles'
import { type TargetLocale, targetLocales } from '../localization/locales'
import { apiError } from '../translation/endpoints/apiError'
import { translatableCollections } from '../translation/endpoints/translationStatus'
import { qaDashboard } from './dashboard'
import type { Severity } from './facts/types'
import { terminologyReport } from './terminology/report'

const severities: Severity[] = ['high', 'medium', 'low']

const refused = (req: PayloadRequest) =>
  staffRole(req) ? undefined : req.user ? apiError(403, 'Only staff can see language QA.') : apiError(401, 'Sign in as staff.')

/** `name` must be one of `allowed` when given; returns the value, undefined, or an error message. */
const oneOf = <T extends string>(req: PayloadRequest, name: string, allowed: readonly T[]): T | undefined | { error: string } => {
  const value = req.searchParams.get(name) ?? undefined
  if (value === undefined || value === '' || value === 'all') return undefined
  return (allowed as readonly string[]).includes(value)
    ? (value as T)
    : { error: `"${name}" must be one of ${allowed.join(', ')}.` }
}

const isError = (value: unknown): value is { error: string } => typeof value === 'object' && value !== null && 'error' in value

const json = (body: unknown) => Response.json(body, { headers: { 'Cache-Control': 'no-store' } })

const dashboard: PayloadHandler = async (req) => {
  const denied = refused(req)
  if (denied) return denied
  const locale = oneOf<TargetLocale>(req, 'locale', targetLocales)
  const collection = oneOf(
    req,
    'collection',
    translatableCollections(req.payload.config).map(({ slug }) => slug),
  )
  const severity = oneOf(req, 'severity', severities)
  for (const value of [locale, collection, severity]) if (isError(value)) return apiError(400, value.error)
  return json(
    await qaDashboard(req.payload, {
      locale: locale as TargetLocale | undefined,
      collection: collection as string | undefined,
      severity: severity as Severity | undefined,
    }),
  )
}

const terminology: PayloadHandler = async (req) => {
  const denied = refused(req)
  if (denied) return denied
  const locale = oneOf<TargetLocale>(req, 'locale', targetLocales)
  if (isError(locale)) return apiError(400, locale.error)
  const raw = req.searchParams.get('minDocuments')
  const minDocuments = raw === null ? 2 : Number(raw)
  if (!Number.isInteger(minDocuments) || minDocuments < 2 || minDocuments > 1000) {
    return apiError(400, '"minDocuments" must be a whole number from 2 to 1000.')
  }
  return json({ languages: await terminologyReport(req.payload, { locale, minDocuments }) })
}

export const qaEndpoints: Endpoint[] = [
  { path: '/qa/dashboard', method: 'get', handler: dashboard },
  { path: '/qa/terminology', method: 'get', handler: terminology },
]
