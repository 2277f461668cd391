import type { CollectionConfig, PayloadRequest } from 'payload'

import { adminOrSelf } from '../access/adminOrSelf'
import { isAdmin } from '../access/isAdmin'
import { isStaff } from '../access/isStaff'
import { roles, type Role } from '../access/roles'
import { l, type Label } from '../fields/label'
import { newsroomT } from '../i18n/translations'

export const USERS = 'users' as const

const roleLabels: Record<Role, Label> = {
  admin: l('Administrator', 'Администратор', 'Маъмур'),
  editor: l('Editor', 'Редактор', 'Муҳаррир'),
  regionalEditor: l('Regional editor', 'Региональный редактор', 'Муҳаррири минтақавӣ'),
  contributor: l('Contributor', 'Автор', 'Муаллиф'),
}

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
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      // Only admins set roles: nobody can raise their own.
      access: { create: isAdmin, update: isAdmin },
      label: l('Role', 'Роль', 'Нақш'),
      admin: {
        position: 'sidebar',
        description: l(
          'Editors publish everything; regional editors only their regions; contributors write drafts.',
          'Редакторы публикуют всё; региональные — только по своим регионам; авторы пишут черновики.',
          'Муҳаррирон ҳама чизро нашр мекунанд; муҳаррирони минтақавӣ танҳо аз минтақаҳои худ; муаллифон пешнавис менависанд.',
        ),
      },
    },
    {
      name: 'regions',
      type: 'relationship',
      relationTo: 'regions',
      hasMany: true,
      access: { create: isAdmin, update: isAdmin },
      label: l('Regions looked after', 'Курируемые регионы', 'Минтақаҳои масъул'),
      admin: {
        position: 'sidebar',
        condition: (data) => data?.role === 'regionalEditor',
        description: l(
          'A regional editor edits and publishes only content tied to these regions.',
          'Региональный редактор правит и публикует только материалы этих регионов.',
          'Муҳаррири минтақавӣ танҳо маводи ҳамин минтақаҳоро таҳрир ва нашр мекунад.',
        ),
      },
      validate: (value: unknown, { req, siblingData }: { req: PayloadRequest; siblingData: { role?: string } }) =>
        siblingData.role !== 'regionalEditor' || (Array.isArray(value) && value.length > 0) ? true : newsroomT(req)('newsroom:validation:regionsRequired'),
    },
  ],
})
