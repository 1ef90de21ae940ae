'use server'

import { redirect } from 'next/navigation'

import { session } from '@/account/session'
import { registrationStatuses } from '@/events/constants'
import { localeOrDefault } from '@/i18n/locales'

import { listQuery } from './listQuery'

const ID = /^[\w-]{1,64}$/

/** Back to the list as the organiser left it (search, status, page), at the row they acted on. */
function back(locale: string, slug: string, form: FormData, outcome: string, row?: string) {
  const query = new URLSearchParams(listQuery(form))
  for (const [key, value] of new URLSearchParams(outcome)) query.set(key, value)
  redirect(
    `/${localeOrDefault(locale)}/events/${slug}/registrations?${query}${row ? `#registration-${row}` : ''}`,
  )
}

/**
 * An organiser's decision on one registration (approve, decline, check in, cancel), with the
 * reason for a decline or cancellation. It goes through Payload with the organiser's own
 * rights; the collection's hooks check the transition, free the seat, promote the next person
 * and queue the e-mails (the reason goes into the registrant's mail).
 */
export async function changeRegistrationStatus(locale: string, slug: string, form: FormData) {
  const { payload, user } = await session()
  const id = String(form.get('registration') ?? '')
  const status = String(form.get('status') ?? '')
  const reason = String(form.get('reason') ?? '')
    .replace(/[\u0000-\u0008\u000b-\u001f]/g, '')
    .trim()
    .slice(0, 500)
  if (!user || !ID.test(id) || !(registrationStatuses as readonly string[]).includes(status))
    back(locale, slug, form, 'error=1', id)
  try {
    await payload.update({
      collection: 'event-registrations',
      id,
      data: {
        status: status as (typeof registrationStatuses)[number],
        ...(status === 'cancelled' ? { decisionReason: reason || null } : {}),
      },
      overrideAccess: false,
      user,
      depth: 0,
    })
  } catch {
    back(locale, slug, form, 'error=1', id)
  }
  back(locale, slug, form, 'done=1', id)
}

/** Approves every ticked pending registration at once; says how many went through. */
export async function approveRegistrations(locale: string, slug: string, form: FormData) {
  const { payload, user } = await session()
  const ids = form
    .getAll('registration')
    .map(String)
    .filter((id) => ID.test(id))
    .slice(0, 500)
  if (!user || ids.length === 0) back(locale, slug, form, 'error=none')
  let approved = 0
  let failed = 0
  for (const id of ids) {
    try {
      // one by one: each approval takes a seat under the event's lock, in the order ticked
      await payload.update({
        collection: 'event-registrations',
        id,
        data: { status: 'confirmed' },
        overrideAccess: false,
        user,
        depth: 0,
      })
      approved += 1
    } catch {
      failed += 1
    }
  }
  back(locale, slug, form, `approved=${approved}${failed ? `&failed=${failed}` : ''}`)
}
