import type { CollectionAfterReadHook, Payload, PayloadRequest } from 'payload'

import type { LinkCheck, Service } from '../payload-types'
import { checkableUrl, type Usage } from './collect'
import { type LinkStatus, linkWorks } from './statuses'
import { findLinkCheck, linkChecksSlug } from './store'

const applicationField = 'onlineApplication.url'

/** The service's "apply online" link, the one whose failure the site must not offer as a button. */
export const isApplicationLink = (usage: Pick<Usage, 'collection' | 'fieldPath'>): boolean =>
  usage.collection === 'services' && usage.fieldPath === applicationField

type LinkCheckRow = Pick<LinkCheck, 'id' | 'url' | 'status' | 'httpStatus' | 'error' | 'lastCheckedAt' | 'firstBrokenAt'>
type Memo = Map<string, Promise<LinkCheckRow | null>>

/** Rows by URL, read once per request: a list of services asks for each of their links. */
const linkCheckFor = (req: PayloadRequest, url: string): Promise<LinkCheckRow | null> => {
  const memo = ((req.context.linkChecks as Memo | undefined) ??= new Map())
  let row = memo.get(url)
  if (!row) {
    row = req.payload
      .find({
        collection: linkChecksSlug,
        where: { url: { equals: url } },
        limit: 1,
        depth: 0,
        overrideAccess: true,
        select: { url: true, status: true, httpStatus: true, error: true, lastCheckedAt: true, firstBrokenAt: true },
        req,
      })
      .then(({ docs }) => (docs[0] as LinkCheckRow | undefined) ?? null)
    memo.set(url, row)
  }
  return row
}

/**
 * Services answer with their application link's latest check in `onlineApplication.lastCheck`
 * (`ok` false when it fails, null when it was not checked), from the link check results,
 * through every door: REST, GraphQL, the Local API, the site and the feed.
 */
export const showApplicationLinkCheck: CollectionAfterReadHook<Service> = async ({ doc, req }) => {
  const url = checkableUrl(doc?.onlineApplication?.url)
  if (!url) return doc
  const row = await linkCheckFor(req, url)
  if (!row) return doc
  return {
    ...doc,
    onlineApplication: {
      ...doc.onlineApplication,
      lastCheck: {
        checkedAt: row.lastCheckedAt ?? null,
        httpStatus: row.httpStatus ?? null,
        ok: linkWorks(row.status),
        error: row.error ?? null,
      },
    },
  }
}

/** True when the service's application link failed its latest check: show the offices and a notice, not the button. */
export const applicationLinkBroken = (service: Pick<Service, 'onlineApplication'> | null | undefined): boolean =>
  service?.onlineApplication?.lastCheck?.ok === false

export type ApplicationLinkStatus = {
  url: string
  status: LinkStatus
  broken: boolean
  httpStatus: number | null
  error: string | null
  checkedAt: string | null
  /** Since when it has failed without a break. */
  brokenSince: string | null
}

/** The published service's application link and its latest check; null without a link or before its first check. */
export const applicationLinkStatus = async (
  payload: Payload,
  serviceId: string | number,
): Promise<ApplicationLinkStatus | null> => {
  const service = await payload.findByID({
    collection: 'services',
    id: serviceId,
    depth: 0,
    overrideAccess: true,
    disableErrors: true,
    select: { onlineApplication: true },
  })
  const url = checkableUrl(service?.onlineApplication?.url)
  const row = url && (await findLinkCheck(payload, url))
  if (!url || !row) return null
  return {
    url,
    status: row.status,
    broken: linkWorks(row.status) === false,
    httpStatus: row.httpStatus ?? null,
    error: row.error ?? null,
    checkedAt: row.lastCheckedAt ?? null,
    brokenSince: row.firstBrokenAt ?? null,
  }
}
