'use server'

import { headers } from 'next/headers'

import { isLocale, type Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'
import { formValues, registerApplicant, type RegistrationState } from '@/registry/registration'
import { clientIp } from '@/security/clientIp'

/** The registration form's server action (also used when the browser runs no JavaScript). */
export async function submitRegistration(
  locale: Locale,
  _previous: RegistrationState,
  form: FormData,
): Promise<RegistrationState> {
  const ip = clientIp(await headers())
  return registerApplicant(await getPayloadClient(), formValues(form), {
    locale: isLocale(locale) ? locale : 'sk',
    ip,
  })
}
