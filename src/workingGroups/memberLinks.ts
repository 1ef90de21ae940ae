import { errors, jwtVerify, SignJWT } from 'jose'
import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import { linkKey } from '@/security/signedLinks'

import { absolute } from './links'

type ID = number | string

/**
 * One-click links in group mails: they act for one member on one meeting (an RSVP, an action
 * item done) without a login. The link only opens a page with a button, since mail scanners
 * follow links; nothing is stored per link.
 */
export const memberLinkPurposes = { rsvp: 'meeting-rsvp', actionDone: 'action-item-done' } as const
export type MemberLinkPurpose = keyof typeof memberLinkPurposes
export type MemberLink = { user: ID; meeting: ID; item?: string }
export type MemberLinkCheck =
  { status: 'valid'; link: MemberLink } | { status: 'expired' | 'invalid' }

const isId = (value: unknown): value is ID => typeof value === 'number' || typeof value === 'string'

export async function signMemberLink(
  payload: Payload,
  purpose: MemberLinkPurpose,
  link: MemberLink,
  expiresAt: Date,
) {
  return new SignJWT({
    uid: link.user,
    mid: link.meeting,
    ...(link.item ? { item: link.item } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setAudience(memberLinkPurposes[purpose])
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(linkKey(payload, memberLinkPurposes[purpose]))
}

export async function checkMemberLink(
  payload: Payload,
  purpose: MemberLinkPurpose,
  token: unknown,
): Promise<MemberLinkCheck> {
  if (typeof token !== 'string' || token.length > 2000) return { status: 'invalid' }
  try {
    const { payload: claims } = await jwtVerify(
      token,
      linkKey(payload, memberLinkPurposes[purpose]),
      {
        audience: memberLinkPurposes[purpose],
        algorithms: ['HS256'],
      },
    )
    const { uid, mid, item } = claims
    if (!isId(uid) || !isId(mid) || (item !== undefined && typeof item !== 'string'))
      return { status: 'invalid' }
    return { status: 'valid', link: { user: uid, meeting: mid, item: item as string | undefined } }
  } catch (error) {
    return { status: error instanceof errors.JWTExpired ? 'expired' : 'invalid' }
  }
}

/** The page a member link lands on; `choice` only preselects the button, the token decides the rest. */
export const memberLinkUrl = (
  locale: Locale,
  page: 'rsvp' | 'action-done',
  token: string,
  choice?: string,
) =>
  absolute(
    `/${locale}/account/${page}?token=${encodeURIComponent(token)}${choice ? `&answer=${choice}` : ''}`,
  )

/**
 * What a landing page shows for a link: its meeting and group, read as the system (the link
 * holder need not be logged in; the page shows only what the mail already told them).
 */
export async function linkedMeeting(
  payload: Payload,
  purpose: MemberLinkPurpose,
  token: unknown,
  locale: Locale,
) {
  const check = await checkMemberLink(payload, purpose, token)
  const link = check.status === 'valid' ? check.link : null
  const meeting = link
    ? await payload
        .findByID({
          collection: 'meetings',
          id: link.meeting,
          depth: 0,
          locale,
          overrideAccess: true,
          disableErrors: true,
        })
        .catch(() => null)
    : null
  const group = meeting
    ? await payload.findByID({
        collection: 'working-groups',
        id: meeting.workingGroup as number,
        depth: 0,
        locale,
        overrideAccess: true,
      })
    : null
  return { check, link, meeting, group }
}
