import type { Payload, Where } from 'payload'

import type { LinkCheck } from '../payload-types'
import { isApplicationLink } from './applicationLink'
import { pendingLinkCheck } from './runs'
import { type LinkStatus, linkStatuses, problemStatuses } from './statuses'
import { linkChecksSlug } from './store'

export type ReportQuery = { status?: LinkStatus; page?: number }

/** Links per page of the report. */
const pageSize = 50

export type ReportUsage = NonNullable<LinkCheck['usages']>[number] & {
  /** Admin path (without the admin route) of the document, in the language that holds the link. */
  editPath: string
}

export type ReportRow = Omit<LinkCheck, 'usages' | 'history'> & { usages: ReportUsage[]; applicationLink: boolean }

export type BrokenLinksReport = {
  counts: Record<LinkStatus, number>
  lastCheckedAt: string | null
  /** A check is running or due now. */
  checkPending: boolean
  status: LinkStatus | null
  links: ReportRow[]
  page: number
  limit: number
  totalDocs: number
  totalPages: number
}

const editPath = ({ collection, docId, locale }: { collection: string; docId: string; locale?: string | null }) =>
  `/collections/${collection}/${encodeURIComponent(docId)}${locale ? `?locale=${locale}` : ''}`

/**
 * The links that fail (or were refused as private), oldest failure first, each with where it
 * is used, plus counts by status and when links were last checked. Callers check the reader is staff.
 */
export const brokenLinksReport = async (payload: Payload, query: ReportQuery = {}): Promise<BrokenLinksReport> => {
  const page = query.page ?? 1
  const counts = Object.fromEntries(
    await Promise.all(
      linkStatuses.map(async (status) => [
        status,
        (await payload.count({ collection: linkChecksSlug, where: { status: { equals: status } }, overrideAccess: true }))
          .totalDocs,
      ]),
    ),
  ) as Record<LinkStatus, number>
  const latest = await payload.find({
    collection: linkChecksSlug,
    sort: '-lastCheckedAt',
    limit: 1,
    depth: 0,
    overrideAccess: true,
    select: { lastCheckedAt: true },
  })
  const where: Where = { status: query.status ? { equals: query.status } : { in: [...problemStatuses] } }
  const result = await payload.find({
    collection: linkChecksSlug,
    where,
    sort: ['firstBrokenAt', 'url'],
    page,
    limit: pageSize,
    depth: 0,
    overrideAccess: true,
  })
  return {
    counts,
    lastCheckedAt: latest.docs[0]?.lastCheckedAt ?? null,
    checkPending: Boolean(await pendingLinkCheck(payload)),
    status: query.status ?? null,
    links: result.docs.map(({ history: _history, usages, ...row }) => ({
      ...row,
      usages: (usages ?? []).map((usage) => ({ ...usage, editPath: editPath(usage) })),
      applicationLink: (usages ?? []).some(isApplicationLink),
    })),
    page,
    limit: pageSize,
    totalDocs: result.totalDocs,
    totalPages: Math.max(1, result.totalPages),
  }
}

/** Reads and checks the report's query string; a string is the message for a 400. */
export const parseReportQuery = (params: URLSearchParams): ReportQuery | string => {
  const status = params.get('status') || undefined
  if (status !== undefined && !(linkStatuses as readonly string[]).includes(status)) {
    return `"status" must be one of ${linkStatuses.join(', ')}.`
  }
  const page = Number(params.get('page') || 1)
  if (!Number.isInteger(page) || page < 1) return '"page" must be a whole number from 1.'
  return { status: status as LinkStatus | undefined, page }
}
