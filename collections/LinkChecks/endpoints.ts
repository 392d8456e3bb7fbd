import type { Endpoint } from 'payload'

import { staffRole } from '../../src/access/roles'
import { brokenLinksReport, parseReportQuery } from '../../src/links/report'
import { requestLinkCheck } from '../../src/links/runs'
import { apiError } from '../../src/translation/endpoints/apiError'

/**
 * POST /api/link-checks/run — "check now": queues the link check on the maintenance queue
 * (or answers the one already running or due). Editors and admins; 202.
 */
export const runEndpoint: Endpoint = {
  path: '/run',
  method: 'post',
  handler: async (req) => {
    const role = staffRole(req)
    if (role !== 'admin' && role !== 'editor')
      return apiError(req.user ? 403 : 401, 'Only editors and admins can start a link check.')
    const { id, queued } = await requestLinkCheck(req.payload)
    const message = queued
      ? 'Link check queued: results appear as the links are checked.'
      : 'A link check is already running or due.'
    return Response.json({ job: id, queued, message }, { status: 202 })
  },
}

/**
 * GET /api/link-checks/report?status=&page= — the broken-links dashboard's data: failing
 * and refused links with where they are used, and counts by status. Staff only.
 */
export const reportEndpoint: Endpoint = {
  path: '/report',
  method: 'get',
  handler: async (req) => {
    if (!staffRole(req)) return apiError(req.user ? 403 : 401, 'Sign in as staff to see the link report.')
    const query = parseReportQuery(req.searchParams)
    if (typeof query === 'string') return apiError(400, query)
    return Response.json(await brokenLinksReport(req.payload, query), { headers: { 'Cache-Control': 'no-store' } })
  },
}
