import type { Endpoint } from 'payload'

import { staffRole } from '../../src/access/roles'
import { hashApiKey, keyPrefix, newApiKey } from '../../src/feed/apiKeys'

/**
 * POST /api/partners/{id}/rotate-key — issues a new key and answers it once; the old key stops
 * working at once. Admins only.
 */
export const rotateKeyEndpoint: Endpoint = {
  path: '/:id/rotate-key',
  method: 'post',
  handler: async (req) => {
    if (staffRole(req) !== 'admin') {
      return Response.json({ errors: [{ message: 'Only admins can rotate partner keys.' }] }, { status: req.user ? 403 : 401 })
    }
    const id = req.routeParams?.id as string
    const key = newApiKey()
    const updated = await req.payload
      .update({
        collection: 'partners',
        id,
        data: { keyHash: hashApiKey(key), keyPrefix: keyPrefix(key), keyIssuedAt: new Date().toISOString() } as never,
        overrideAccess: true,
        context: { rotatingKey: true },
      })
      .catch(() => null)
    if (!updated) return Response.json({ errors: [{ message: `No partner with id ${id}.` }] }, { status: 404 })
    return Response.json({
      id,
      apiKey: key,
      keyPrefix: keyPrefix(key),
      message: 'New key issued; the previous key no longer works. It is shown only now.',
    })
  },
}
