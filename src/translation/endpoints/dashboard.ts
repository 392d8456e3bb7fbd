import type { CollectionSlug, Endpoint, Payload, PayloadHandler, SanitizedCollectionConfig, Where } from 'payload'

import { staffRole } from '../../access/roles'
import { type TargetLocale, targetLocales } from '../../localization/locales'
import { getPath } from '../paths'
import { translationGroupName } from '../sourceFields'
import { type TranslationState, translationStates } from '../states'
import { translatableCollections } from './translationStatus'
import { apiError } from './apiError'

/** Work queues people ask for, as groups of states. */
export const stateGroups = {
  'needs-translation': ['missing', 'machine_draft'],
  'needs-review': ['in_review'],
  'needs-re-review': ['outdated'],
} as const satisfies Record<string, readonly TranslationState[]>

export type StateGroup = keyof typeof stateGroups
export type StateFilter = TranslationState | StateGroup

export const stateFilters: readonly StateFilter[] = [...(Object.keys(stateGroups) as StateGroup[]), ...translationStates]

export type DashboardQuery = {
  locale?: TargetLocale
  collection?: string
  state?: StateFilter
  page?: number
  limit?: number
}

export type DashboardRow = {
  collection: string
  id: string | number
  title: string | null
  locale: TargetLocale
  state: TranslationState
  updatedAt: string | null
  /** Admin paths (without the admin route prefix): the edit view in that language and the review view. */
  editPath: string
  reviewPath: string
}

export type StateCounts = Record<TranslationState, number>

export type Dashboard = {
  locales: TargetLocale[]
  collections: { slug: string; label: string }[]
  states: TranslationState[]
  /** Documents per collection × language × state (latest drafts), whatever the filters. */
  counts: Record<string, Record<TargetLocale, StateCounts>>
  /** Per language × state across the collections. */
  totals: Record<TargetLocale, StateCounts>
  filters: { locale: TargetLocale | null; collection: string | null; state: StateFilter | null }
  docs: DashboardRow[]
  page: number
  limit: number
  totalDocs: number
  totalPages: number
}

/** The furthest a merged (several collections or languages) listing pages. */
const maxMergedRows = 2000

const emptyCounts = (): StateCounts =>
  Object.fromEntries(translationStates.map((state) => [state, 0])) as StateCounts

const labelOf = (collection: SanitizedCollectionConfig): string => {
  const plural = collection.labels?.plural
  return typeof plural === 'string' ? plural : collection.slug
}

const stateOf = (record: unknown): TranslationState => {
  const state = (record as { state?: unknown } | null | undefined)?.state
  return (translationStates as readonly unknown[]).includes(state) ? (state as TranslationState) : 'missing'
}

/** Documents of one language in the given states; "missing" also matches no record at all. */
const stateWhere = (states: readonly TranslationState[] | null): Where | undefined => {
  if (!states) return undefined
  const field = `${translationGroupName}.state`
  const listed: Where = states.length === 1 ? { [field]: { equals: states[0] } } : { [field]: { in: [...states] } }
  return states.includes('missing') ? { or: [listed, { [field]: { exists: false } }] } : listed
}

const countStates = async (payload: Payload, collection: SanitizedCollectionConfig) => {
  const result = await payload.find({
    collection: collection.slug as CollectionSlug,
    locale: 'all',
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { [translationGroupName]: { state: true } } as never,
  })
  const counts = Object.fromEntries(targetLocales.map((locale) => [locale, emptyCounts()])) as Record<TargetLocale, StateCounts>
  for (const doc of result.docs as unknown as Record<string, unknown>[]) {
    const records = (doc[translationGroupName] ?? {}) as Record<string, unknown>
    for (const locale of targetLocales) counts[locale][stateOf(records[locale])] += 1
  }
  return counts
}

/**
 * The translation dashboard: counts per collection × language × state, and a page of
 * (document, language) rows filtered by language, collection and state, newest change first.
 * Reads the latest drafts through the Local API; callers check that the reader is staff.
 */
export const translationDashboard = async (payload: Payload, query: DashboardQuery): Promise<Dashboard> => {
  const collections = translatableCollections(payload.config)
  const page = Math.max(1, Math.floor(query.page ?? 1))
  const limit = Math.min(100, Math.max(1, Math.floor(query.limit ?? 20)))
  const states = query.state ? ((stateGroups as Record<string, readonly TranslationState[]>)[query.state] ?? [query.state]) : null

  const counts: Dashboard['counts'] = {}
  const totals = Object.fromEntries(targetLocales.map((locale) => [locale, emptyCounts()])) as Dashboard['totals']
  for (const collection of collections) {
    counts[collection.slug] = await countStates(payload, collection)
    for (const locale of targetLocales) {
      for (const state of translationStates) totals[locale][state] += counts[collection.slug][locale][state]
    }
  }

  const listed = query.collection ? collections.filter(({ slug }) => slug === query.collection) : collections
  const locales = query.locale ? [query.locale] : [...targetLocales]
  const single = listed.length * locales.length === 1
  // One (collection, language) pair pages in the database; several are merged newest first.
  const window = single ? { page, limit } : { page: 1, limit: Math.min(page * limit, maxMergedRows) }

  let totalDocs = 0
  let rows: (DashboardRow & { sortKey: number })[] = []
  for (const collection of listed) {
    const titleField = collection.admin?.useAsTitle ?? 'id'
    for (const locale of locales) {
      const result = await payload.find({
        collection: collection.slug as CollectionSlug,
        locale,
        draft: true,
        depth: 0,
        overrideAccess: true,
        where: stateWhere(states),
        sort: '-updatedAt',
        ...window,
        select: { [titleField]: true, updatedAt: true, [translationGroupName]: { state: true } } as never,
      })
      totalDocs += result.totalDocs
      for (const doc of result.docs as unknown as Record<string, unknown>[]) {
        const id = doc.id as string | number
        const title = getPath(doc, titleField)
        const updatedAt = typeof doc.updatedAt === 'string' ? doc.updatedAt : null
        rows.push({
          collection: collection.slug,
          id,
          title: title == null || title === '' ? null : String(title),
          locale,
          state: stateOf(doc[translationGroupName]),
          updatedAt,
          editPath: `/collections/${collection.slug}/${id}?locale=${locale}`,
          reviewPath: `/translation-review/${collection.slug}/${id}/${locale}`,
          sortKey: updatedAt ? Date.parse(updatedAt) : 0,
        })
      }
    }
  }
  if (!single) {
    rows.sort((a, b) => b.sortKey - a.sortKey || String(a.collection).localeCompare(b.collection) || String(a.id).localeCompare(String(b.id)))
    rows = rows.slice((page - 1) * limit, page * limit)
  }

  return {
    locales: [...targetLocales],
    collections: collections.map((collection) => ({ slug: collection.slug, label: labelOf(collection) })),
    states: [...translationStates],
    counts,
    totals,
    filters: { locale: query.locale ?? null, collection: query.collection ?? null, state: query.state ?? null },
    docs: rows.map(({ sortKey: _sortKey, ...row }) => row),
    page,
    limit,
    totalDocs,
    totalPages: Math.max(1, Math.ceil(totalDocs / limit)),
  }
}

/** Reads and checks the dashboard's query string; a string is an error message for a 400. */
export const parseDashboardQuery = (params: URLSearchParams, collections: string[]): DashboardQuery | string => {
  const value = (name: string) => {
    const raw = params.get(name)
    return raw === null || raw === '' || raw === 'all' ? undefined : raw
  }
  const locale = value('locale')
  if (locale !== undefined && !(targetLocales as readonly string[]).includes(locale)) {
    return `"locale" must be one of ${targetLocales.join(', ')} (or all).`
  }
  const collection = value('collection')
  if (collection !== undefined && !collections.includes(collection)) {
    return `"collection" must be one of ${collections.join(', ')} (or all).`
  }
  const state = value('state')
  if (state !== undefined && !(stateFilters as readonly string[]).includes(state)) {
    return `"state" must be one of ${stateFilters.join(', ')} (or all).`
  }
  const numberParam = (name: string, max: number) => {
    const raw = value(name)
    if (raw === undefined) return undefined
    const number = Number(raw)
    return Number.isInteger(number) && number >= 1 && number <= max ? number : null
  }
  const page = numberParam('page', 10_000)
  if (page === null) return '"page" must be a whole number from 1.'
  const limit = numberParam('limit', 100)
  if (limit === null) return '"limit" must be a whole number from 1 to 100.'
  return { locale: locale as TargetLocale | undefined, collection, state: state as StateFilter | undefined, page, limit }
}

/**
 * GET /api/translation-dashboard?locale=&collection=&state=&page=&limit=
 * Staff only. `state` is a state or needs-translation (missing, machine draft), needs-review
 * (in review) or needs-re-review (outdated).
 */
const handler: PayloadHandler = async (req) => {
  if (!staffRole(req)) return apiError(401, 'Sign in as staff to see the translation dashboard.')
  const collections = translatableCollections(req.payload.config).map(({ slug }) => slug)
  const query = parseDashboardQuery(req.searchParams, collections)
  if (typeof query === 'string') return apiError(400, query)
  return Response.json(await translationDashboard(req.payload, query), { headers: { 'Cache-Control': 'no-store' } })
}

export const dashboardEndpoint: Endpoint = {
  path: '/translation-dashboard',
  method: 'get',
  handler,
}
