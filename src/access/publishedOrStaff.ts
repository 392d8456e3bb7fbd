import type { Access } from 'payload'

import { staffRole } from './roles'

/** Staff read drafts; everybody else only what is published. */
export const publishedOrStaff: Access = ({ req }) =>
  staffRole(req) ? true : { _status: { equals: 'published' } }
