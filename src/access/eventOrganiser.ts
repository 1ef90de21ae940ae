import type { Access, PayloadRequest } from 'payload'

import { representedOrganisationIds } from './representedOrganisationIds'
import { hasRole } from './roles'
import { idFrom } from '@/utilities/ids'

/**
 * Registrations are the organiser's to see and manage: editors for every event, an
 * organisation's representatives for the events their organisation runs. Each registration
 * carries its event's organiser, so the rule is one indexed condition.
 */
export const organisesEvent: Access = async ({ req }) => {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const own = await representedOrganisationIds(req)
  if (own.length === 0) return false
  return { organiser: { in: own } }
}

/** Whether the request's user organises this event (for pages and endpoints outside Payload's access). */
export async function managesEvent(
  req: PayloadRequest,
  event: { organisation: unknown },
): Promise<boolean> {
  if (hasRole(req.user, 'admin', 'editor')) return true
  const organisation = event.organisation
  const id = idFrom(organisation)
  return (await representedOrganisationIds(req)).some((own) => String(own) === String(id))
}

/** managesEvent for a page, which has the logged-in user but no Payload request. */
export const userManagesEvent = (
  payload: PayloadRequest['payload'],
  user: PayloadRequest['user'],
  event: { organisation: unknown },
) =>
  user
    ? managesEvent({ user, payload, context: {} } as unknown as PayloadRequest, event)
    : Promise.resolve(false)
