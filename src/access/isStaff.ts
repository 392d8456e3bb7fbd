import type { Access } from 'payload'

import { staffRole } from './roles'

/** Any signed-in editor, translator, reviewer or admin. */
export const isStaff: Access = ({ req }) => Boolean(staffRole(req))
