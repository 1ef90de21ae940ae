import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import { readSheet } from 'read-excel-file/node'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { eraseByToken, registerForEvent, registrationDataByToken } from '@/events/register'
import { retentionDays } from '@/events/retention'
import { getT } from '@/i18n/server'
import { csvColumns } from '@/registry/openData'
import { toLocaleCsv, toXlsx } from '@/utilities/spreadsheet'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'

type Routes = {
  rest: typeof import('@/app/(payload)/api/[...slug]/route')
  openData: typeof import('@/app/(payload)/api/open-data/[file]/route')
}

let ctx: TestPayload
let payload: Payload
let routes: Routes
let editorToken: string
let eventId: number | string
let firstRegisteredAt: Date
let annaToken: string

const day = 24 * 60 * 60 * 1000

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  const [rest, openData] = await Promise.all([
    import('@/app/(payload)/api/[...slug]/route'),
    import('@/app/(payload)/api/open-data/[file]/route'),
  ])
  routes = { rest, openData }

  const region = await payload.create({
    collection: 'regions',
    data: { code: 'HU222', country: 'HU', name: 'Vas' } as never,
  })
  const tanoda = await payload.create({
    collection: 'service-types',
    locale: 'sk',
    data: { code: 'hu-tanoda', country: 'HU', name: 'Doučovacie centrum' } as never,
  })
  await payload.update({
    collection: 'service-types',
    id: tanoda.id,
    locale: 'cs',
    data: { name: 'Doučovací centrum' } as never,
  })
  await payload.update({
    collection: 'service-types',
    id: tanoda.id,
    locale: 'hu',
    data: { name: 'Tanoda' } as never,
  })
  const youth = await payload.create({
    collection: 'target-groups',
    locale: 'sk',
    data: { code: 'children-youth', name: 'Mládež' } as never,
  })
  await payload.update({
    collection: 'target-groups',
    id: youth.id,
    locale: 'hu',
    data: { name: 'Fiatalok' } as never,
  })
  const organisation = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Szombathelyi Tanoda Egyesület',
      kind: 'ngo',
      country: 'HU',
      status: 'published',
      phone: '+36 94 123 456',
      email: 'iroda@tanoda.example.test',
      website: 'https://tanoda.example.test',
    } as never,
  })
  await payload.create({
    collection: 'centres',
    data: {
      name: 'Tanoda Szombathely',
      organisation: organisation.id,
      status: 'published',
      region: region.id,
      address: { municipality: 'Szombathely', street: 'Fő tér 1' },
      latitude: 47.2307,
      longitude: 16.6218,
      services: [tanoda.id],
      targetGroups: [{ targetGroup: youth.id }],
      languages: ['hu'],
      forms: ['day'],
      phone: '+36 94 000 111',
      contactPerson: { name: 'Private Person', email: 'private@example.test', phone: '+36 30 999' },
    } as never,
  })

  const editor = await createUser(payload, ['editor'])
  editorToken = (
    await payload.login({
      collection: 'users',
      data: { email: editor.email, password: 'correct horse battery staple' },
    })
  ).token!
  const start = new Date(Date.now() + 10 * day)
  const event = await payload.create({
    collection: 'events',
    data: {
      title: 'Tanoda nyílt nap',
      type: 'seminar',
      startsAt: start.toISOString(),
      startsAt_tz: 'Europe/Budapest',
      endsAt: new Date(start.getTime() + 2 * 60 * 60 * 1000).toISOString(),
      endsAt_tz: 'Europe/Budapest',
      mode: 'in-person',
      venue: { municipality: 'Szombathely' },
      organisation: organisation.id,
      status: 'published',
      capacity: 1,
      questions: [
        {
          key: 'diet',
          kind: 'choice',
          required: true,
          label: 'Étrend',
          options: [{ label: 'Normál' }, { label: 'Vegetáriánus' }],
        },
      ],
    } as never,
  })
  eventId = event.id
  for (const [name, email, diet] of [
    ['Kovács Anna', 'anna@example.test', '1'],
    ['Nagy Péter', 'peter@example.test', '0'],
  ]) {
    const outcome = await registerForEvent(
      payload,
      event.id,
      {
        name,
        email,
        consent: true,
        answers: { diet },
      },
      { locale: 'hu', ip: `ip-${name}` },
    )
    expect(outcome).toMatchObject({ ok: true })
  }
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { event: { equals: event.id } },
    sort: 'createdAt',
  })
  firstRegisteredAt = new Date(docs[0].createdAt)
  annaToken = docs[0].token as string
})

afterAll(async () => {
  await ctx?.cleanup()
})

const openData = (file: string, query = '') =>
  routes.openData.GET(new Request(`http://localhost/api/open-data/${file}${query}`), {
    params: Promise.resolve({ file }),
  })

function rest(path: string, headers: Record<string, string> = {}) {
  const url = new URL(`http://localhost${path}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  return routes.rest.GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
}

const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

/** The body as a spreadsheet reads it, BOM included (Response.text() would drop it). */
async function csvOf(response: Response) {
  const bytes = await bytesOf(response)
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  return bytes.toString('utf8')
}

describe('spreadsheet conventions', () => {
  const sheet = {
    name: 'Test',
    header: ['Name', 'When', 'Latitude'],
    rows: [
      ['=cmd', new Date('2026-12-01T08:05:00Z'), 48.1234],
      ['Ő', null, -5.25],
    ],
  }

  it('writes semicolons, decimal commas and local dates with a BOM and CRLF for sk, cs and hu', () => {
    const sk = toLocaleCsv(sheet, 'sk')
    expect(sk.startsWith('\ufeff')).toBe(true)
    expect(sk.split('\r\n')[1]).toBe(`'=cmd;1.12.2026 9:05;48,1234`)
    expect(toLocaleCsv(sheet, 'cs').split('\r\n')[2]).toBe('Ő;;-5,25')
    expect(toLocaleCsv(sheet, 'hu').split('\r\n')[1]).toBe(`'=cmd;2026.12.01. 9:05;48,1234`)
  })

  it('keeps commas and decimal points in English', () => {
    const rows = parse(toLocaleCsv(sheet, 'en'), { bom: true }) as string[][]
    expect(rows).toEqual([
      ['Name', 'When', 'Latitude'],
      ["'=cmd", '2026-12-01 09:05', '48.1234'],
      ['Ő', '', '-5.25'],
    ])
  })

  it('shows times on the clocks of the sheet’s zone', async () => {
    const tokyo = { ...sheet, timeZone: 'Asia/Tokyo' }
    expect(toLocaleCsv(tokyo, 'en').split('\r\n')[1]).toBe(`'=cmd,2026-12-01 17:05,48.1234`)
    const [, row] = await readSheet(await toXlsx(tokyo, 'en'))
    expect((row[1] as unknown as Date).toISOString().slice(0, 16)).toMatch(/^2026-12-01T17:0[45]/)
  })
})

describe('the open-data downloads', () => {
  it('serves a Hungarian CSV with semicolons, names beside codes and public contacts only', async () => {
    const response = await openData('centres.csv', '?locale=hu')
    expect(response.headers.get('content-type')).toContain('text/csv')
    const text = await csvOf(response)
    expect(text).toContain('\r\n')
    expect(text).not.toContain('private@example.test')
    expect(text).not.toContain('+36 30 999')
    const [row, ...rest] = parse(text, { bom: true, delimiter: ';', columns: true }) as Record<
      string,
      string
    >[]
    expect(rest).toHaveLength(0)
    expect(Object.keys(row)).toEqual([...csvColumns])
    expect(row).toMatchObject({
      name: 'Tanoda Szombathely',
      // a leading + would start a formula in Excel: the CSV keeps it as text
      phone: "'+36 94 000 111",
      organisation_phone: "'+36 94 123 456",
      organisation_email: 'iroda@tanoda.example.test',
      organisation_website: 'https://tanoda.example.test',
      services: 'hu-tanoda',
      service_names: 'Tanoda',
      target_groups: 'children-youth',
      target_group_names: 'Fiatalok',
      latitude: '47,2307',
      longitude: '16,6218',
    })
    expect(row.updated_at).toMatch(/^\d{4}\.\d{2}\.\d{2}\. \d{1,2}:\d{2}$/)
  })

  it('keeps the old URL working and names services in the requested language', async () => {
    const sk = parse(await (await openData('centres.csv')).text(), {
      bom: true,
      delimiter: ';',
      columns: true,
    }) as Record<string, string>[]
    expect(sk[0].service_names).toBe('Doučovacie centrum')
    const en = parse(await (await openData('centres.csv', '?locale=en')).text(), {
      bom: true,
      columns: true,
    }) as Record<string, string>[]
    expect(en[0]).toMatchObject({ latitude: '47.2307', service_names: 'Doučovacie centrum' })
  })

  it('serves an .xlsx with a header row, typed numbers and dates', async () => {
    const response = await openData('centres.xlsx', '?locale=cs')
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    )
    const [header, row, ...rest] = await readSheet(await bytesOf(response))
    expect(rest).toHaveLength(0)
    expect(header).toEqual([...csvColumns])
    const cell = (name: string) => row[header.indexOf(name)]
    expect(cell('latitude')).toBe(47.2307)
    expect(cell('service_names')).toBe('Doučovací centrum')
    expect(cell('organisation_email')).toBe('iroda@tanoda.example.test')
    // an .xlsx cell is text by type, so a phone number needs no guard against formulas
    expect(cell('organisation_phone')).toBe('+36 94 123 456')
    expect(cell('updated_at')).toBeInstanceOf(Date)
    expect(JSON.stringify(row)).not.toContain('private@example.test')
  })
})

describe('the organiser’s registration list', () => {
  const auth = () => ({ Authorization: `JWT ${editorToken}` })
  const budapestWall = (instant: Date) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Budapest',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(instant)

  it('refuses an anonymous download of either format', async () => {
    expect((await rest(`/api/events/${eventId}/registrations.csv`)).status).toBe(401)
    expect((await rest(`/api/events/${eventId}/registrations.xlsx`)).status).toBe(401)
  })

  it('gives a Hungarian CSV with answers as text and times in the event’s zone', async () => {
    const response = await rest(`/api/events/${eventId}/registrations.csv?locale=hu`, auth())
    expect(response.status).toBe(200)
    const text = await csvOf(response)
    const rows = parse(text, { bom: true, delimiter: ';', record_delimiter: '\r\n' }) as string[][]
    expect(rows).toHaveLength(3)
    expect(rows[0]).toContain('Étrend')
    expect(rows[1][0]).toBe('Kovács Anna')
    expect(rows[1].at(-1)).toBe('Vegetáriánus')
    expect(rows[2].at(-1)).toBe('Normál')
    // the waiting-list position is a number cell
    expect(rows[2]).toContain('1')
    const p = Object.fromEntries(budapestWall(firstRegisteredAt).map((x) => [x.type, x.value]))
    expect(rows[1]).toContain(`${p.year}.${p.month}.${p.day}. ${Number(p.hour)}:${p.minute}`)
  })

  it('gives an .xlsx with typed dates on the event’s clocks and a bold header row', async () => {
    const response = await rest(`/api/events/${eventId}/registrations.xlsx?locale=en`, auth())
    expect(response.status).toBe(200)
    const [header, first, second] = await readSheet(await bytesOf(response))
    expect(header[0]).toBe('Name')
    expect(header.at(-1)).toBe('Étrend')
    expect(first.at(-1)).toBe('Vegetáriánus')
    const registeredAt = first[header.indexOf('Registered at')] as unknown as Date
    expect(registeredAt).toBeInstanceOf(Date)
    const p = Object.fromEntries(budapestWall(firstRegisteredAt).map((x) => [x.type, x.value]))
    // Excel keeps no zone: the cell holds the Budapest wall time (to the second's rounding)
    const shown = new Date(registeredAt.getTime() + 500)
    expect(shown.getUTCHours()).toBe(Number(p.hour))
    expect(shown.getUTCMinutes()).toBe(Number(p.minute))
    expect(second[header.indexOf('Waiting list')]).toBe(1)
  })
})

describe('the registrant’s own data', () => {
  it('comes in the language they registered in, with choice answers as text', async () => {
    const data = await registrationDataByToken(payload, annaToken)
    const hu = getT('hu', 'events')
    expect(data).toMatchObject({
      language: 'Magyar',
      registration: {
        name: 'Kovács Anna',
        event: { title: 'Tanoda nyílt nap' },
        status: hu('registrationStatuses.confirmed'),
        answers: [{ question: 'Étrend', answer: 'Vegetáriánus' }],
      },
    })
    expect(data?.retention).toBe(hu('registration.personalData.intro', { days: retentionDays() }))
    // the event's time as the Hungarian reader writes it, on Budapest's clocks
    expect(data?.registration.event.when).toContain('(Europe/Budapest)')
    expect(await eraseByToken(payload, annaToken)).toEqual({ ok: true })
    expect(await registrationDataByToken(payload, annaToken)).toBeNull()
  })
})
