import type { CollectionConfig, PayloadRequest } from 'payload'

import { adminOrSelf } from '../../access/adminOrSelf'
import { isAdmin } from '../../access/isAdmin'
import { isStaff } from '../../access/isStaff'
import { roles, type Role } from '../../access/roles'
import { l, type Label } from '../../fields/label'
import { newsroomT } from '../../i18n/translations'
import { CURRENT_PASSWORD, requireCurrentPassword } from './hooks/currentPassword'
import { forgiveLogin, throttleLogins } from './hooks/loginThrottle'
import { requireStrongPassword, requireStrongResetPassword } from './hooks/passwordStrength'
import { attemptGuard, type ThrottleEnv } from './throttle'

export const USERS = 'users' as const

const roleLabels: Record<Role, Label> = {
  admin: l('Administrator', 'Администратор', 'Маъмур'),
  editor: l('Editor', 'Редактор', 'Муҳаррир'),
  regionalEditor: l('Regional editor', 'Региональный редактор', 'Муҳаррири минтақавӣ'),
  contributor: l('Contributor', 'Автор', 'Муаллиф'),
}

/** What the collection reads from the environment. */
export type UsersEnv = ThrottleEnv & { isProduction: boolean }

/**
 * Staff accounts. Only admins manage users and unlock; nobody can raise their own role. Logins are
 * throttled per client address (throttle.ts), passwords must be strong (hooks/passwordStrength.ts),
 * and a new e-mail address or password needs the current password (hooks/currentPassword.ts).
 */
export const usersCollection = (env: UsersEnv): CollectionConfig => {
  const guard = attemptGuard(env)
  return {
    slug: USERS,
    access: {
      admin: isStaff,
      read: adminOrSelf,
      create: isAdmin,
      update: adminOrSelf,
      delete: isAdmin,
      // Payload's default lets any signed-in user unlock anyone. There is no lockout to lift (see
      // `auth` below), but the endpoint stays, and only administrators may call it.
      unlock: isAdmin,
    },
    hooks: {
      beforeOperation: [throttleLogins(guard), requireStrongResetPassword],
      beforeValidate: [requireCurrentPassword(guard), requireStrongPassword],
      afterLogin: [forgiveLogin],
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
      // Payload's lockout is off: it locks an account after so many wrong passwords from anywhere,
      // so anyone who knows an address could keep its owner, the administrator included, out.
      // Guessing is slowed per client address instead (hooks/loginThrottle.ts, throttle.ts).
      maxLoginAttempts: 0,
      cookies: { secure: env.isProduction, sameSite: 'Lax' },
    },
    fields: [
      {
        // Asked for with a new e-mail address or password (hooks/currentPassword.ts); never stored.
        name: CURRENT_PASSWORD,
        type: 'text',
        virtual: true,
        label: l('Your current password', 'Ваш текущий пароль', 'Пароли ҳозираи шумо'),
        admin: {
          description: l(
            'Needed to change an e-mail address or a password: your own, also when you change another person’s account.',
            'Нужен, чтобы сменить адрес электронной почты или пароль: ваш собственный, даже когда вы меняете чужую учётную запись.',
            'Барои иваз кардани суроғаи почтаи электронӣ ё парол лозим аст: пароли худатон, ҳатто вақте ки ҳисоби корбарии шахси дигарро тағйир медиҳед.',
          ),
          disableBulkEdit: true,
          disableListColumn: true,
          disableListFilter: true,
          components: { Field: '@/cms/components/CurrentPassword/CurrentPassword.client#CurrentPasswordField' },
        },
      },
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
  }
}
