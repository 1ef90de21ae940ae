'use server'

import { redirect } from 'next/navigation'

import { cancelByToken, eraseByToken } from '@/events/register'
import { localeOrDefault } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'

/** The registrant cancels from their page (a POST: link previews in mail clients never cancel). */
export async function cancelRegistration(locale: string, token: string) {
  const result = await cancelByToken(await getPayloadClient(), token)
  const lang = localeOrDefault(locale)
  redirect(
    `/${lang}/events/registration/${encodeURIComponent(token)}?${result.ok ? 'cancelled=1#outcome' : 'invalid=1'}`,
  )
}

/**
 * The registrant erases their personal data (GDPR Art. 17); the link stops working with it.
 * Only from the confirmation step, which sends `confirm=erase`: nothing is erased by one press.
 */
export async function eraseRegistration(locale: string, token: string, form: FormData) {
  const lang = localeOrDefault(locale)
  const page = `/${lang}/events/registration/${encodeURIComponent(token)}`
  if (form.get('confirm') !== 'erase') redirect(`${page}?erase=confirm#erase-confirm`)
  const result = await eraseByToken(await getPayloadClient(), token)
  redirect(`${page}?${result.ok ? 'erased=1#outcome' : 'invalid=1'}`)
}
