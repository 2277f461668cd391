import { ZxcvbnFactory, type ZxcvbnResult } from '@zxcvbn-ts/core'
import * as common from '@zxcvbn-ts/language-common'
import * as english from '@zxcvbn-ts/language-en'
import { ValidationError, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook, type PayloadRequest } from 'payload'

import { newsroomT } from '../../../i18n/translations'
import { normaliseEmail } from '../throttle'

/**
 * zxcvbn (Dropbox's estimator, as zxcvbn-ts keeps it), offline: its common-password and English
 * dictionaries and keyboard layouts ship in the packages. Levenshtein matching (misspelt dictionary
 * words) stays off: it makes a check cost about 600 ms of CPU instead of about 30.
 */
let estimator: ZxcvbnFactory | null = null

/**
 * The estimator, made on the first check: ranking its dictionaries costs about half a second of
 * CPU, which every page's first render paid when it was made as the configuration loaded.
 */
function estimatorOf(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ graphs: common.adjacencyGraphs, dictionary: { ...common.dictionary, ...english.dictionary } })
  return estimator
}

/** The lowest zxcvbn score (0–4) a password may have: 3 is "safely unguessable", about 10^8 guesses. */
export const MIN_SCORE = 3

/** zxcvbn looks at this much of a password (its cost grows with the length; longer is strong anyway). */
const CHECKED_LENGTH = 100

type Reason = 'weakPersonal' | 'weakCommon' | 'weakWord' | 'weakPattern' | 'weakDates' | 'weakShort'

/** zxcvbn's warnings, grouped into the reasons our message gives. */
const reasons: Record<string, Reason> = {
  userInputs: 'weakPersonal',
  topTen: 'weakCommon',
  topHundred: 'weakCommon',
  common: 'weakCommon',
  similarToCommon: 'weakCommon',
  pwned: 'weakCommon',
  wordByItself: 'weakWord',
  namesByThemselves: 'weakWord',
  commonNames: 'weakWord',
  straightRow: 'weakPattern',
  keyPattern: 'weakPattern',
  simpleRepeat: 'weakPattern',
  extendedRepeat: 'weakPattern',
  sequences: 'weakPattern',
  recentYears: 'weakDates',
  dates: 'weakDates',
}

/** Words of a person's name and e-mail address, which their password must not lean on. */
function personalWords(name: unknown, email: unknown): string[] {
  const address = normaliseEmail(email)
  const words = [typeof name === 'string' ? name : '', address, ...address.split(/[@.+_-]/), ...(typeof name === 'string' ? name.split(/\s+/) : [])]
  return [...new Set(words.map((word) => word.trim().toLowerCase()).filter((word) => word.length >= 3))]
}

/** zxcvbn's verdict on `password` for this person. */
export function ratePassword(password: string, name: unknown, email: unknown): ZxcvbnResult {
  return estimatorOf().check(password.slice(0, CHECKED_LENGTH), personalWords(name, email))
}

/** Why `password` is refused, in the request's admin language, or null when it is strong enough. */
export function passwordProblem(req: PayloadRequest, password: string, name: unknown, email: unknown): string | null {
  const result = ratePassword(password, name, email)
  if (result.score >= MIN_SCORE) return null
  const t = newsroomT(req)
  const reason = reasons[result.feedback.warning ?? ''] ?? 'weakShort'
  return t('newsroom:accounts:weakPassword', { reason: t(`newsroom:accounts:${reason}`) })
}

function refuse(req: PayloadRequest, collection: string, message: string): ValidationError {
  return new ValidationError({ collection, errors: [{ path: 'password', message }], req }, req.t)
}

/** On create and update: a new password must be strong (the name and e-mail it is checked with are the saved ones). */
export const requireStrongPassword: CollectionBeforeValidateHook = ({ collection, data, originalDoc, req }) => {
  const password: unknown = data?.password
  if (typeof password !== 'string' || password === '') return data
  const problem = passwordProblem(req, password, data?.name ?? originalDoc?.name, data?.email ?? originalDoc?.email)
  if (problem) throw refuse(req, collection.slug, problem)
  return data
}

/**
 * On reset-password (the link from a forgot-password e-mail), which runs no validate hook before
 * hashing: the same rule, once the token is known to be valid (an invalid one costs no check, and
 * Payload refuses it next).
 */
export const requireStrongResetPassword: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'resetPassword') return args
  const { password, token } = args.data
  if (typeof password !== 'string' || typeof token !== 'string' || !token) return args
  const user = await req.payload.db.findOne<{ id: string | number; name?: string; email?: string }>({
    collection: args.collection.config.slug,
    where: { and: [{ resetPasswordToken: { equals: token } }, { resetPasswordExpiration: { greater_than: new Date().toISOString() } }] },
    req,
  })
  if (!user) return args
  const problem = passwordProblem(req, password, user.name, user.email)
  if (problem) throw refuse(req, args.collection.config.slug, problem)
  return args
}
