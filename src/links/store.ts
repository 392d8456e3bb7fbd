import type { Payload } from 'payload'

import type { LinkCheck } from '../payload-types'
import type { Usage } from './collect'
import { hostKey } from './options'
import { type CheckResult, failingStatuses, type LinkStatus } from './statuses'

export const linkChecksSlug = 'link-checks'

const isFailing = (status: LinkStatus | null | undefined) => Boolean(status && failingStatuses.includes(status))

/** The stored row of a link, if it was checked before. */
export const findLinkCheck = async (payload: Payload, url: string): Promise<LinkCheck | null> => {
  const { docs } = await payload.find({
    collection: linkChecksSlug,
    where: { url: { equals: url } },
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0] ?? null
}

/**
 * Stores one result on its link's row (created on the first check): the current state, where it
 * is used now, and the result in front of the history. `firstBrokenAt` keeps the start of an
 * unbroken run of failures. Answers the status the link had before (undefined if new).
 */
export const saveResult = async (
  payload: Payload,
  result: CheckResult,
  usages: Usage[],
  historyLength: number,
): Promise<LinkStatus | undefined> => {
  const existing = await findLinkCheck(payload, result.url)
  const failing = isFailing(result.status)
  const entry = {
    checkedAt: result.checkedAt,
    status: result.status,
    httpStatus: result.httpStatus,
    error: result.error,
    durationMs: result.durationMs,
  }
  const data = {
    url: result.url,
    host: hostKey(new URL(result.url).hostname),
    status: result.status,
    httpStatus: result.httpStatus,
    errorKind: result.errorKind,
    error: result.error,
    finalUrl: result.finalUrl,
    redirects: result.redirects,
    lastCheckedAt: result.checkedAt,
    firstBrokenAt: failing ? (isFailing(existing?.status) && existing?.firstBrokenAt) || result.checkedAt : null,
    usages,
    history: [entry, ...(existing?.history ?? [])].slice(0, historyLength),
  }
  if (existing) await payload.update({ collection: linkChecksSlug, id: existing.id, data, depth: 0, overrideAccess: true })
  else await payload.create({ collection: linkChecksSlug, data, depth: 0, overrideAccess: true })
  return existing?.status
}

/** Drops the rows of links no longer found in published content. */
export const removeUnused = async (payload: Payload, used: Set<string>): Promise<number> => {
  const { docs } = await payload.find({
    collection: linkChecksSlug,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { url: true },
  })
  const unused = docs.filter(({ url }) => !used.has(url)).map(({ id }) => id)
  for (let start = 0; start < unused.length; start += 100) {
    await payload.delete({
      collection: linkChecksSlug,
      where: { id: { in: unused.slice(start, start + 100) } },
      overrideAccess: true,
    })
  }
  return unused.length
}
