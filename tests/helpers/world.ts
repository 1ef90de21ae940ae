import type { Payload } from 'payload'

import { registerForEvent } from '@/events/register'
import type { User } from '@/payload-types'
import { simplePdf } from '@/utilities/pdf'
import { meetingStatuses } from '@/workingGroups/constants'

import { createUser } from './payload'

type ID = number | string

export const roleNames = [
  'anonymous',
  'repA',
  'repB',
  'repP',
  'memberG1',
  'memberG2',
  'coordG1',
  'editor',
] as const
export type RoleName = (typeof roleNames)[number]

export type World = {
  users: Record<Exclude<RoleName, 'anonymous'>, User>
  ids: Record<string, ID>
}

const day = 24 * 60 * 60 * 1000
const at = (days: number, hours = 0) =>
  new Date(Date.now() + days * day + hours * 3600_000).toISOString()
// everything here is written as the system: the world is the attacker's target, not the attack
const system = { overrideAccess: true as const }

/**
 * A small platform with something of every kind that has private parts: organisations with and
 * without the contact-person opt-in and one still pending, their centres, events with
 * registrations, case studies with a newer draft, a strategy, a listed and an unlisted working
 * group with meetings in every status of the minutes, comments and a material.
 */
export async function buildWorld(payload: Payload): Promise<World> {
  // the first account becomes an admin whatever its roles: spend that on an admin
  await createUser(payload, ['admin'])
  const users = {
    editor: await createUser(payload, ['editor'], { name: 'Editor' }),
    repA: await createUser(payload, ['ngo'], { name: 'Rep A' }),
    repB: await createUser(payload, ['ngo'], { name: 'Rep B' }),
    repP: await createUser(payload, ['ngo'], { name: 'Rep P' }),
    coordG1: await createUser(payload, ['member'], { name: 'Coordinator G1' }),
    memberG1: await createUser(payload, ['member'], { name: 'Member G1' }),
    memberG2: await createUser(payload, ['member'], { name: 'Member G2' }),
  }
  const ids: Record<string, ID> = {}

  const region = await payload.create({
    collection: 'regions',
    data: { code: 'SK041', country: 'SK', name: 'Košický kraj' },
    ...system,
  })
  const organisation = async (
    key: string,
    name: string,
    representative: User,
    status: string,
    publishContactPersons: boolean,
  ) => {
    const doc = await payload.create({
      collection: 'organisations',
      data: {
        name,
        kind: 'ngo',
        country: 'SK',
        status,
        publishContactPersons,
        representatives: [representative.id],
      } as never,
      ...system,
    })
    ids[key] = doc.id
    return doc
  }
  const orgA = await organisation('orgA', 'Organisation A', users.repA, 'published', false)
  const orgB = await organisation('orgB', 'Organisation B', users.repB, 'published', true)
  const orgP = await organisation('orgP', 'Organisation P', users.repP, 'pending', false)

  for (const [key, org, status] of [
    ['centreA', orgA, 'published'],
    ['centreA2', orgA, 'pending'],
    ['centreB', orgB, 'published'],
    ['centreP', orgP, 'pending'],
  ] as const) {
    const doc = await payload.create({
      collection: 'centres',
      data: {
        organisation: org.id,
        name: `Centre ${key}`,
        region: region.id,
        address: { municipality: 'Košice', street: 'Hlavná 1' },
        status,
        contactPerson: {
          name: `Contact ${key}`,
          phone: '+421 900 000 000',
          email: `${key.toLowerCase()}@example.test`,
        },
      } as never,
      ...system,
    })
    ids[key] = doc.id
  }

  const event = async (key: string, extra: Record<string, unknown>) => {
    const doc = await payload.create({
      collection: 'events',
      data: {
        title: `Event ${key}`,
        type: 'seminar',
        startsAt: at(10),
        startsAt_tz: 'Europe/Bratislava',
        endsAt: at(10, 2),
        endsAt_tz: 'Europe/Bratislava',
        mode: 'hybrid',
        onlineUrl: 'https://meet.example.org/event',
        venue: { municipality: 'Košice', centre: ids.centreA },
        organisation: orgA.id,
        status: 'published',
        ...extra,
      } as never,
      ...system,
    })
    ids[key] = doc.id
    return doc
  }
  const withSeats = await event('eventA', { capacity: 5 })
  await event('eventA2', { venue: { municipality: 'Košice', centre: ids.centreB } })
  await event('eventB', {
    organisation: orgB.id,
    venue: { municipality: 'Košice', centre: ids.centreB },
  })
  for (const [n, name] of ['Anna Kováčová', 'Béla Nagy'].entries()) {
    const outcome = await registerForEvent(
      payload,
      withSeats.id,
      { name, email: `registrant${n}@example.test`, consent: true },
      { locale: 'sk', ip: `world-${n}`, notify: false },
    )
    if (!outcome.ok) throw new Error(`registration failed: ${JSON.stringify(outcome)}`)
  }

  const caseStudy = await payload.create({
    collection: 'case-studies',
    data: {
      title: 'Case study A',
      summary: 'Published summary of case study A',
      organisation: orgA.id,
      country: 'SK',
      period: { from: '2021-01-01', to: '2022-12-31' },
      evidenceTier: 'promising',
      contactPerson: {
        name: 'Case contact',
        email: 'case@example.test',
        phone: '+421 911 111 111',
      },
      _status: 'published',
    } as never,
    ...system,
  })
  ids.caseStudyA = caseStudy.id
  await payload.update({
    collection: 'case-studies',
    id: caseStudy.id,
    data: { summary: `Unpublished draft wording ${draftMarker}` } as never,
    draft: true,
    ...system,
  })

  ids.strategyA = (
    await payload.create({
      collection: 'strategies',
      data: {
        title: 'Strategy A',
        kind: 'regional-strategy',
        organisation: orgA.id,
        period: { from: '2021-01-01', to: '2025-12-31' },
        status: 'in-force',
        themes: [
          {
            code: '1',
            title: 'Housing',
            goals: [
              {
                code: '1.1',
                title: 'Goal',
                measures: [
                  {
                    code: '1.1.1',
                    title: 'Measure',
                    status: 'in-progress',
                    indicators: [{ name: 'Flats', target: 10, actual: 3 }],
                  },
                ],
              },
            ],
          },
        ],
      } as never,
      ...system,
    })
  ).id

  const group = async (
    key: string,
    name: string,
    listedPublicly: boolean,
    coordinators: User[],
    members: User[],
  ) => {
    const doc = await payload.create({
      collection: 'working-groups',
      data: {
        name,
        listedPublicly,
        language: 'sk',
        coordinators: coordinators.map((u) => u.id),
        members: members.map((u) => u.id),
      } as never,
      ...system,
    })
    ids[key] = doc.id
    return doc
  }
  const g1 = await group('G1', 'Group 1', true, [users.coordG1], [users.coordG1, users.memberG1])
  await group('G2', 'Group 2', false, [], [users.memberG2])

  // the system may create a meeting in any status (minutesWorkflow holds only users to the transitions)
  for (const status of meetingStatuses) {
    const doc = await payload.create({
      collection: 'meetings',
      data: {
        workingGroup: g1.id,
        title: `Meeting ${status}`,
        startsAt: at(status === 'planned' ? 7 : -7),
        startsAt_tz: 'Europe/Bratislava',
        endsAt: at(status === 'planned' ? 7 : -7, 2),
        endsAt_tz: 'Europe/Bratislava',
        venue: 'Košice',
        onlineUrl: 'https://meet.example.org/g1',
        invitation: 'Dear members, please come.',
        status,
        amendmentReason: 'Typo',
        approvedBy: status === 'minutes-approved' ? users.coordG1.id : undefined,
        agenda: [
          {
            title: 'Public item',
            presenter: 'Presenter',
            public: true,
            discussion: 'Public discussion',
            decision: 'Public decision',
          },
          {
            title: 'Internal item',
            presenter: 'Presenter',
            public: false,
            discussion: 'Internal discussion',
            decision: 'Internal decision',
          },
        ],
        attendance: [{ member: users.memberG1.id, status: 'present' }],
        guests: [{ name: 'Guest Person', organisation: 'Guest Org' }],
        actionItems: [
          {
            task: 'Write the report',
            assignee: users.memberG1.id,
            assigneeName: 'Member',
            dueDate: at(14),
            status: 'open',
          },
        ],
      } as never,
      ...system,
    })
    ids[`meeting-${status}`] = doc.id
  }
  const inReview = await payload.findByID({
    collection: 'meetings',
    id: ids['meeting-minutes-review'],
    depth: 0,
    ...system,
  })
  ids.comment = (
    await payload.create({
      collection: 'minutes-comments',
      data: {
        meeting: inReview.id,
        agendaItem: inReview.agenda![1].id,
        body: 'A remark on the internal item',
      } as never,
      ...system,
    })
  ).id
  const pdf = simplePdf('Material', ['Internal paper.'])
  ids.material = (
    await payload.create({
      collection: 'materials',
      data: { title: 'Internal paper', workingGroup: g1.id, meeting: inReview.id } as never,
      file: { data: pdf, mimetype: 'application/pdf', name: 'paper.pdf', size: pdf.length },
      context: { silent: true },
      ...system,
    })
  ).id
  await payload.update({
    collection: 'meetings',
    id: inReview.id,
    data: {
      agenda: inReview.agenda!.map((item) => ({ ...item, materials: [ids.material] })),
    } as never,
    ...system,
  })
  return { users, ids }
}

/** A word only the newer, unpublished draft of case study A contains. */
export const draftMarker = 'DRAFTCANARY_7f3a'
