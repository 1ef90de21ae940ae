import type { Payload } from 'payload'

import { registerForEvent } from '@/events/register'
import { dayIn, instantAt } from '@/events/time'
import { defaultLocale, locales } from '@/i18n/locales'

import { type EventSeed, events, type SeedWhen } from './data/events'
import { paragraphs } from './richText'

type ID = number | string
const day = 24 * 60 * 60 * 1000

/** Start and end instants; upcoming demo events are placed relative to today. */
export function schedule(when: SeedWhen, zone: string, now = new Date()) {
  if ('date' in when) {
    return {
      startsAt: instantAt(`${when.date}T${when.start}`, zone),
      endsAt: instantAt(`${when.endDate ?? when.date}T${when.end}`, zone),
    }
  }
  const first = dayIn(new Date(now.getTime() + when.daysFromNow * day), zone)
  const last = dayIn(
    new Date(now.getTime() + (when.daysFromNow + (when.durationDays ?? 1) - 1) * day),
    zone,
  )
  return {
    startsAt: instantAt(`${first}T${when.start}`, zone),
    endsAt: instantAt(`${last}T${when.end}`, zone),
  }
}

const firstNames = [
  'Jana',
  'Peter',
  'Zuzana',
  'Tomáš',
  'Eszter',
  'Gábor',
  'Lucie',
  'Martin',
  'Katarína',
  'Attila',
  'Veronika',
  'Ondřej',
  'Mária',
]
const lastNames = [
  'Horváthová',
  'Kováč',
  'Novotná',
  'Dvořák',
  'Nagy',
  'Szabó',
  'Procházková',
  'Balog',
  'Kollárová',
  'Tóth',
  'Marková',
  'Svoboda',
  'Lakatos',
]

function localizedData(
  seed: EventSeed,
  locale: (typeof locales)[number],
  questions?: { id?: string | null; options?: { id?: string | null }[] | null }[],
) {
  return {
    title: seed.title[locale],
    summary: seed.summary[locale],
    description: paragraphs(seed.description.map((paragraph) => paragraph[locale])),
    audience: seed.audience?.[locale],
    ...(seed.venueAddress?.name ? { venue: { name: seed.venueAddress.name } } : {}),
    questions: seed.questions?.map((question, index) => ({
      id: questions?.[index]?.id,
      key: question.key,
      kind: question.kind,
      required: question.required,
      label: question.label[locale],
      options: question.options?.map((option, optionIndex) => ({
        id: questions?.[index]?.options?.[optionIndex]?.id,
        label: option[locale],
      })),
    })),
  }
}

/**
 * The demo events: the Vysočina project's seminars, workshops, excursions and conference, the
 * Vas County working-group meeting, and upcoming events in three countries, some nearly full
 * and one with a waiting list (registrants go through the real registration service, quietly).
 */
export async function seedEvents(
  payload: Payload,
  ids: { regions: Map<string, ID>; terms: Map<string, ID>; organisations: Map<string, ID> },
): Promise<number> {
  let created = 0
  for (const seed of events) {
    const existing = await payload.count({
      collection: 'events',
      where: { slug: { equals: seed.slug } },
    })
    if (existing.totalDocs > 0) continue
    const { startsAt, endsAt } = schedule(seed.when, seed.timeZone)
    const centre = seed.venueCentreSlug
      ? (
          await payload.find({
            collection: 'centres',
            where: { slug: { equals: seed.venueCentreSlug } },
            limit: 1,
            depth: 0,
            select: {},
          })
        ).docs[0]
      : undefined
    const event = await payload.create({
      collection: 'events',
      locale: defaultLocale,
      depth: 0,
      data: {
        ...localizedData(seed, defaultLocale),
        slug: seed.slug,
        type: seed.type,
        startsAt: startsAt.toISOString(),
        startsAt_tz: seed.timeZone,
        endsAt: endsAt.toISOString(),
        endsAt_tz: seed.timeZone,
        mode: seed.mode,
        venue: {
          centre: centre?.id as number | undefined,
          name: seed.venueAddress?.name,
          street: seed.venueAddress?.street,
          postcode: seed.venueAddress?.postcode,
          municipality: seed.venueAddress?.municipality,
        },
        region: ids.regions.get(seed.regionCode) as number,
        onlineUrl: seed.onlineUrl,
        organisation: ids.organisations.get(seed.organisationSlug) as number,
        languages: seed.languages,
        themes: seed.themes.map((code) => ids.terms.get(`themes:${code}`) as number),
        capacity: seed.capacity,
        registration: { requiresApproval: seed.requiresApproval ?? false },
        // registrations are taken while published; the final status follows below
        status: 'published',
      },
    })
    for (const locale of locales) {
      if (locale === defaultLocale) continue
      await payload.update({
        collection: 'events',
        id: event.id,
        locale,
        depth: 0,
        data: localizedData(seed, locale, event.questions ?? undefined),
      })
    }
    if (endsAt > new Date()) {
      for (let i = 0; i < (seed.demoRegistrations ?? 0); i += 1) {
        const first = firstNames[(i + created) % firstNames.length]
        const last = lastNames[(i * 7 + created) % lastNames.length]
        await registerForEvent(
          payload,
          event.id,
          {
            name: `${first} ${last}`,
            email: `demo.${seed.slug.slice(0, 20)}.${i + 1}@example.org`,
            organisation: 'Demo',
            consent: true,
            answers: Object.fromEntries(
              (seed.questions ?? [])
                .filter((q) => q.required)
                .map((q) => [q.key, q.kind === 'choice' ? '0' : 'Demo']),
            ),
          },
          {
            locale:
              seed.languages.find((l): l is (typeof locales)[number] =>
                (locales as readonly string[]).includes(l),
              ) ?? defaultLocale,
            // a key of its own per demo person: the hourly allowance (in Redis too) is for visitors
            ip: `seed:${event.id}:${i}`,
            notify: false,
          },
        )
      }
    }
    if (seed.status !== 'published') {
      await payload.update({
        collection: 'events',
        id: event.id,
        depth: 0,
        data: { status: seed.status },
        context: { silentEventChange: true },
      })
    }
    created += 1
  }
  return created
}
