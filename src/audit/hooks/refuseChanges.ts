import { APIError, type CollectionBeforeOperationHook } from 'payload'

/** Append-only, even for server code with overrideAccess: an entry, once written, stays as written. */
export const refuseChanges: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (operation === 'update' || operation === 'delete') {
    throw new APIError('Audit entries cannot be changed or deleted.', 405)
  }
  return args
}
