import { z } from 'zod'

/*
 * Plain-text form fields refuse "<" and ">" rather than sanitise them: nothing a visitor types
 * is meant to be markup, and a refusal tells them so instead of silently changing their words.
 * Error messages are codes, translated by the page from the form's locale namespace.
 */

/**
 * Plain text: no markup characters, and none of the invisible characters that corrupt or
 * disguise text — C0 controls other than tab and line breaks, DEL, unpaired surrogates and
 * bidirectional overrides (which can make a name read differently than it is stored).
 */
const invisible =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/

export const isPlainText = (value: string) => !/[<>]/.test(value) && !invisible.test(value)

export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' })
    .refine(isPlainText, { error: 'html' })

export const optionalText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .max(max, { error: 'tooLong' })
    .refine(isPlainText, { error: 'html' })
    .optional()
    .transform((value) => value || undefined)

export const emailAddress = () =>
  z
    .string({ error: 'email' })
    .trim()
    .toLowerCase()
    .max(254, { error: 'email' })
    .pipe(z.email({ error: 'email' }))
