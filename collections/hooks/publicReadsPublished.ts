import type { CollectionBeforeOperationHook } from 'payload'

import { staffRole } from '../../src/access/roles'

/**
 * `draft=true` from someone who is not staff reads the published version instead of an empty
 * list: the access rule already hides drafts, this keeps the published text reachable.
 */
export const publicReadsPublished: CollectionBeforeOperationHook = ({ args, operation, overrideAccess, req }) => {
  if (operation === 'read' && !overrideAccess && !staffRole(req) && 'draft' in args && args.draft) {
    return { ...args, draft: false }
  }
  return args
}
