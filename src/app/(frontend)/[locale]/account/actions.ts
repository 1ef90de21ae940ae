'use server'

import { redirect } from 'next/navigation'

import { confirmEmailChange } from '@/account/emailChange'
import { operatorDetails } from '@/config/operator'
import { queueMail } from '@/email/queue'
import { personalEmail, renderEmail } from '@/email/templates'
import { defaultLocale, localeOrDefault } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'
import { session } from '@/account/session'
import { loginHref } from '@/utilities/safeNext'

/**
 * A request to erase one's account and personal data (GDPR Art. 17). Erasure touches minutes
 * others rely on, so a person at the operator decides and carries it out: they receive the
 * request, the member a confirmation in their language.
 */
export async function requestErasure(locale: string) {
  const l = localeOrDefault(locale)
  const { payload, user } = await session()
  if (!user) redirect(loginHref(l, `/${l}/account`))
  const operator = operatorDetails()
  const staff = getT(defaultLocale, 'account')
  await queueMail(payload, {
    to: operator.email,
    subject: staff('mail.erasureRequest.subject', { name: user!.name }),
    html: renderEmail(defaultLocale, {
      name: operator.name,
      lines: [
        staff('mail.erasureRequest.body', { name: user!.name, email: user!.email, id: user!.id }),
      ],
    }),
  })
  await queueMail(payload, {
    to: user!.email,
    ...personalEmail(user!, 'account', (t) => ({
      subject: t('mail.erasureReceived.subject'),
      lines: [t('mail.erasureReceived.body', { operator: operator.name, email: operator.email })],
    })),
  })
  redirect(`/${l}/account?done=erasure#privacy`)
}

/**
 * A new address for the account. It goes through Payload with the member's own rights; the
 * users' hook keeps the old address until the new mailbox confirms, and mails the link. The page
 * answers the same whether or not the address already has an account.
 */
export async function requestEmailChange(locale: string, form: FormData) {
  const l = localeOrDefault(locale)
  const page = `/${l}/account`
  const email = String(form.get('email') ?? '')
    .trim()
    .toLowerCase()
  const { payload, user } = await session()
  if (!user) redirect(loginHref(l, page))
  if (!email || email.length > 254 || email === user!.email)
    redirect(`${page}?account=emailInvalid#email`)
  try {
    await payload.update({
      collection: 'users',
      id: user!.id,
      data: { email },
      depth: 0,
      overrideAccess: false,
      user,
    })
  } catch (error) {
    const invalid = Array.isArray((error as { data?: { errors?: unknown[] } })?.data?.errors)
    if (!invalid) console.error('e-mail change failed', error)
    redirect(`${page}?account=${invalid ? 'emailInvalid' : 'unexpected'}#email`)
  }
  redirect(`${page}?account=emailPending#email`)
}

/** Whether fellow members of the person's working groups see their e-mail address. */
export async function saveEmailSharing(locale: string, form: FormData) {
  const l = localeOrDefault(locale)
  const page = `/${l}/account`
  const { payload, user } = await session()
  if (!user) redirect(loginHref(l, page))
  try {
    await payload.update({
      collection: 'users',
      id: user!.id,
      data: { showEmailToGroups: form.get('showEmailToGroups') === 'on' },
      depth: 0,
      overrideAccess: false,
      user,
    })
  } catch (error) {
    console.error('e-mail sharing not saved', error)
    redirect(`${page}?account=unexpected#sharing`)
  }
  redirect(`${page}?account=sharingSaved#sharing`)
}

/** The button on the confirmation page: a mail scanner following the link confirms nothing. */
export async function confirmNewEmail(locale: string, form: FormData) {
  const l = localeOrDefault(locale)
  const token = String(form.get('token') ?? '')
  const payload = await getPayloadClient()
  const result =
    token.length > 0 && token.length < 2000 ? await confirmEmailChange(payload, token) : 'invalid'
  redirect(`/${l}/account/confirm-email?result=${result}`)
}
