import { type CollectionBeforeOperationHook, Forbidden } from 'payload'

/**
 * The API key is a partner's only credential: Payload's refresh would otherwise sign a session
 * token (JWT and cookie) for whoever the key signed in.
 */
export const noSessionTokens: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'refresh') throw new Forbidden(req.t)
  return args
}
