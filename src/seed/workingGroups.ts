import type { Payload } from 'payload'

import { dayIn } from '@/events/time'
import { defaultLocale, locales } from '@/i18n/locales'
import { simplePdf } from '@/utilities/pdf'

import { materials, meetings, people, workingGroups } from './data/workingGroups'
import { schedule } from './events'

type ID = number | string
const day = 24 * 60 * 60 * 1000
// demo records are created quietly: no invitations or "new material" mails to demo addresses
const quiet = { context: { silent: true }, depth: 0 } as const

async function findOne(
  payload: Payload,
  collection: 'users' | 'working-groups' | 'meetings' | 'materials',
  where: object,
) {
  const { docs } = await payload.find({
    collection,
    where: where as never,
    limit: 1,
    pagination: false,
    ...quiet,
  })
  return docs[0] as { id: ID } | undefined
}

/**
 * The working groups' demo: the Vysočina platform of actors (members, 14 meetings with agendas,
 * minutes, attendance and action items, one in review with comments, one upcoming) and the Vas
 * County "Szociális gondoskodás" group with its 27 October 2022 meeting; materials as PDFs.
 * Everything is matched by a stable key, so running it again adds only what is missing.
 */
export async function seedWorkingGroups(
  payload: Payload,
  { regions, password }: { regions: Map<string, ID>; password: string },
) {
  const report = { users: 0, 'working-groups': 0, meetings: 0, materials: 0, 'minutes-comments': 0 }
  const personIds = new Map<string, ID>()
  for (const person of people) {
    const existing = await findOne(payload, 'users', { email: { equals: person.email } })
    const id =
      existing?.id ??
      (
        await payload.create({
          collection: 'users',
          data: {
            email: person.email,
            name: person.name,
            roles: ['member'],
            preferredLanguage: person.language,
            password,
            _verified: true,
          },
          disableVerificationEmail: true,
          ...quiet,
        })
      ).id
    if (!existing) report.users += 1
    personIds.set(person.key, id)
  }

  const groupIds = new Map<string, { id: ID; zone: string }>()
  for (const group of workingGroups) {
    let found = await findOne(payload, 'working-groups', { slug: { equals: group.key } })
    if (!found) {
      found = await payload.create({
        collection: 'working-groups',
        locale: defaultLocale,
        data: {
          name: group.name[defaultLocale],
          slug: group.key,
          purpose: group.purpose[defaultLocale],
          publicDescription: group.publicDescription[defaultLocale],
          listedPublicly: group.listedPublicly,
          language: group.language,
          timeZone: group.timeZone,
          regions: group.regionCodes
            .map((code) => regions.get(code))
            .filter((id): id is ID => id != null) as number[],
          coordinators: group.coordinators.map((key) => personIds.get(key)!) as number[],
          members: group.members.map((key) => personIds.get(key)!) as number[],
        },
        ...quiet,
      })
      for (const locale of locales.filter((other) => other !== defaultLocale)) {
        await payload.update({
          collection: 'working-groups',
          id: found.id,
          locale,
          data: {
            name: group.name[locale],
            purpose: group.purpose[locale],
            publicDescription: group.publicDescription[locale],
          },
          ...quiet,
        })
      }
      report['working-groups'] += 1
    }
    groupIds.set(group.key, { id: found.id, zone: group.timeZone })
  }

  const meetingIds = new Map<string, ID>()
  const meetingKey = (group: string, number: number) => `${group}#${number}`
  const createMeeting = async (seed: (typeof meetings)[number], materialIds: Map<string, ID>) => {
    const group = groupIds.get(seed.group)!
    const { startsAt, endsAt } = schedule(seed.when, group.zone)
    const event = seed.eventSlug
      ? (
          await payload.find({
            collection: 'events',
            where: { slug: { equals: seed.eventSlug } },
            limit: 1,
            ...quiet,
          })
        ).docs[0]
      : undefined
    const due = (value: string | { daysFromNow: number }) =>
      typeof value === 'string'
        ? value
        : dayIn(new Date(Date.now() + value.daysFromNow * day), group.zone)
    return payload.create({
      collection: 'meetings',
      data: {
        workingGroup: group.id as number,
        number: seed.number,
        title: seed.title,
        startsAt: startsAt.toISOString(),
        startsAt_tz: group.zone as never,
        endsAt: endsAt.toISOString(),
        endsAt_tz: group.zone as never,
        venue: seed.venue,
        onlineUrl: seed.onlineUrl,
        invitation: seed.invitation,
        event: event?.id as number | undefined,
        status: seed.status,
        agenda: seed.agenda.map((item) => ({
          title: item.title,
          presenter: item.presenter,
          public: Boolean(item.public),
          discussion: item.discussion,
          decision: item.decision,
          materials: (item.materials ?? [])
            .map((key) => materialIds.get(key))
            .filter((id): id is ID => id != null) as number[],
        })),
        attendance: (seed.attendance ?? []).map((row) => ({
          member: personIds.get(row.person)! as number,
          status: row.status,
        })),
        guests: seed.guests ?? [],
        actionItems: (seed.actionItems ?? []).map((item) => ({
          task: item.task,
          assignee: item.assignee ? (personIds.get(item.assignee) as number) : undefined,
          assigneeName: item.assigneeName,
          dueDate: due(item.dueDate),
          status: item.status,
        })),
      },
      ...quiet,
    })
  }

  // materials first (agenda items link to them), attached to their meeting once it exists
  const materialIds = new Map<string, ID>()
  for (const material of materials) {
    const group = groupIds.get(material.group)!
    let found = await findOne(payload, 'materials', {
      and: [{ title: { equals: material.title } }, { workingGroup: { equals: group.id } }],
    })
    if (!found) {
      const data = simplePdf(material.title, material.paragraphs)
      found = await payload.create({
        collection: 'materials',
        data: {
          title: material.title,
          description: material.description,
          workingGroup: group.id as number,
          uploadedBy: personIds.get(
            workingGroups.find((g) => g.key === material.group)!.coordinators[0],
          ) as number,
        },
        file: { data, mimetype: 'application/pdf', name: `${material.key}.pdf`, size: data.length },
        ...quiet,
      })
      report.materials += 1
    }
    materialIds.set(material.key, found.id)
  }

  for (const seed of meetings) {
    const group = groupIds.get(seed.group)!
    const existing = await findOne(payload, 'meetings', {
      and: [{ workingGroup: { equals: group.id } }, { number: { equals: seed.number } }],
    })
    const id = existing?.id ?? (await createMeeting(seed, materialIds)).id
    if (!existing) {
      report.meetings += 1
      const agenda = (await payload.findByID({ collection: 'meetings', id, ...quiet })).agenda ?? []
      for (const comment of seed.comments ?? []) {
        await payload.create({
          collection: 'minutes-comments',
          data: {
            meeting: id as number,
            agendaItem: agenda[comment.agendaIndex]?.id ?? '',
            body: comment.body,
            author: personIds.get(comment.person) as number,
            ...(comment.resolved ? { resolved: true, response: comment.response } : {}),
          },
          ...quiet,
        })
        report['minutes-comments'] += 1
      }
    }
    meetingIds.set(meetingKey(seed.group, seed.number), id)
  }

  for (const material of materials) {
    if (material.meetingNumber == null) continue
    const meeting = meetingIds.get(meetingKey(material.group, material.meetingNumber))
    if (meeting)
      await payload.update({
        collection: 'materials',
        id: materialIds.get(material.key)!,
        data: { meeting: meeting as number },
        ...quiet,
      })
  }
  return report
}
