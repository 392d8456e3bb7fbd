/** Who may do what with review cycles; pure, so the admin's buttons follow the endpoints' rules. */
import type { Role } from '../access/roles'

/** Editors, reviewers and admins see the upkeep report; translators work on languages, not on whether content holds. */
export const mayReadUpkeep = (role: Role | string | undefined): boolean =>
  role === 'admin' || role === 'editor' || role === 'reviewer'

/** Editors and admins confirm content is still accurate. */
export const mayMarkReviewed = (role: Role | string | undefined): boolean => role === 'admin' || role === 'editor'
