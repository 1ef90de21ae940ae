import { notFound } from 'next/navigation'

import { isLocale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { meetingCalendar } from '@/workingGroups/calendar'
import { session } from '@/account/session'
import { findBySlug } from '@/utilities/findBySlug'

export const dynamic = 'force-dynamic'

/** The meeting for the member's calendar; visitors get the date and public items only. */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ locale: string; slug: string; id: string }> },
) {
  const { locale, slug, id } = await params
  if (!isLocale(locale) || !/^[\w-]{1,64}$/.test(id)) notFound()
  const { payload, user } = await session()
  const group = await findBySlug('working-groups', slug, locale, user)
  if (!group) notFound()
  const { docs } = await payload.find({
    collection: 'meetings',
    where: { and: [{ id: { equals: id } }, { workingGroup: { equals: group.id } }] },
    limit: 1,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const meeting = docs[0]
  if (!meeting) notFound()
  const title = `${group.name}: ${meeting.title || getT(locale, 'workingGroups')('meeting.numbered', { number: meeting.number })}`
  return new Response(meetingCalendar(meeting, group, locale, title), {
    headers: {
      'Content-Type': 'text/calendar; charset=utf-8',
      'Content-Disposition': `attachment; filename="meeting-${meeting.id}.ics"`,
      'Cache-Control': 'private, no-store',
    },
  })
}
