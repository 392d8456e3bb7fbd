import type { Access } from 'payload'

import { staffRole } from './roles'

/** Any signed-in editor, translator, reviewer or admin; a plain yes or no, so job access can use it too. */
export const isStaff = (({ req }) => Boolean(staffRole(req))) satisfies Access
