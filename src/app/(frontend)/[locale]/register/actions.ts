'use server'

import { headers } from 'next/headers'

import { type Locale, localeOrDefault } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'
import { getT } from '@/i18n/server'
import { formValues, registerApplicant, type RegistrationState } from '@/registry/registration'
import { clientIp } from '@/security/clientIp'

/** The registration form's server action (also used when the browser runs no JavaScript). */
export async function submitRegistration(
  locale: Locale,
  previous: RegistrationState,
  form: FormData,
): Promise<RegistrationState> {
  const language = localeOrDefault(locale)
  const result = await registerApplicant(await getPayloadClient(), formValues(form), {
    locale: language,
    ip: clientIp(await headers()),
  })
  if (result.status !== 'error') return result
  return {
    ...result,
    round: (previous.status === 'error' ? (previous.round ?? 0) : 0) + 1,
    message: result.retryAfterMinutes
      ? getT(language, 'register')('errors.rateLimitedFor', { count: result.retryAfterMinutes })
      : undefined,
  }
}
