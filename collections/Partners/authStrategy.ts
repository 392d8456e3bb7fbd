import type { AuthStrategy } from 'payload'

import { hasApiKey } from '../../src/feed/apiKeys'
import { authenticatePartner } from '../../src/feed/authenticate'
import type { Partner } from '../../src/payload-types'

const name = 'partner-api-key'

/**
 * `Authorization: Bearer <key>` on Payload's REST and GraphQL API signs the partner in, with the
 * feed's own key lookup. Unknown, rotated and inactive keys sign nobody in, so such a request
 * reads like an anonymous one. Staff JWTs sent as Bearer are left to Payload's JWT strategy.
 */
export const partnerApiKey: AuthStrategy = {
  name,
  authenticate: async ({ headers, payload }) => {
    const header = headers.get('authorization')
    if (!hasApiKey(header)) return { user: null }
    const auth = await authenticatePartner(payload, header)
    if (!('partner' in auth)) return { user: null }
    return { user: { ...(auth.partner as unknown as Partner), collection: 'partners', _strategy: name } }
  },
}
