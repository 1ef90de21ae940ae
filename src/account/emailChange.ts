import { errors, jwtVerify, SignJWT } from 'jose'
import type { Payload } from 'payload'

import type { User } from '@/payload-types'
import { linkKey } from '@/security/signedLinks'

type ID = number | string
export type EmailChange = { id: ID; from: string; to: string }
export type EmailChangeCheck =
  { status: 'valid'; change: EmailChange; user: User } | { status: 'expired' | 'invalid' }

const purpose = 'email-change'
/** Set by the confirmation's own save, so the users' hook lets the new address through. */
export const emailChangeConfirmed = 'emailChangeConfirmed'

const keyOf = (payload: Payload) => linkKey(payload, purpose)

/** A link's token: who asked, from which address to which, valid for 24 hours. */
export async function signEmailChange(payload: Payload, change: EmailChange) {
  return new SignJWT({ uid: change.id, from: change.from, to: change.to })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(purpose)
    .setIssuedAt()
    .setExpirationTime('24h')
    .sign(keyOf(payload))
}

/**
 * Whether a link still applies. Nothing is stored per link: it is spent once the account's
 * address is no longer `from` or its pending address no longer `to` (confirmed, superseded by
 * another request, or changed by an admin).
 */
export async function checkEmailChange(payload: Payload, token: string): Promise<EmailChangeCheck> {
  let claims: Record<string, unknown>
  try {
    claims = (await jwtVerify(token, keyOf(payload), { audience: purpose, algorithms: ['HS256'] }))
      .payload
  } catch (error) {
    return { status: error instanceof errors.JWTExpired ? 'expired' : 'invalid' }
  }
  const { uid, from, to } = claims
  if (
    (typeof uid !== 'number' && typeof uid !== 'string') ||
    typeof from !== 'string' ||
    typeof to !== 'string'
  ) {
    return { status: 'invalid' }
  }
  const user = await payload
    .findByID({ collection: 'users', id: uid, depth: 0, overrideAccess: true, disableErrors: true })
    .catch(() => null)
  if (!user || user.email !== from || user.pendingEmail !== to) return { status: 'invalid' }
  return { status: 'valid', change: { id: uid, from, to }, user }
}

/**
 * Applies a confirmed change as the system. An address another account took meanwhile answers
 * like a spent link, so the page tells nothing about who holds which address.
 */
export async function confirmEmailChange(
  payload: Payload,
  token: string,
): Promise<'confirmed' | 'expired' | 'invalid'> {
  const check = await checkEmailChange(payload, token)
  if (check.status !== 'valid') return check.status
  const { id, to } = check.change
  const { totalDocs } = await payload.count({
    collection: 'users',
    where: { email: { equals: to } },
    overrideAccess: true,
  })
  if (totalDocs > 0) return 'invalid'
  try {
    await payload.update({
      collection: 'users',
      id,
      data: { email: to, pendingEmail: null },
      depth: 0,
      overrideAccess: true,
      context: { [emailChangeConfirmed]: true },
    })
  } catch (error) {
    // a race with another account taking the address: the unique index refuses it
    payload.logger.warn({ err: error, msg: `e-mail change of user ${id} not applied` })
    return 'invalid'
  }
  return 'confirmed'
}
