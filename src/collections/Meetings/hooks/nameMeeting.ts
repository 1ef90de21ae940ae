import type { CollectionBeforeChangeHook, Payload, PayloadRequest } from 'payload'

import { idFrom } from '@/utilities/ids'
import { defaultLocale, isLocale, type Locale, localeTags } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { Meeting } from '@/payload-types'

type Named = Pick<Meeting, 'title' | 'number' | 'startsAt' | 'startsAt_tz' | 'workingGroup'>

/**
 * What lists, relationship pickers and edit-lock notices call a meeting: its title, or — as most
 * meetings have none — the group, its number and the day, in the group's working language.
 */
export function meetingTitle(
  meeting: Named,
  group: {
    name?: string | Record<string, string | null | undefined> | null
    language?: string | null
  },
): string {
  const title = meeting.title?.trim()
  if (title) return title
  const language: Locale = isLocale(group.language) ? group.language : defaultLocale
  const names =
    typeof group.name === 'object' && group.name ? group.name : { [language]: group.name ?? '' }
  const name = names[language] || names[defaultLocale] || Object.values(names).find(Boolean) || ''
  const date = meeting.startsAt
    ? new Intl.DateTimeFormat(localeTags[language], {
        day: 'numeric',
        month: 'numeric',
        year: 'numeric',
        timeZone: meeting.startsAt_tz || 'Europe/Bratislava',
      }).format(new Date(meeting.startsAt))
    : ''
  const t = getT(language, 'admin')
  return meeting.number
    ? t('titles.meeting', { group: name, number: meeting.number, date })
    : t('titles.meetingUnnumbered', { group: name, date })
}

/** The group's name in every language and its working language, read as the system. */
export async function groupForTitle(payload: Payload, id: unknown, req?: PayloadRequest) {
  const group = idFrom(id as never)
  if (group == null) return {}
  const found = await payload.find({
    collection: 'working-groups',
    where: { id: { equals: group } },
    locale: 'all',
    limit: 1,
    pagination: false,
    depth: 0,
    select: { name: true, language: true },
    overrideAccess: true,
    req,
  })
  const doc = found.docs[0] as unknown as
    { name?: Record<string, string>; language?: string } | undefined
  return { name: doc?.name, language: doc?.language }
}

/** Keeps `listTitle` (the admin's title for the meeting, stored so the list can search it). */
export const nameMeeting: CollectionBeforeChangeHook<Meeting> = async ({
  data,
  originalDoc,
  req,
}) => {
  const merged = { ...originalDoc, ...data } as Named
  data.listTitle = meetingTitle(merged, await groupForTitle(req.payload, merged.workingGroup, req))
  return data
}

/** Gives meetings saved before `listTitle` existed theirs (a migration; no hooks, no mail). */
export async function backfillMeetingTitles(payload: Payload, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'meetings',
    pagination: false,
    depth: 0,
    select: { title: true, number: true, startsAt: true, startsAt_tz: true, workingGroup: true },
    overrideAccess: true,
    req,
  })
  const groups = new Map<string, Awaited<ReturnType<typeof groupForTitle>>>()
  for (const meeting of docs) {
    const key = String(idFrom(meeting.workingGroup))
    if (!groups.has(key)) groups.set(key, await groupForTitle(payload, meeting.workingGroup, req))
    await payload.db.updateOne({
      collection: 'meetings',
      id: meeting.id,
      data: { listTitle: meetingTitle(meeting, groups.get(key)!) },
      req,
    })
  }
  return docs.length
}
