import { z } from 'zod'

/*
 * Plain-text form fields refuse "<" and ">" rather than sanitise them: nothing a visitor types
 * is meant to be markup, and a refusal tells them so instead of silently changing their words.
 * Error messages are codes, translated by the page from the form's locale namespace.
 */

export const noHtml = (value: string) => !/[<>]/.test(value)

export const requiredText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(max, { error: 'tooLong' })
    .refine(noHtml, { error: 'html' })

export const optionalText = (max: number) =>
  z
    .string({ error: 'required' })
    .trim()
    .max(max, { error: 'tooLong' })
    .refine(noHtml, { error: 'html' })
    .optional()
    .transform((value) => value || undefined)

export const emailAddress = () =>
  z
    .string({ error: 'email' })
    .trim()
    .toLowerCase()
    .max(254, { error: 'email' })
    .pipe(z.email({ error: 'email' }))
