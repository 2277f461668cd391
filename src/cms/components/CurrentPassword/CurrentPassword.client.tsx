'use client'

import { PasswordField } from '@payloadcms/ui'
import type { TextFieldClientComponent } from 'payload'

/**
 * The "Your current password" input of a user's account. Always shown (its description says
 * when it is needed): Payload closes its new-password fields after a refused save, and an input
 * that came and went with them would take the refusal's message with it. Payload's own password
 * input, so it looks and behaves like the new-password fields; the server judges it
 * (collections/Users/hooks/currentPassword.ts), so no check here.
 */
export const CurrentPasswordField: TextFieldClientComponent = ({ field, path }) => (
  <PasswordField autoComplete="current-password" field={field} path={path ?? field.name} validate={() => true} />
)
