import type { CollectionConfig } from 'payload'

import { isAdmin } from '../src/access/isAdmin'
import { isAdminField } from '../src/access/isAdminField'
import { isAdminOrSelf } from '../src/access/isAdminOrSelf'
import { roles } from '../src/access/roles'
import { targetLocaleOptions } from '../src/localization/locales'

export const Users: CollectionConfig = {
  slug: 'users',
  access: {
    admin: ({ req }) => req.user?.collection === 'users',
    create: isAdmin,
    delete: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
  },
  admin: { useAsTitle: 'email', defaultColumns: ['name', 'email', 'role', 'languages'], group: 'Administration' },
  auth: { maxLoginAttempts: 10, lockTime: 10 * 60 * 1000 },
  fields: [
    { name: 'name', type: 'text', required: true },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      options: roles.map((role) => ({ label: role[0].toUpperCase() + role.slice(1), value: role })),
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      label: 'Assigned languages',
      saveToJWT: true,
      access: { create: isAdminField, update: isAdminField },
      admin: { description: 'Languages a translator may edit or a reviewer may approve.' },
      options: targetLocaleOptions,
    },
    { name: 'department', type: 'text' },
  ],
}
