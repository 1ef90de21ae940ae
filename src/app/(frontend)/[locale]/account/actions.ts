'use server'

import { redirect } from 'next/navigation'

import { operatorDetails } from '@/config/operator'
import { queueMail } from '@/email/queue'
import { mailLocale, renderEmail } from '@/email/templates'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { session } from '@/workingGroups/pages'

/**
 * A request to erase one's account and personal data (GDPR Art. 17). Erasure touches minutes
 * others rely on, so a person at the operator decides and carries it out: they receive the
 * request, the member a confirmation in their language.
 */
export async function requestErasure(locale: string) {
  const l = isLocale(locale) ? locale : defaultLocale
  const { payload, user } = await session()
  if (!user) redirect(`/${l}/login?next=${encodeURIComponent(`/${l}/account`)}`)
  const operator = operatorDetails()
  const staff = getT(defaultLocale, 'workingGroups')
  await queueMail(payload, {
    to: operator.email,
    subject: staff('mail.erasureRequest.subject', { name: user!.name }),
    html: renderEmail(defaultLocale, {
      name: operator.name,
      lines: [staff('mail.erasureRequest.body', { name: user!.name, email: user!.email, id: user!.id })],
    }),
  })
  const own = mailLocale(user)
  const t = getT(own, 'workingGroups')
  await queueMail(payload, {
    to: user!.email,
    subject: t('mail.erasureReceived.subject'),
    html: renderEmail(own, { name: user!.name, lines: [t('mail.erasureReceived.body', { operator: operator.name, email: operator.email })] }),
  })
  redirect(`/${l}/account?done=erasure#privacy`)
}
