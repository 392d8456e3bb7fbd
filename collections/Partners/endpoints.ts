import type { Endpoint } from 'payload'

import { staffRole } from '../../src/access/roles'
import { hashApiKey, keyPrefix, newApiKey } from '../../src/feed/apiKeys'
import { apiError } from '../../src/translation/endpoints/apiError'
import { newWebhookSecret } from '../../src/webhooks/signature'

type Rotation = { data: Record<string, unknown>; answer: Record<string, unknown> }

/**
 * POST /api/partners/{id}/{action} — replaces one of the partner's credentials at once and
 * answers the new one. Admins only.
 */
const rotationEndpoint = (action: string, credential: string, rotate: () => Rotation): Endpoint => ({
  path: `/:id/${action}`,
  method: 'post',
  handler: async (req) => {
    if (staffRole(req) !== 'admin') return apiError(req.user ? 403 : 401, `Only admins can rotate partner ${credential}.`)
    const id = req.routeParams?.id as string
    const { data, answer } = rotate()
    const updated = await req.payload
      // With `req`, the audit trail records which admin rotated it.
      .update({ collection: 'partners', id, data: data as never, overrideAccess: true, context: { rotatingKey: true }, req })
      .catch(() => null)
    if (!updated) return apiError(404, `No partner with id ${id}.`)
    return Response.json({ id, ...answer })
  },
})

/** A new API key, answered this once; the old key stops working at once. */
export const rotateKeyEndpoint = rotationEndpoint('rotate-key', 'keys', () => {
  const key = newApiKey()
  return {
    data: { keyHash: hashApiKey(key), keyPrefix: keyPrefix(key), keyIssuedAt: new Date().toISOString() },
    answer: {
      apiKey: key,
      keyPrefix: keyPrefix(key),
      message: 'New key issued; the previous key no longer works. It is shown only now.',
    },
  }
})

/** A new webhook signing secret: every delivery from now on, retries included, is signed with it. */
export const rotateWebhookSecretEndpoint = rotationEndpoint('rotate-webhook-secret', 'webhook secrets', () => {
  const webhookSecret = newWebhookSecret()
  return {
    data: { webhookSecret },
    answer: { webhookSecret, message: 'New webhook signing secret; deliveries are signed with it from now on.' },
  }
})
