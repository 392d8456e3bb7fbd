import type { Access } from 'payload'

import { staffRole } from './roles'

export const isAdmin: Access = ({ req }) => staffRole(req) === 'admin'
