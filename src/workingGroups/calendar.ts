import { readServerUrl } from '@/config/environment'
import { eventsCalendar } from '@/events/ics'
import type { Locale } from '@/i18n/locales'
import type { Meeting, WorkingGroup } from '@/payload-types'

import { absolute, meetingPath } from './links'

/** The meeting as an RFC 5545 calendar (for the invitation and the member's "add to calendar"). */
export function meetingCalendar(
  meeting: Meeting,
  group: Pick<WorkingGroup, 'name' | 'slug'>,
  locale: Locale,
  title: string,
) {
  const host = new URL(readServerUrl()).host
  return eventsCalendar(
    [
      {
        id: meeting.id,
        uid: `meeting-${meeting.id}@${host}`,
        title,
        summary: (meeting.agenda ?? [])
          .map((item, index) => `${index + 1}. ${item.title}`)
          .join('\n'),
        startsAt: meeting.startsAt,
        endsAt: meeting.endsAt,
        timeZone: meeting.startsAt_tz ?? 'Europe/Bratislava',
        status: 'published',
        location: [meeting.venue, meeting.onlineUrl].filter(Boolean).join(' · ') || null,
        url: absolute(meetingPath(locale, group.slug, meeting.id)),
        updatedAt: meeting.updatedAt,
      },
    ],
    { name: group.name, locale, host, publish: true },
  )
}
