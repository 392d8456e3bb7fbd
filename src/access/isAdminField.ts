import type { FieldAccess } from 'payload'

import { staffRole } from './roles'

/** Field-level guard, e.g. so nobody but an admin can change a role. */
export const isAdminField: FieldAccess = ({ req }) => staffRole(req) === 'admin'
