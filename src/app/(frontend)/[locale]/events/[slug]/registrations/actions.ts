'use server'

import { headers } from 'next/headers'
import { redirect } from 'next/navigation'

import { registrationStatuses } from '@/events/constants'
import { localeOrDefault } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'

/**
 * An organiser's decision on one registration (approve, decline, check in, cancel). It goes
 * through Payload with the organiser's own rights; the collection's hooks check the
 * transition, free the seat, promote the next person and queue the e-mails.
 */
export async function changeRegistrationStatus(locale: string, slug: string, form: FormData) {
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  const id = String(form.get('registration') ?? '')
  const status = String(form.get('status') ?? '')
  const lang = localeOrDefault(locale)
  const back = (outcome: string) =>
    redirect(`/${lang}/events/${slug}/registrations?${outcome}#registration-${id}`)
  if (
    !user ||
    !/^[\w-]{1,64}$/.test(id) ||
    !(registrationStatuses as readonly string[]).includes(status)
  )
    back('error=1')
  try {
    await payload.update({
      collection: 'event-registrations',
      id,
      data: { status: status as (typeof registrationStatuses)[number] },
      overrideAccess: false,
      user,
      depth: 0,
    })
  } catch {
    back('error=1')
  }
  back('done=1')
}
