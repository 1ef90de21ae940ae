import { createLocalReq, getLocalI18n, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sameWallTime } from '@/collections/Meetings/hooks/takeGroupTimeZone'
import { registerForEvent } from '@/events/register'
import type { Meeting, User, WorkingGroup } from '@/payload-types'
import { simplePdf } from '@/utilities/pdf'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

let ctx: TestPayload
let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let coordinator: User, member: User, outsider: User, ngo: User
let group: WorkingGroup

const day = 24 * 60 * 60 * 1000
const runJobs = () => payload.jobs.run({ limit: 200 })
const sentTo = (mail: { to?: unknown }, address: string) =>
  JSON.stringify(mail.to ?? '').includes(address)

/** The admin's request: its user, and Payload's translator in the admin language. */
async function adminReq(user: User, language: 'sk' | 'cs' | 'hu' | 'en') {
  const i18n = await getLocalI18n({ config: payload.config, language })
  return { user, req: { i18n } as never, overrideAccess: false as const }
}

type Refusal = {
  status?: number
  message?: string
  data?: { errors?: { path: string; message: string }[] }
}
async function refusal(operation: Promise<unknown>): Promise<Refusal> {
  const error = await operation.then(
    () => undefined,
    (caught: unknown) => caught as Refusal,
  )
  expect(error, 'expected a refusal').toBeTruthy()
  return error!
}

const meetingData = (extra: Partial<Meeting> = {}) =>
  ({
    workingGroup: group.id,
    startsAt: new Date(Date.now() + 7 * day).toISOString(),
    startsAt_tz: 'Europe/Prague',
    endsAt: new Date(Date.now() + 7 * day + 2 * 3600_000).toISOString(),
    endsAt_tz: 'Europe/Prague',
    agenda: [{ title: 'Úvod', public: true }],
    ...extra,
  }) as never

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_FROM: 'Platforma <noreply@platform.test>',
  })
  payload = ctx.payload
  await createUser(payload, ['admin'])
  coordinator = await createUser(payload, ['member'], {
    name: 'Jana Koordinátorka',
    preferredLanguage: 'cs',
  })
  member = await createUser(payload, ['member'], { name: 'Mária Členka', preferredLanguage: 'hu' })
  outsider = await createUser(payload, ['member'], { name: 'Cizí Člen' })
  ngo = await createUser(payload, ['ngo'])
  group = await payload.create({
    collection: 'working-groups',
    data: {
      name: 'Platforma Vysočina',
      listedPublicly: true,
      language: 'cs',
      timeZone: 'Europe/Prague',
      coordinators: [coordinator.id],
      members: [coordinator.id, member.id],
    } as never,
  })
})

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('the meeting form for a coordinator', () => {
  /**
   * Which fields the admin's form state keeps: Payload's form-state builder (addFieldStatePromise)
   * asks each field's read access with the form's values as `data`, the row as `siblingData`
   * and no `doc`, and leaves out the fields it is refused.
   */
  async function formFields(user: User, data: Record<string, unknown>) {
    const req = await createLocalReq({ user }, payload)
    const kept: string[] = []
    for (const field of payload.collections.meetings.config.flattenedFields) {
      const read = 'access' in field ? field.access?.read : undefined
      if (!read || (await read({ id: data.id, data, req, siblingData: data } as never)))
        kept.push(field.name)
    }
    return kept
  }

  it('holds attendance, action items, invitation and online link for the coordinator, new and stored', async () => {
    const fields = ['attendance', 'actionItems', 'invitation', 'onlineUrl', 'amendmentReason']
    expect(await formFields(coordinator, {})).toEqual(expect.arrayContaining(fields))

    const meeting = await payload.create({
      collection: 'meetings',
      data: meetingData({
        onlineUrl: 'https://meet.example.org/vysocina',
        invitation: 'Srdečně zveme.',
        attendance: [{ member: member.id, status: 'present' }],
        actionItems: [{ task: 'Připravit analýzu', status: 'open' }],
      }),
      overrideAccess: false,
      user: coordinator,
    })
    // the edit view's data: read as the coordinator, then given to the form-state builder
    const read = await payload.findByID({
      collection: 'meetings',
      id: meeting.id,
      depth: 0,
      overrideAccess: false,
      user: coordinator,
    })
    expect(read.onlineUrl).toBe('https://meet.example.org/vysocina')
    expect(read.attendance).toHaveLength(1)
    expect(await formFields(coordinator, read as never)).toEqual(expect.arrayContaining(fields))
  })

  it('still keeps them from someone outside the group, and from filters', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      data: meetingData({ onlineUrl: 'https://meet.example.org/x' }),
    })
    const stored = { id: meeting.id, workingGroup: group.id, status: 'planned' }
    expect(await formFields(outsider, stored)).not.toContain('onlineUrl')
    const field = payload.collections.meetings.config.flattenedFields.find(
      (each) => each.name === 'onlineUrl',
    )!
    const read = 'access' in field ? field.access!.read! : () => true
    // a where or sort: no document at all
    expect(await read({ req: await createLocalReq({ user: coordinator }, payload) } as never)).toBe(
      false,
    )
    await expect(
      payload.find({
        collection: 'meetings',
        where: { onlineUrl: { like: 'meet' } },
        overrideAccess: false,
        user: outsider,
      }),
    ).rejects.toMatchObject({ name: 'QueryError', status: 400 })
  })
})

describe('meeting rules', () => {
  it('refuses to mark a future meeting held, beside the status, in the admin language', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      data: meetingData(),
      overrideAccess: false,
      user: coordinator,
    })
    const cs = await refusal(
      payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { status: 'held' },
        ...(await adminReq(coordinator, 'cs')),
      }),
    )
    expect(cs.status).toBe(400)
    expect(cs.data?.errors).toEqual([
      {
        path: 'status',
        label: expect.anything(),
        message: 'Jednání se ještě nekonalo: jako proběhlé ho označte až po jeho začátku.',
      },
    ])
    expect(cs.message).toMatch(/^Následující pole je neplatné: Stav/)

    const hu = await refusal(
      payload.create({
        collection: 'meetings',
        data: meetingData({ status: 'held' }),
        ...(await adminReq(coordinator, 'hu')),
      }),
    )
    expect(hu.data?.errors?.[0]).toMatchObject({
      path: 'status',
      message: 'Az ülést még nem tartották meg: csak a kezdete után jelölje megtartottnak.',
    })

    const past = await payload.create({
      collection: 'meetings',
      data: meetingData({
        startsAt: new Date(Date.now() - day).toISOString(),
        endsAt: new Date(Date.now() - day + 3600_000).toISOString(),
      }),
      overrideAccess: false,
      user: coordinator,
    })
    const held = await payload.update({
      collection: 'meetings',
      id: past.id,
      data: { status: 'held' },
      overrideAccess: false,
      user: coordinator,
    })
    expect(held.status).toBe('held')
  })

  it('gives a new meeting its group’s time zone, keeping the wall time typed', async () => {
    const budapest = await payload.create({
      collection: 'working-groups',
      data: {
        name: 'Platforma Győr',
        listedPublicly: true,
        language: 'hu',
        timeZone: 'Europe/Budapest',
        coordinators: [coordinator.id],
        members: [coordinator.id],
      } as never,
    })
    const startsAt = '2027-03-10T09:00:00.000Z'
    const meeting = await payload.create({
      collection: 'meetings',
      // what the admin sends: its default zone
      data: {
        workingGroup: budapest.id,
        startsAt,
        startsAt_tz: 'Europe/Bratislava',
        endsAt: '2027-03-10T11:00:00.000Z',
        endsAt_tz: 'Europe/Bratislava',
      } as never,
      overrideAccess: false,
      user: coordinator,
    })
    expect(meeting.startsAt_tz).toBe('Europe/Budapest')
    expect(meeting.endsAt_tz).toBe('Europe/Budapest')
    expect(new Date(meeting.startsAt).toISOString()).toBe(startsAt)
    // a zone chosen on purpose stays
    const chosen = await payload.create({
      collection: 'meetings',
      data: {
        workingGroup: budapest.id,
        startsAt,
        startsAt_tz: 'Europe/Prague',
        endsAt: '2027-03-10T11:00:00.000Z',
        endsAt_tz: 'Europe/Prague',
      } as never,
      overrideAccess: false,
      user: coordinator,
    })
    expect(chosen.startsAt_tz).toBe('Europe/Prague')
    expect(sameWallTime('2027-03-10T09:00:00.000Z', 'Europe/Prague', 'Europe/London')).toBe(
      '2027-03-10T10:00:00.000Z',
    )
    expect(sameWallTime('2027-07-10T09:00:00.000Z', 'Europe/Bratislava', 'UTC')).toBe(
      '2027-07-10T11:00:00.000Z',
    )
  })

  it('mails the members, never the one who acted: invitation, a later link, an upload', async () => {
    await runJobs()
    let before = sink.messages.length
    const meeting = await payload.create({
      collection: 'meetings',
      data: meetingData({ title: 'Jarní setkání' }),
      overrideAccess: false,
      user: coordinator,
    })
    await runJobs()
    await sink.waitFor(
      (mail) => sentTo(mail, member.email) && /Jarní setkání/.test(mail.subject ?? ''),
    )
    expect(
      sink.messages.slice(before).filter((mail) => sentTo(mail, coordinator.email)),
    ).toHaveLength(0)

    before = sink.messages.length
    await payload.update({
      collection: 'meetings',
      id: meeting.id,
      data: { onlineUrl: 'https://meet.example.org/jaro' },
      overrideAccess: false,
      user: coordinator,
    })
    await runJobs()
    const update = await sink.waitFor(
      (mail) => sink.messages.indexOf(mail) >= before && sentTo(mail, member.email),
    )
    expect(update.subject).toMatch(/^Módosult meghívó: Platforma Vysočina – Jarní setkání/)
    expect(update.html).toContain('https://meet.example.org/jaro')
    expect(
      sink.messages.slice(before).filter((mail) => sentTo(mail, coordinator.email)),
    ).toHaveLength(0)

    before = sink.messages.length
    const data = simplePdf('Podklady', ['Analýza.'])
    await payload.create({
      collection: 'materials',
      data: { title: 'Podklady k jaru', workingGroup: group.id } as never,
      file: { data, mimetype: 'application/pdf', name: 'podklady.pdf', size: data.length },
      overrideAccess: false,
      user: member,
    })
    await runJobs()
    await sink.waitFor(
      (mail) => sentTo(mail, coordinator.email) && /Podklady k jaru/.test(mail.subject ?? ''),
    )
    expect(sink.messages.slice(before).filter((mail) => sentTo(mail, member.email))).toHaveLength(0)
  })
})

describe('refusals from hooks, beside their field', () => {
  it('blocks approval while a comment is open, on the status field', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      data: meetingData({
        startsAt: new Date(Date.now() - day).toISOString(),
        endsAt: new Date(Date.now() - day + 3600_000).toISOString(),
      }),
      overrideAccess: false,
      user: coordinator,
    })
    for (const status of ['held', 'minutes-draft', 'minutes-review'] as const) {
      await payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { status },
        overrideAccess: false,
        user: coordinator,
      })
    }
    const agendaItem = (
      await payload.findByID({ collection: 'meetings', id: meeting.id, overrideAccess: true })
    ).agenda![0].id
    await payload.create({
      collection: 'minutes-comments',
      data: { meeting: meeting.id, agendaItem, body: 'Doplnit čísla.' } as never,
      overrideAccess: false,
      user: member,
    })
    const approve = async (language: 'cs' | 'hu') =>
      refusal(
        payload.update({
          collection: 'meetings',
          id: meeting.id,
          data: { status: 'minutes-approved' },
          ...(await adminReq(coordinator, language)),
        }),
      )
    expect((await approve('cs')).data?.errors?.[0]).toMatchObject({
      path: 'status',
      message: '1 připomínka ještě není vypořádána; před schválením ji vypořádejte.',
    })
    const hu = await approve('hu')
    expect(hu.data?.errors?.[0]).toMatchObject({
      path: 'status',
      message: '1 észrevétel még nincs lezárva; a jóváhagyás előtt zárja le.',
    })
    expect(hu.message).toMatch(/^A következő mező érvénytelen: Állapot/)
  })

  it('asks for a reason beside the reason field when approved minutes change', async () => {
    const meeting = await payload.create({
      collection: 'meetings',
      data: meetingData({
        startsAt: new Date(Date.now() - day).toISOString(),
        endsAt: new Date(Date.now() - day + 3600_000).toISOString(),
      }),
      overrideAccess: false,
      user: coordinator,
    })
    for (const status of ['held', 'minutes-draft', 'minutes-review', 'minutes-approved'] as const) {
      await payload.update({
        collection: 'meetings',
        id: meeting.id,
        data: { status },
        overrideAccess: false,
        user: coordinator,
      })
    }
    const stored = await payload.findByID({
      collection: 'meetings',
      id: meeting.id,
      overrideAccess: true,
    })
    const change = async (language: 'cs' | 'hu') =>
      refusal(
        payload.update({
          collection: 'meetings',
          id: meeting.id,
          data: { agenda: stored.agenda!.map((item) => ({ ...item, decision: 'Změněno.' })) },
          ...(await adminReq(coordinator, language)),
        }),
      )
    expect((await change('cs')).data?.errors?.[0]).toMatchObject({
      path: 'amendmentReason',
      message: 'Tento zápis je již schválen: uveďte nový důvod změny.',
    })
    expect((await change('hu')).data?.errors?.[0]).toMatchObject({
      path: 'amendmentReason',
      message: 'Ez a jegyzőkönyv már jóvá van hagyva: adja meg a módosítás új indokát.',
    })
  })

  it('refuses capacity below the seats taken beside the capacity field', async () => {
    const organisation = await payload.create({
      collection: 'organisations',
      data: {
        name: 'Charita Jihlava',
        kind: 'charity',
        country: 'CZ',
        status: 'published',
        representatives: [ngo.id],
      } as never,
    })
    const event = await payload.create({
      collection: 'events',
      data: {
        title: 'Seminář',
        type: 'seminar',
        startsAt: new Date(Date.now() + 10 * day).toISOString(),
        startsAt_tz: 'Europe/Prague',
        endsAt: new Date(Date.now() + 10 * day + 7200_000).toISOString(),
        endsAt_tz: 'Europe/Prague',
        mode: 'in-person',
        venue: { municipality: 'Jihlava' },
        organisation: organisation.id,
        status: 'published',
        capacity: 3,
      } as never,
    })
    for (const name of ['Jan Prvni', 'Eva Druha', 'Petr Treti']) {
      await registerForEvent(
        payload,
        event.id,
        { name, email: `${name.replace(' ', '.').toLowerCase()}@example.test`, consent: true },
        { locale: 'cs', ip: `ip-${name}` },
      )
    }
    const lower = async (language: 'cs' | 'hu') =>
      refusal(
        payload.update({
          collection: 'events',
          id: event.id,
          data: { capacity: 1 },
          ...(await adminReq(ngo, language)),
        }),
      )
    const cs = await lower('cs')
    expect(cs.data?.errors?.[0]).toMatchObject({
      path: 'capacity',
      message: expect.stringMatching(/^Počet osob, které již mají místo: 3\./),
    })
    expect((await lower('hu')).data?.errors?.[0]).toMatchObject({
      path: 'capacity',
      message: expect.stringMatching(/^Már 3 fő rendelkezik hellyel\./),
    })
  })

  it('refuses a wrong file type beside the file, naming the accepted kinds', async () => {
    const text = Buffer.from('not a picture')
    const upload = async (
      collection: 'media' | 'documents' | 'materials',
      language: 'cs' | 'hu',
      user: User,
      data: Record<string, unknown>,
    ) =>
      refusal(
        payload.create({
          collection,
          data: data as never,
          file: { data: text, mimetype: 'text/plain', name: 'notes.txt', size: text.length },
          ...(await adminReq(user, language)),
        }),
      )
    expect((await upload('media', 'cs', ngo, { alt: 'x' })).data?.errors?.[0]).toMatchObject({
      path: 'file',
      message: 'Tento typ souboru není povolen. Povoleny jsou: JPG, JPEG, PNG, WEBP.',
    })
    expect((await upload('documents', 'hu', ngo, { title: 'x' })).data?.errors?.[0]).toMatchObject({
      path: 'file',
      message: 'Ez a fájltípus nem engedélyezett. Engedélyezett: PDF.',
    })
    const material = await upload('materials', 'cs', member, { title: 'x', workingGroup: group.id })
    expect(material.message).toMatch(/^Následující pole je neplatné: Soubor/)
    expect(material.data?.errors?.[0]).toMatchObject({
      path: 'file',
      message: expect.stringMatching(/^Tento typ souboru není povolen/),
    })
  })
})
