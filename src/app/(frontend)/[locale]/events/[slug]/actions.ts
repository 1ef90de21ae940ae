'use server'

import { headers } from 'next/headers'

import { clientIp } from '@/security/clientIp'
import { registerForEvent, type RegistrationError } from '@/events/register'
import { type Locale, localeOrDefault } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'
import { getT } from '@/i18n/server'

export type EventFormState =
  | { status: 'idle' }
  | { status: 'success'; outcome: 'confirmed' | 'waitlisted' | 'pending'; position: number | null }
  | {
      status: 'error'
      errors: Record<string, RegistrationError>
      values: Record<string, string>
      /** the form-wide message in the reader's language, when it needs more than its code */
      message?: string
      /** counts the answers, so the form is drawn afresh with what came back each time */
      round: number
    }

/** The event page's form: the same registration service as POST /api/events/:id/register. */
export async function submitEventRegistration(
  locale: Locale,
  eventId: number | string,
  previous: EventFormState,
  form: FormData,
): Promise<EventFormState> {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value === 'string' && !key.startsWith('$')) values[key] = value
  }
  const answers = Object.fromEntries(
    Object.entries(values)
      .filter(([key]) => key.startsWith('answers.'))
      .map(([key, value]) => [key.slice('answers.'.length), value]),
  )
  const language = localeOrDefault(locale)
  const outcome = await registerForEvent(
    await getPayloadClient(),
    eventId,
    {
      name: values.name ?? '',
      email: values.email ?? '',
      organisation: values.organisation,
      consent: values.consent,
      answers,
    },
    { locale: language, ip: clientIp(await headers()) },
  )
  if (!outcome.ok) {
    return {
      status: 'error',
      errors: outcome.errors,
      values,
      message: outcome.retryAfterMinutes
        ? getT(language, 'events')('errors.rateLimitedFor', { count: outcome.retryAfterMinutes })
        : undefined,
      round: (previous.status === 'error' ? previous.round : 0) + 1,
    }
  }
  return { status: 'success', outcome: outcome.status, position: outcome.position }
}
