import type { PayloadRequest, TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

/** What our own text validators read of Payload's validation options. */
type CheckOptions = Parameters<TextFieldSingleValidation>[1]

/**
 * A text field's own check, after Payload's length check: a field's `validate` replaces
 * Payload's, which would otherwise leave its `maxLength` unchecked on save (the admin only
 * counts characters). Required-ness stays with the field's own check and its own message.
 */
export function withMaxLength<Options extends { req: PayloadRequest }>(
  check: (value: string | null | undefined, options: Options) => Promise<string | true> | string | true,
): (value: string | null | undefined, options: Options & CheckOptions) => Promise<string | true> {
  return async (value, options) => {
    const length = await text(value, { ...options, required: false })
    return length === true ? check(value, options) : length
  }
}
