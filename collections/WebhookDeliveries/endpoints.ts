import type { Endpoint } from 'payload'

import { staffRole } from '../../src/access/roles'
import { apiError } from '../../src/translation/endpoints/apiError'
import { queueDelivery } from '../../src/webhooks/queue'

/**
 * POST /api/webhook-deliveries/{id}/replay — sends a logged event again, with the same event id
 * and body, so a receiver that already processed it can tell. Admins only; 202 when queued.
 */
export const replayEndpoint: Endpoint = {
  path: '/:id/replay',
  method: 'post',
  handler: async (req) => {
    if (staffRole(req) !== 'admin') return apiError(req.user ? 403 : 401, 'Only admins can replay webhook deliveries.')
    const id = req.routeParams?.id as string
    const delivery = await req.payload
      .update({
        collection: 'webhook-deliveries',
        id,
        data: { status: 'pending', nextAttemptAt: new Date().toISOString() },
        overrideAccess: true,
      })
      .catch(() => null)
    if (!delivery) return apiError(404, `No webhook delivery with id ${id}.`)
    await queueDelivery(req.payload, delivery.id)
    return Response.json(
      { id: delivery.id, eventId: delivery.eventId, message: `Event ${delivery.eventId} queued again with the same id.` },
      { status: 202 },
    )
  },
}
