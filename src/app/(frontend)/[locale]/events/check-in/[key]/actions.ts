'use server'

import { redirect } from 'next/navigation'

import { session } from '@/account/session'
import { registrationByCheckInKey } from '@/events/checkIn'
import { localeOrDefault } from '@/i18n/locales'

/**
 * The organiser's one tap at the door. It goes through Payload with the organiser's own rights,
 * so someone who is not the event's organiser cannot check anybody in with a stolen code, and
 * the collection's hooks check the transition (only a confirmed seat can be checked in).
 */
export async function checkInRegistrant(locale: string, key: string) {
  const lang = localeOrDefault(locale)
  const back = (outcome: string) =>
    redirect(`/${lang}/events/check-in/${encodeURIComponent(key)}?${outcome}`)
  const { payload, user } = await session()
  const registration = user ? await registrationByCheckInKey(payload, key) : null
  if (!user || !registration) back('error=1')
  else if (registration.status !== 'attended') {
    try {
      await payload.update({
        collection: 'event-registrations',
        id: registration.id,
        data: { status: 'attended' },
        depth: 0,
        overrideAccess: false,
        user,
      })
    } catch {
      back('error=1')
    }
  }
  back('done=1')
}
