'use client'

import { PasswordField, useFormFields } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * The "Your current password" input of a user's account, shown only while the form changes the
 * e-mail address or sets a new password (Payload's own fields, above it), since only then does the
 * server ask for it (collections/Users/hooks/currentPassword.ts). Payload's password input, so it
 * looks and behaves like the new-password fields; the server judges it, so no check here.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => {
  const changing = useFormFields(([fields]) => {
    const email = fields.email
    const changesEmail = Boolean(email) && String(email?.value ?? '').trim().toLowerCase() !== String(email?.initialValue ?? '').trim().toLowerCase()
    return changesEmail || (typeof fields.password?.value === 'string' && fields.password.value !== '')
  })
  if (!changing) return null
  return <PasswordField autoComplete="current-password" field={{ ...field, required: true }} path={path ?? field.name} validate={() => true} />
}
