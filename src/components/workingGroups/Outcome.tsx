import type { TFunction } from 'i18next'

import { FocusHere } from '@/components/FocusHere'

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
 * crafted link cannot put words on the page. A success takes the focus where it is drawn; a page
 * with several forms draws one Outcome beside each, `only` naming the codes of that form (and
 * `except` the ones shown elsewhere), so the message is where the reader pressed the button.
 */
export function Outcome({
  t,
  query,
  extra,
  only,
  except = [],
}: {
  t: TFunction
  query: Record<string, unknown>
  extra?: string | null
  only?: readonly string[]
  except?: readonly string[]
}) {
  const shown = (code: string) => (!only || only.includes(code)) && !except.includes(code)
  const success =
    typeof query.done === 'string' && done.includes(query.done) && shown(query.done)
      ? query.done
      : null
  // errors stay with the page's general Outcome (the one without `only`)
  const error =
    !only && typeof query.error === 'string' && errors.includes(query.error) ? query.error : null
  if (extra && !only)
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
      <FocusHere id={`outcome-${success}`} role="status" className="notice">
        {t(`pages.outcome.done.${success}`)}
      </FocusHere>
    )
  return null
}
