import type { Access } from 'payload'

import { staffRole } from './roles'

/** Editors write the Chinese source and publish; admins can do everything editors can. */
export const isEditor: Access = ({ req }) => {
  const role = staffRole(req)
  return role === 'admin' || role === 'editor'
}
