import type { CollectionConfig } from 'payload'

import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { roles } from '../access/roles'
import { l } from '../fields/label'

export const USERS = 'users' as const

/** Staff accounts. Only admins manage users; nobody can raise their own role. */
export const usersCollection = (secureCookies: boolean): CollectionConfig => ({
  slug: USERS,
  access: {
    admin: isStaff,
    read: adminOrSelf,
    create: isAdmin,
    update: adminOrSelf,
    delete: isAdmin,
  },
  labels: {
    singular: l('User', 'Пользователь', 'Корбар'),
    plural: l('Users', 'Пользователи', 'Корбарон'),
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role'],
    group: l('Administration', 'Администрирование', 'Маъмурият'),
  },
  auth: {
    tokenExpiration: 60 * 60 * 8,
    maxLoginAttempts: 10,
    lockTime: 10 * 60 * 1000,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120, label: l('Name', 'Имя', 'Ном') },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      options: roles.map((value) => ({
        value,
        label: value === 'admin' ? l('Administrator', 'Администратор', 'Маъмур') : l('Editor', 'Редактор', 'Муҳаррир'),
      })),
      access: { create: isAdmin, update: isAdmin },
      label: l('Role', 'Роль', 'Нақш'),
      admin: { position: 'sidebar' },
    },
  ],
})
