import type { Payload, Where } from 'payload'

import { sourceLocale } from '../localization/locales'
import { brokenLinksReport } from '../links/report'
import type { LinkStatus } from '../links/statuses'
import type { PolicyDocument } from '../payload-types'
import { type DueState, dueState, readReviewCycles, type ReviewedCollection, reviewDue, reviewedCollections } from './cycles'

export type UpkeepQuery = { collection?: ReviewedCollection; department?: string | number }

/** Broken links shown on the upkeep screen; the broken-links view has them all. */
const brokenLinksShown = 5

export type ReviewItem = {
  collection: ReviewedCollection
  id: string | number
  /** In Chinese, the source language. */
  title: string | null
  lastReviewedAt: string | null
  reviewBy: string
  state: Exclude<DueState, 'current'>
  adminUrl: string
}

export type DepartmentReviews = { department: { id: string | number; name: string | null } | null; items: ReviewItem[] }

export type FlagReason = 'expired' | 'repealed' | 'replaced' | 'amended'

export type FlaggedInterpretation = {
  id: string | number
  title: string | null
  adminUrl: string
  reason: FlagReason
  policyDocument: {
    id: string | number
    title: string | null
    documentNumber: string | null
    expiryDate: string | null
    validity: string | null
    replacedBy: string | number | null
  }
}

export type UpkeepReport = {
  generatedAt: string
  brokenLinks: {
    counts: Record<LinkStatus, number>
    total: number
    lastCheckedAt: string | null
    checkPending: boolean
    first: { id: string | number; url: string; status: LinkStatus; httpStatus: number | null; firstBrokenAt: string | null }[]
    adminUrl: string
  }
  reviews: { overdue: number; dueSoon: number; byDepartment: DepartmentReviews[] }
  flaggedInterpretations: FlaggedInterpretation[]
}

type Source = { id: string | number; name?: string | null }
type ReviewedDoc = {
  id: string | number
  title?: string | null
  createdAt?: string | null
  lastReviewedAt?: string | null
  reviewBy?: string | null
  source?: Source | string | number | null
}

const idOf = (value: { id: string | number } | string | number | null | undefined) =>
  value === null || value === undefined ? null : typeof value === 'object' ? value.id : value

const reviewsOf = async (payload: Payload, collection: ReviewedCollection, cycleDays: number, now: Date, query: UpkeepQuery) => {
  const where: Where | undefined = query.department !== undefined ? { source: { equals: query.department } } : undefined
  const { docs } = await payload.find({
    collection,
    where,
    locale: sourceLocale,
    fallbackLocale: false,
    depth: 1,
    pagination: false,
    overrideAccess: true,
    select: { title: true, createdAt: true, lastReviewedAt: true, reviewBy: true, source: true },
    populate: { sources: { name: true } },
  })
  return (docs as unknown as ReviewedDoc[]).flatMap((doc) => {
    const due = reviewDue(doc, cycleDays)
    const state = dueState(due, now)
    if (!due || state === 'current') return []
    const item: ReviewItem = {
      collection,
      id: doc.id,
      title: doc.title ?? null,
      lastReviewedAt: doc.lastReviewedAt ?? null,
      reviewBy: due.toISOString(),
      state,
      adminUrl: `${payload.config.routes.admin}/collections/${collection}/${doc.id}`,
    }
    return [{ source: typeof doc.source === 'object' ? doc.source : null, sourceId: idOf(doc.source), item }]
  })
}

/** Overdue and due-soon content, earliest first, grouped by source department (by name; none last). */
const reviewsReport = async (payload: Payload, now: Date, query: UpkeepQuery) => {
  const cycles = readReviewCycles()
  const collections = query.collection ? [query.collection] : reviewedCollections
  const rows = (await Promise.all(collections.map((each) => reviewsOf(payload, each, cycles[each], now, query)))).flat()
  const groups = new Map<string, DepartmentReviews>()
  for (const { source, sourceId, item } of rows) {
    const key = String(sourceId ?? '')
    const group = groups.get(key) ?? {
      department: sourceId === null ? null : { id: sourceId, name: source?.name ?? null },
      items: [],
    }
    group.items.push(item)
    groups.set(key, group)
  }
  const byDepartment = [...groups.values()]
    .map((group) => ({ ...group, items: group.items.sort((a, b) => a.reviewBy.localeCompare(b.reviewBy)) }))
    .sort((a, b) =>
      a.department && b.department
        ? (a.department.name ?? '').localeCompare(b.department.name ?? '', 'zh')
        : a.department
          ? -1
          : 1,
    )
  return {
    overdue: rows.filter((row) => row.item.state === 'overdue').length,
    dueSoon: rows.filter((row) => row.item.state === 'due_soon').length,
    byDepartment,
  }
}

/** Why an interpretation of this policy document needs a look, or nothing if the document still holds. */
export const flagReason = (doc: Pick<PolicyDocument, 'expiryDate' | 'validity' | 'replacedBy'>, now: Date): FlagReason | null => {
  if (doc.replacedBy) return 'replaced'
  if (doc.validity === 'repealed') return 'repealed'
  if (doc.validity === 'expired' || (doc.expiryDate && new Date(doc.expiryDate).getTime() < now.getTime())) return 'expired'
  if (doc.validity === 'amended') return 'amended'
  return null
}

const flaggedInterpretations = async (payload: Payload, now: Date, query: UpkeepQuery): Promise<FlaggedInterpretation[]> => {
  const documents = await payload.find({
    collection: 'policy-documents',
    where: {
      or: [
        { replacedBy: { exists: true } },
        { validity: { in: ['expired', 'repealed', 'amended'] } },
        { expiryDate: { less_than: now.toISOString() } },
      ],
    },
    locale: sourceLocale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { title: true, documentNumber: true, expiryDate: true, validity: true, replacedBy: true },
  })
  const flagged = new Map(documents.docs.flatMap((doc) => (flagReason(doc, now) ? [[String(doc.id), doc] as const] : [])))
  if (flagged.size === 0 || query.collection === 'services') return []
  const where: Where = { interprets: { in: [...flagged.values()].map((doc) => doc.id) } }
  const interpretations = await payload.find({
    collection: 'policy-interpretations',
    where: query.department !== undefined ? { and: [where, { source: { equals: query.department } }] } : where,
    locale: sourceLocale,
    fallbackLocale: false,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    sort: 'title',
    select: { title: true, interprets: true },
  })
  return interpretations.docs.flatMap((interpretation) => {
    const doc = flagged.get(String(idOf(interpretation.interprets)))
    const reason = doc && flagReason(doc, now)
    if (!doc || !reason) return []
    return [
      {
        id: interpretation.id,
        title: interpretation.title ?? null,
        adminUrl: `${payload.config.routes.admin}/collections/policy-interpretations/${interpretation.id}`,
        reason,
        policyDocument: {
          id: doc.id,
          title: doc.title ?? null,
          documentNumber: doc.documentNumber ?? null,
          expiryDate: doc.expiryDate ?? null,
          validity: doc.validity ?? null,
          replacedBy: idOf(doc.replacedBy),
        },
      },
    ]
  })
}

/**
 * What needs an operator's attention to keep the portal true: broken links (summary), content
 * overdue or due for review within 30 days by source department, and interpretations of expired or
 * replaced policy documents. Callers check the reader is staff.
 */
export const upkeepReport = async (payload: Payload, now = new Date(), query: UpkeepQuery = {}): Promise<UpkeepReport> => {
  const [links, reviews, flagged] = await Promise.all([
    brokenLinksReport(payload),
    reviewsReport(payload, now, query),
    flaggedInterpretations(payload, now, query),
  ])
  return {
    generatedAt: now.toISOString(),
    brokenLinks: {
      counts: links.counts,
      total: links.totalDocs,
      lastCheckedAt: links.lastCheckedAt,
      checkPending: links.checkPending,
      first: links.links.slice(0, brokenLinksShown).map(({ id, url, status, httpStatus, firstBrokenAt }) => ({
        id,
        url,
        status: status as LinkStatus,
        httpStatus: httpStatus ?? null,
        firstBrokenAt: firstBrokenAt ?? null,
      })),
      adminUrl: `${payload.config.routes.admin}/broken-links`,
    },
    reviews,
    flaggedInterpretations: flagged,
  }
}

/** Reads and checks the report's query string; a string is the message for a 400. */
export const parseUpkeepQuery = (params: URLSearchParams, idType: 'number' | 'text'): UpkeepQuery | string => {
  const collection = params.get('collection') || undefined
  if (collection !== undefined && !(reviewedCollections as readonly string[]).includes(collection)) {
    return `"collection" must be one of ${reviewedCollections.join(', ')}.`
  }
  const raw = params.get('department') || undefined
  if (raw !== undefined && (idType === 'number' ? !/^[1-9]\d{0,15}$/.test(raw) : !/^[\w-]{1,64}$/.test(raw))) {
    return '"department" must be the id of a source department.'
  }
  const department = raw === undefined ? undefined : idType === 'number' ? Number(raw) : raw
  return { collection: collection as ReviewedCollection | undefined, department }
}
