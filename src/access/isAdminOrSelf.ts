import type { Access } from 'payload'

import { staffRole } from './roles'

export const isAdminOrSelf: Access = ({ req }) => {
  const role = staffRole(req)
  if (role === 'admin') return true
  return role && req.user ? { id: { equals: req.user.id } } : false
}
