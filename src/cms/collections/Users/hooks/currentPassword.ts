import { ValidationError, type CollectionBeforeValidateHook, type CollectionSlug, type PayloadRequest } from 'payload'

import { newsroomT } from '../../../i18n/translations'
import { passwordMatches } from '../passwordHash'
import { normaliseEmail, type AttemptGuard } from '../throttle'

/** The virtual field that carries it (index.ts); never stored. */
export const CURRENT_PASSWORD = 'currentPassword'

/**
 * A new e-mail address or password needs the current password of whoever makes the change: one's
 * own when changing one's own account, and the administrator's own when an administrator changes
 * someone else's. A stolen session (an unlocked computer, a leaked cookie) then cannot take an
 * account over by changing its address or password, the administrator's included. Calls from the
 * server's own code (no user: the seed, scripts) are not asked. Wrong answers count against the
 * login throttle as failed logins of the person asked.
 */
export const requireCurrentPassword =
  (guard: AttemptGuard): CollectionBeforeValidateHook =>
  async ({ collection, data, operation, originalDoc, req }) => {
    if (!data) return data
    const given: unknown = data[CURRENT_PASSWORD]
    delete data[CURRENT_PASSWORD]
    if (operation !== 'update' || !req.user || req.user.collection !== collection.slug || !originalDoc) return data
    const changesPassword = typeof data.password === 'string' && data.password !== ''
    const changesEmail = typeof data.email === 'string' && normaliseEmail(data.email) !== normaliseEmail(originalDoc.email)
    if (!changesPassword && !changesEmail) return data

    const refuse = (key: 'currentPasswordRequired' | 'currentPasswordWrong') => {
      const message = newsroomT(req)(`newsroom:accounts:${key}`)
      const error = new ValidationError({ collection: collection.slug, errors: [{ path: CURRENT_PASSWORD, message }], req }, req.t)
      // The admin shows the top-level message as a notice and closes its new-password fields,
      // which clears the field's own error: the notice must say why ("The following field is
      // invalid" would not). API clients still get the field's path and message in `data`.
      error.message = message
      return error
    }
    if (typeof given !== 'string' || given === '') throw refuse('currentPasswordRequired')
    const attempt = await guard.begin(req, normaliseEmail(req.user.email))
    if (!(await passwordMatches(await storedHash(req, collection.slug), given))) throw refuse('currentPasswordWrong')
    await attempt?.succeeded()
    return data
  }

/** The acting user's stored hash and salt, which reads through the API never return. */
async function storedHash(req: PayloadRequest, collection: CollectionSlug) {
  return req.payload.db.findOne<{ id: string | number; hash?: string; salt?: string }>({ collection, where: { id: { equals: req.user?.id } }, req })
}
