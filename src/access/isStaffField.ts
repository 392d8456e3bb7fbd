import type { FieldAccess } from 'payload'

import { staffRole } from './roles'

export const isStaffField: FieldAccess = ({ req }) => Boolean(staffRole(req))
