import { createHmac, timingSafeEqual } from 'node:crypto'
import type { Payload } from 'payload'
import QRCode from 'qrcode'

import { readServerUrl } from '@/config/environment'
import type { Locale } from '@/i18n/locales'
import type { EventRegistration } from '@/payload-types'
import { linkKey } from '@/security/signedLinks'

/*
 * The door: a registrant shows a QR code, the organiser scans it with the phone's camera app and
 * checks the person in with one tap. The code is a signed link naming the registration, not the
 * registrant's own key (which can cancel): whoever photographs it can do nothing with it, and
 * the page behind it tells nobody but the event's organisers who it belongs to.
 */

const CODE_LENGTH = 22

const codeFor = (payload: Payload, id: number | string) =>
  createHmac('sha256', linkKey(payload, 'event-check-in'))
    .update(String(id))
    .digest('base64url')
    .slice(0, CODE_LENGTH)

/** The path segment of a registration's check-in link: its id and the signature of the id. */
export const checkInKey = (payload: Payload, id: number | string) => `${id}.${codeFor(payload, id)}`

export const checkInUrl = (payload: Payload, locale: Locale, id: number | string) =>
  `${readServerUrl()}/${locale}/events/check-in/${checkInKey(payload, id)}`

/** The registration a check-in key names, if its signature holds; nothing is read otherwise. */
export async function registrationByCheckInKey(
  payload: Payload,
  key: unknown,
): Promise<EventRegistration | null> {
  if (typeof key !== 'string') return null
  const match = /^([\w-]{1,64})\.([\w-]{22})$/.exec(key)
  if (!match) return null
  const [, id, code] = match
  const expected = Buffer.from(codeFor(payload, id))
  if (!timingSafeEqual(expected, Buffer.from(code))) return null
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { id: { equals: id } },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  return (docs[0] as EventRegistration | undefined) ?? null
}

// error correction M: readable from a cracked phone screen or a creased print-out
const qrOptions = { errorCorrectionLevel: 'M' as const, margin: 2 }

/** The code as inline SVG for the registrant's page: no image request, sharp at any size. */
export const checkInQrSvg = (url: string) => QRCode.toString(url, { ...qrOptions, type: 'svg' })

/** The code as a PNG for e-mail, where SVG is not shown by most clients. */
export const checkInQrPng = (url: string) => QRCode.toBuffer(url, { ...qrOptions, width: 360 })
