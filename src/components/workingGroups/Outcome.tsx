import type { TFunction } from 'i18next'

const done = [
  'comment',
  'resolved',
  'action',
  'uploaded',
  'settings',
  'erasure',
  'held',
  'minutes-draft',
  'minutes-review',
  'minutes-approved',
  'rsvp',
  'reply',
]
const errors = [
  'closed',
  'forbidden',
  'required',
  'tooLong',
  'html',
  'file',
  'wrongType',
  'tooLarge',
  'invalid',
  'unexpected',
]

/**
 * The result of the last form, from its code in the URL: only known codes are shown, so a
 * crafted link cannot put words on the page.
 */
export function Outcome({
  t,
  query,
  extra,
}: {
  t: TFunction
  query: Record<string, unknown>
  extra?: string | null
}) {
  const success = typeof query.done === 'string' && done.includes(query.done) ? query.done : null
  const error = typeof query.error === 'string' && errors.includes(query.error) ? query.error : null
  if (extra)
    return (
      <p role="alert" className="field-error">
        {extra}
      </p>
    )
  if (error)
    return (
      <p role="alert" className="field-error">
        {t(`pages.outcome.errors.${error}`)}
      </p>
    )
  if (success)
    return (
      <p role="status" className="notice">
        {t(`pages.outcome.done.${success}`)}
      </p>
    )
  return null
}
