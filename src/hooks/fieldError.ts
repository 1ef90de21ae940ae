import {
  type AfterErrorHook,
  type CollectionSlug,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { requestLocale } from '@/i18n/requestLocale'
import type { Namespace } from '@/i18n/resources'
import { getT } from '@/i18n/server'

type Label = string | Record<string, string>

type Refusal = {
  collection: CollectionSlug
  /** The field's path as the admin form names it (`status`, `capacity`, `file`, `agenda.0.title`). */
  path: string
  /** Translation key of the reason, in `namespace`; the reason says what to do. */
  namespace: Namespace
  key: string
  values?: Record<string, unknown>
  /** For a path that is no field of the collection (`file`); fields bring their own label. */
  label?: Label
  /** HTTP status, when one says more than 400 (413 for a file too large). */
  status?: number
}

/**
 * A refusal from a hook, shaped so the admin shows it beside the field: Payload's form places
 * each `data.errors[]` entry on the field whose path it names, and toasts the summary, which
 * `req.t` words in the admin's language with the field's own label.
 */
export function fieldError(req: PayloadRequest, refusal: Refusal): ValidationError {
  const { collection, path, namespace, key, values = {}, label, status } = refusal
  const message = getT(requestLocale(req), namespace)(key, values)
  const field = req.payload.collections[collection]?.config.flattenedFields.find(
    (each) => each.name === path,
  )
  const fieldLabel =
    label ??
    (field && 'label' in field && field.label && typeof field.label !== 'function'
      ? field.label
      : undefined)
  const error = new ValidationError(
    {
      collection,
      errors: [{ path, message, ...(fieldLabel ? { label: fieldLabel as Label } : {}) }],
      req,
    },
    req.t,
  )
  if (status) error.status = status
  return error
}

/**
 * Keeps the field a refusal names in the REST answer. Payload's error formatter recognises a
 * `ValidationError` with `instanceof`; the production build bundles `payload` more than once, so
 * one thrown from a project hook can be another copy's class and the formatter answers with its
 * summary only, without `data.errors` — and the admin then shows no reason beside the field.
 */
export const keepFieldErrors: AfterErrorHook = ({ error, result }) => {
  const { data, status = 500 } = error as {
    data?: { errors?: { path?: unknown }[] }
    status?: number
  }
  const first = result?.errors?.[0] as { data?: unknown } | undefined
  // recognised by its shape, not its name: the minifier renames the class, so `error.name` is
  // not 'ValidationError' in the production build either
  const fieldErrors =
    status < 500 &&
    Array.isArray(data?.errors) &&
    data.errors.length > 0 &&
    data.errors.every((entry) => typeof entry?.path === 'string')
  if (!fieldErrors || !first || first.data) return
  return {
    response: { ...result, errors: [{ name: 'ValidationError', data, message: error.message }] },
  }
}
