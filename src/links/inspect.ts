import type { Payload } from 'payload'

import { clearSiteCache } from '../site/cache'
import { isApplicationLink } from './applicationLink'
import { checkAll } from './checkAll'
import { collectLinks } from './collect'
import { type LinkCheckOptions, readLinkCheckOptions } from './options'
import { linkSources } from './sources'
import { type LinkStatus, linkStatuses, linkWorks } from './statuses'
import { removeUnused, saveResult } from './store'

export type LinkCheckSummary = { links: number; removed: number } & Record<LinkStatus, number>

/**
 * The whole inspection: collects the links of published content, forgets links no longer used,
 * checks each one and stores its result as it comes. When a service's application link starts
 * or stops working, the public site's cached pages are dropped so the notice shows at once.
 */
export const inspectLinks = async (
  payload: Payload,
  options: LinkCheckOptions = readLinkCheckOptions(),
): Promise<LinkCheckSummary> => {
  const usages = await collectLinks(payload, linkSources)
  const removed = await removeUnused(payload, new Set(usages.keys()))
  const summary = {
    links: usages.size,
    removed,
    ...Object.fromEntries(linkStatuses.map((status) => [status, 0])),
  } as LinkCheckSummary
  let applicationChanged = false
  await checkAll([...usages.keys()], options, async (result) => {
    const uses = usages.get(result.url) ?? []
    const before = await saveResult(payload, result, uses, options.historyLength)
    summary[result.status] += 1
    if (linkWorks(before) !== linkWorks(result.status) && uses.some(isApplicationLink)) applicationChanged = true
  })
  if (applicationChanged) clearSiteCache()
  payload.logger.info({ msg: 'Link check finished', ...summary })
  return summary
}
