import type { Endpoint } from 'payload'

import { staffRole } from '../access/roles'
import { apiError } from '../translation/endpoints/apiError'
import type { ReviewedCollection } from './cycles'
import { markReviewed } from './markReviewed'
import { mayMarkReviewed, mayReadUpkeep } from './permissions'
import { parseUpkeepQuery, upkeepReport } from './report'

/**
 * GET /api/reviews/upkeep?collection=&department= — the content-upkeep screen's data: broken
 * links, reviews overdue or due within 30 days by department, flagged interpretations.
 * Editors, reviewers and admins (translators work on languages, not on whether content holds).
 */
export const upkeepEndpoint: Endpoint = {
  path: '/reviews/upkeep',
  method: 'get',
  handler: async (req) => {
    if (!mayReadUpkeep(staffRole(req))) {
      return apiError(req.user ? 403 : 401, 'Only editors, reviewers and admins can see the content upkeep report.')
    }
    const query = parseUpkeepQuery(req.searchParams, req.payload.db.defaultIDType)
    if (typeof query === 'string') return apiError(400, query)
    return Response.json(await upkeepReport(req.payload, new Date(), query), { headers: { 'Cache-Control': 'no-store' } })
  },
}

/** POST /api/{services|policy-interpretations}/:id/mark-reviewed — "reviewed, still accurate". Editors and admins. */
export const markReviewedEndpoint = (collection: ReviewedCollection): Endpoint => ({
  path: '/:id/mark-reviewed',
  method: 'post',
  handler: async (req) => {
    if (!mayMarkReviewed(staffRole(req))) {
      return apiError(req.user ? 403 : 401, 'Only editors and admins can mark content as reviewed.')
    }
    const id = String(req.routeParams?.id ?? '')
    const validId = req.payload.db.defaultIDType === 'number' ? /^[1-9]\d{0,15}$/.test(id) : /^[\w-]{1,64}$/.test(id)
    const confirmed = validId ? await markReviewed(req, collection, id) : null
    if (!confirmed) return apiError(404, `No ${collection} document with id ${id}.`)
    return Response.json({ message: 'Marked as reviewed and still accurate.', ...confirmed })
  },
})
