import { format } from 'date-fns'
import { cs } from 'date-fns/locale/cs'
import { enUS } from 'date-fns/locale/en-US'
import { hu } from 'date-fns/locale/hu'
import { sk } from 'date-fns/locale/sk'
import type { Field, Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { collections } from '@/collections'
import { backfillMeetingTitles } from '@/collections/Meetings/hooks/nameMeeting'
import { keyFromLabel } from '@/collections/Events/hooks/deriveQuestionKeys'
import { registerForEvent } from '@/events/register'
import { applyOfficeDateFormats } from '@/i18n/adminDates'
import { locales } from '@/i18n/locales'
import type { User, WorkingGroup } from '@/payload-types'

import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let editor: User
let coordinator: User
let group: WorkingGroup
let organisation: number | string

const day = 24 * 60 * 60 * 1000

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'], { name: 'Katarína Horváthová' })
  coordinator = await createUser(payload, ['member'], {
    name: 'Jana Dvořáková',
    preferredLanguage: 'cs',
  })
  group = await payload.create({
    collection: 'working-groups',
    data: {
      name: 'Platforma Vysočina',
      language: 'cs',
      timeZone: 'Europe/Prague',
      coordinators: [coordinator.id],
      members: [coordinator.id],
    } as never,
  })
  organisation = (
    await payload.create({
      collection: 'organisations',
      data: { name: 'Spolek Lípa', kind: 'ngo', country: 'CZ', status: 'published' } as never,
    })
  ).id
})

afterAll(async () => {
  await ctx?.cleanup()
})

/** Every field of every collection, nested ones included, with the collection's slug. */
function everyField(
  fields: Field[],
  collection: string,
  out: { collection: string; field: Field }[] = [],
) {
  for (const field of fields) {
    // the login sessions Payload adds to users are never shown
    if ('name' in field && field.name === 'sessions') continue
    out.push({ collection, field })
    if ('fields' in field && Array.isArray(field.fields)) everyField(field.fields, collection, out)
    if (field.type === 'tabs') for (const tab of field.tabs) everyField(tab.fields, collection, out)
    if (field.type === 'blocks')
      for (const block of field.blocks) everyField(block.fields, collection, out)
  }
  return out
}
const ours = new Set(collections.map((collection) => collection.slug))
/** Our collections' fields as Payload runs them (after plugins); Payload's own collections aside. */
const allFields = () =>
  payload.config.collections
    .filter((collection) => ours.has(collection.slug))
    .flatMap((collection) => everyField(collection.fields, collection.slug))

describe('labels in the admin', () => {
  it('names every array row by its content, with its singular in all four languages as fallback', () => {
    const arrays = allFields().filter(({ field }) => field.type === 'array')
    expect(arrays.length).toBeGreaterThan(10)
    for (const { collection, field } of arrays) {
      if (field.type !== 'array') continue
      const where = `${collection}.${field.name}`
      // without translated labels Payload says "Add Question" and "Question 01"
      const singular = field.labels?.singular as Record<string, string> | undefined
      expect(singular && typeof singular === 'object', where).toBe(true)
      for (const locale of locales) expect(singular?.[locale], `${where} (${locale})`).toBeTruthy()
      const rowLabel = field.admin?.components?.RowLabel as { path?: string } | undefined
      expect(rowLabel?.path, where).toBe('/components/admin/RowLabel#RowLabel')
    }
  })

  it('labels the slug, the uploader and the derived country in the admin’s language', () => {
    const named = (collection: string, name: string) =>
      allFields().find(
        ({ collection: slug, field }) =>
          slug === collection && 'name' in field && field.name === name,
      )?.field as { label?: Record<string, string>; admin?: { description?: unknown } }
    expect(named('centres', 'slug').label?.cs).toBe('Adresa v URL')
    expect(named('events', 'slug').label?.hu).toBe('URL-cím')
    expect(named('media', 'uploadedBy').label?.cs).toBe('Nahrál(a)')
    expect(named('documents', 'uploadedBy').label?.hu).toBe('Feltöltötte')
    expect(named('centres', 'country').admin?.description).toMatchObject({
      cs: 'Podle kraje',
      hu: 'A megye alapján',
    })
  })

  it('has no English text in the admin descriptions of fields people fill in', () => {
    const english = allFields().filter(
      ({ field }) =>
        'admin' in field &&
        typeof (field.admin as { description?: unknown })?.description === 'string',
    )
    // the registration number's hint is the codes themselves (IČO, adószám)
    expect(
      english
        .filter(({ field }) => !('name' in field && ['registrationNumber'].includes(field.name)))
        .filter(({ field }) => !(field.admin as { hidden?: boolean }).hidden)
        .map(
          ({ collection, field }) => `${collection}.${'name' in field ? field.name : field.type}`,
        ),
    ).toEqual([])
  })
})

describe('dates in the admin', () => {
  const when = new Date(2026, 11, 1, 9, 0)

  it('writes the admin’s one pattern as each language does, never with AM/PM', () => {
    applyOfficeDateFormats()
    expect(payload.config.admin.dateFormat).toBe('Pp')
    expect(format(when, 'Pp', { locale: sk })).toBe('1. 12. 2026 9:00')
    expect(format(when, 'Pp', { locale: cs })).toBe('1. 12. 2026 9:00')
    expect(format(when, 'Pp', { locale: hu })).toBe('2026. 12. 01. 9:00')
    expect(format(when, 'Pp', { locale: enUS })).toBe('1 Dec 2026 09:00')
    expect(format(when, 'P', { locale: cs })).toBe('1. 12. 2026')
    // the other widths stay date-fns' own
    expect(format(when, 'PPP', { locale: cs })).toBe('1. prosince 2026')
  })

  it('gives every date picker a localized pattern and a 24-hour time list', () => {
    // Payload's own createdAt/updatedAt and hidden dates have no picker; their cells use admin.dateFormat
    const dates = allFields().filter(
      ({ field }) =>
        field.type === 'date' &&
        !field.hidden &&
        !field.admin?.hidden &&
        !['createdAt', 'updatedAt'].includes(field.name),
    )
    expect(dates.length).toBeGreaterThan(10)
    for (const { collection, field } of dates) {
      const date = (
        field.admin as {
          date?: { displayFormat?: string; timeFormat?: string; pickerAppearance?: string }
        }
      )?.date
      const where = `${collection}.${'name' in field ? field.name : ''}`
      expect(String(date?.displayFormat), where).toMatch(/^(Pp|P|p|LLLL y)$/)
      if (date?.pickerAppearance === 'dayAndTime') expect(date.timeFormat, where).toBe('p')
      // the picker is told the admin's language from its first render (see LocalizedDateField)
      const components = (field.admin as { components?: { Field?: unknown } })?.components
      expect(components?.Field, where).toBe(
        '/components/admin/LocalizedDateField#LocalizedDateField',
      )
    }
  })
})

describe('event questions', () => {
  const question = (label: string, extra: Record<string, unknown> = {}) => ({
    label,
    kind: 'text',
    required: false,
    ...extra,
  })
  let events = 0
  const createEvent = (questions: ReturnType<typeof question>[]) =>
    payload.create({
      collection: 'events',
      data: {
        title: `Seminář o bydlení ${(events += 1)}`,
        type: 'seminar',
        startsAt: new Date(Date.now() + 10 * day).toISOString(),
        startsAt_tz: 'Europe/Prague',
        endsAt: new Date(Date.now() + 10 * day + 7200_000).toISOString(),
        endsAt_tz: 'Europe/Prague',
        mode: 'online',
        organisation,
        status: 'published',
        questions,
      } as never,
      locale: 'cs',
      overrideAccess: false,
      user: editor,
    })

  it('makes each question’s key from its text, unique within the event', async () => {
    const event = await createEvent([
      question('Jaké jídlo si přejete?'),
      question('Jaké jídlo si přejete?'),
      question('Poznámka'),
    ])
    expect(event.questions!.map((each) => each.key)).toEqual([
      'jake-jidlo-si-prejete',
      'jake-jidlo-si-prejete-2',
      'poznamka',
    ])
    expect(keyFromLabel('Ö'.repeat(80), new Set(), 0)).toHaveLength(40)
    expect(keyFromLabel('?!', new Set(), 2)).toBe('question-3')
  })

  it('keeps a key sent over the API, and once someone answered, the key the answers use', async () => {
    const event = await createEvent([question('Strava', { key: 'diet' }), question('Poznámka')])
    expect(event.questions!.map((each) => each.key)).toEqual(['diet', 'poznamka'])

    const outcome = await registerForEvent(
      payload,
      event.id,
      {
        name: 'Eva Svobodová',
        email: 'eva@example.test',
        consent: true,
        answers: { diet: 'vegetariánské' },
      },
      { locale: 'cs', ip: 'int-questions', notify: false },
    )
    expect(outcome.ok).toBe(true)
    // the admin sends the hidden key as it was; another client might send none or a new one
    const changed = await payload.update({
      collection: 'events',
      id: event.id,
      data: {
        questions: [
          { ...event.questions![0], label: 'Jaké jídlo?', key: 'food' },
          { ...event.questions![1], key: undefined },
          question('Doprava'),
        ],
      } as never,
      locale: 'cs',
      overrideAccess: false,
      user: editor,
    })
    expect(changed.questions!.map((each) => each.key)).toEqual(['diet', 'poznamka', 'doprava'])
    expect(changed.questions![0].label).toBe('Jaké jídlo?')
  })
})

describe('titles in lists', () => {
  const meeting = (extra: Record<string, unknown>) =>
    payload.create({
      collection: 'meetings',
      data: {
        workingGroup: group.id,
        startsAt: '2026-12-15T09:00:00.000Z',
        startsAt_tz: 'Europe/Prague',
        endsAt: '2026-12-15T11:00:00.000Z',
        endsAt_tz: 'Europe/Prague',
        ...extra,
      } as never,
      overrideAccess: false,
      user: coordinator,
    })

  it('calls an untitled meeting by its group, number and day, in the group’s language', async () => {
    const untitled = await meeting({ number: 7 })
    expect(untitled.listTitle).toBe('Platforma Vysočina – 7. setkání, 15. 12. 2026')
    const titled = await meeting({ number: 20, title: 'Jarní setkání' })
    expect(titled.listTitle).toBe('Jarní setkání')
    // the list searches the stored title
    const found = await payload.find({
      collection: 'meetings',
      where: { listTitle: { like: '7. setkání' } },
      overrideAccess: false,
      user: coordinator,
    })
    expect(found.docs.map((doc) => doc.id)).toEqual([untitled.id])
  })

  it('gives meetings stored before the title existed theirs', async () => {
    const old = await meeting({ number: 8, title: '' })
    await payload.db.updateOne({ collection: 'meetings', id: old.id, data: { listTitle: null } })
    expect(await backfillMeetingTitles(payload)).toBeGreaterThan(0)
    const stored = await payload.findByID({
      collection: 'meetings',
      id: old.id,
      depth: 0,
      overrideAccess: false,
      user: coordinator,
    })
    expect(stored.listTitle).toBe('Platforma Vysočina – 8. setkání, 15. 12. 2026')
  })
})

describe('the content language the admin opens in', () => {
  const localePreference = (user: User) =>
    payload.find({
      collection: 'payload-preferences',
      where: { key: { equals: 'locale' } },
      user: { ...user, collection: 'users' },
      overrideAccess: false,
    })

  it('is the user’s preferred language after they log in, until they choose another', async () => {
    const representative = await createUser(payload, ['ngo'], {
      email: 'zastupce@example.test',
      preferredLanguage: 'cs',
    })
    await payload.login({
      collection: 'users',
      data: { email: 'zastupce@example.test', password: 'correct horse battery staple' },
    })
    expect((await localePreference(representative)).docs.map((doc) => doc.value)).toEqual(['cs'])

    // a language chosen in the admin afterwards is kept at the next login
    const [preference] = (await localePreference(representative)).docs
    await payload.update({
      collection: 'payload-preferences',
      id: preference.id,
      data: { value: 'hu' },
      user: { ...representative, collection: 'users' },
      overrideAccess: false,
    })
    await payload.login({
      collection: 'users',
      data: { email: 'zastupce@example.test', password: 'correct horse battery staple' },
    })
    expect((await localePreference(representative)).docs.map((doc) => doc.value)).toEqual(['hu'])
  })
})

describe('edit locks', () => {
  it('names the person editing to a co-editor, and lets nobody else take the document over', async () => {
    const second = await createUser(payload, ['member'], { name: 'Petr Novotný' })
    const outsider = await createUser(payload, ['ngo'], { name: 'Cizí Zástupce' })
    await payload.update({
      collection: 'working-groups',
      id: group.id,
      data: {
        coordinators: [coordinator.id, second.id],
        members: [coordinator.id, second.id],
      } as never,
    })
    const meeting = await payload.create({
      collection: 'meetings',
      data: {
        workingGroup: group.id,
        number: 30,
        startsAt: '2026-12-20T09:00:00.000Z',
        startsAt_tz: 'Europe/Prague',
        endsAt: '2026-12-20T11:00:00.000Z',
        endsAt_tz: 'Europe/Prague',
      } as never,
      overrideAccess: false,
      user: coordinator,
    })
    const as = (user: User) => ({
      user: { ...user, collection: 'users' as const },
      overrideAccess: false as const,
    })
    const lock = await payload.create({
      collection: 'payload-locked-documents',
      data: {
        document: { relationTo: 'meetings', value: meeting.id },
        user: { relationTo: 'users', value: coordinator.id },
      },
      ...as(coordinator),
    })
    const seenBy = async (user: User) =>
      (
        await payload.find({
          collection: 'payload-locked-documents',
          where: { 'document.value': { equals: meeting.id } },
          depth: 1,
          ...as(user),
        })
      ).docs.map((doc) => doc.user)

    // the lock notice prints `email`: a co-editor reads the name there
    expect(await seenBy(second)).toEqual([
      { relationTo: 'users', value: { id: coordinator.id, email: 'Jana Dvořáková' } },
    ])
    // a reader who may not edit the meeting does not see its lock at all, in any query shape
    expect(await seenBy(outsider)).toEqual([])
    // (a filter on `user` is refused to all but staff: tests/int/edit-locks.int.spec.ts)
    const onMeetings: Where = { 'document.relationTo': { equals: 'meetings' } }
    for (const user of [outsider, second]) {
      const expected = user === second ? 1 : 0
      const shapes: { where: Where; select?: { user: true }; sort?: string; depth?: number }[] = [
        { where: onMeetings },
        { where: onMeetings, select: { user: true } },
        { where: onMeetings, sort: '-updatedAt', depth: 2 },
      ]
      for (const shape of shapes) {
        const found = await payload.find({
          collection: 'payload-locked-documents',
          ...shape,
          ...as(user),
        })
        expect(found.totalDocs, `${user.name}: ${JSON.stringify(shape)}`).toBe(expected)
      }
      const counted = await payload.count({
        collection: 'payload-locked-documents',
        where: onMeetings,
        ...as(user),
      })
      expect(counted.totalDocs).toBe(expected)
    }
    await expect(
      payload.findByID({ collection: 'payload-locked-documents', id: lock.id, ...as(outsider) }),
    ).rejects.toThrow()

    await expectForbidden(
      payload.update({
        collection: 'payload-locked-documents',
        id: lock.id,
        data: { user: { relationTo: 'users', value: outsider.id } },
        ...as(outsider),
      }),
    )
    const taken = await payload.update({
      collection: 'payload-locked-documents',
      id: lock.id,
      data: { user: { relationTo: 'users', value: second.id } },
      ...as(second),
    })
    expect((taken.user as { value: { id: unknown } }).value.id).toBe(second.id)
  })
})

describe('a pending organisation', () => {
  it('shows its name to the person who asked to represent it, and no more of its people', async () => {
    const founder = await createUser(payload, ['ngo'], { name: 'Zakladatelka' })
    const claimant = await createUser(payload, ['ngo'], { name: 'Žadatel' })
    const pending = await payload.create({
      collection: 'organisations',
      data: {
        name: 'Nový spolek',
        kind: 'ngo',
        country: 'CZ',
        status: 'pending',
        representatives: [founder.id],
        pendingRepresentatives: [claimant.id],
      } as never,
    })
    const seen = await payload.findByID({
      collection: 'organisations',
      id: pending.id,
      depth: 0,
      overrideAccess: false,
      user: claimant,
    })
    expect(seen.name).toBe('Nový spolek')
    expect(seen.representatives).toBeUndefined()
    expect(seen.pendingRepresentatives).toBeUndefined()
    // nobody else who is not staff
    const stranger = await createUser(payload, ['ngo'])
    const found = await payload.find({
      collection: 'organisations',
      where: { id: { equals: pending.id } },
      overrideAccess: false,
      user: stranger,
    })
    expect(found.docs).toHaveLength(0)
  })
})
