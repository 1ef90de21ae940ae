// `npm run bench`, step 1: a large data set in a throw-away SQLite file (DATABASE_URI).
// The demo seed gives the taxonomies and one real document of each kind in four languages; the
// bulk is cloned from those through the database adapter (Payload's own write path for
// localized fields, arrays and relationships, without the per-document hooks and validation,
// which would make 69,000 documents take most of an hour on two cores).
import config from '@payload-config'
import { randomBytes } from 'node:crypto'
import { getPayload, type CollectionSlug, type PayloadRequest } from 'payload'

import { migrateDatabase } from '@/db/migrate'
import { fold } from '@/search/text'
import { seed } from '@/seed'

import { DOOR_LIST_SIZE } from './doorList'
import { random } from './random'

export const benchSize = {
  centres: Number(process.env.BENCH_CENTRES || 10_000),
  organisations: Number(process.env.BENCH_ORGANISATIONS || 2_000),
  caseStudies: Number(process.env.BENCH_CASE_STUDIES || 2_000),
  events: Number(process.env.BENCH_EVENTS || 5_000),
  registrations: Number(process.env.BENCH_REGISTRATIONS || 50_000),
}

const rand = random(20261123)
const pick = <T>(items: T[]): T => items[Math.floor(rand() * items.length)]
const some = <T>(items: T[], max: number): T[] => [
  ...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => pick(items))),
]

type Doc = Record<string, unknown>

/** A copy fit for a new row: no id or timestamps, fresh ids for array rows. */
function cloneDoc(doc: Doc): Doc {
  const copy = (value: unknown, inArray: boolean): unknown => {
    if (Array.isArray(value)) return value.map((item) => copy(item, true))
    if (value && typeof value === 'object') {
      const out: Doc = {}
      for (const [key, inner] of Object.entries(value)) out[key] = copy(inner, false)
      if (inArray && typeof out.id === 'string') out.id = randomBytes(12).toString('hex')
      return out
    }
    return value
  }
  const out = copy(doc, false) as Doc
  delete out.id
  delete out.createdAt
  delete out.updatedAt
  return out
}

// a throw-away data set: writes need not wait for the disk (src/db/durability.ts); the server
// the benchmark measures keeps the default
process.env.SQLITE_SYNCHRONOUS ??= 'OFF'
const payload = await getPayload({ config })
const started = Date.now()
const progress = (label: string, done: number, total: number) => {
  if (done === total || done % Math.max(1, Math.round(total / 10)) === 0) {
    const seconds = ((Date.now() - started) / 1000).toFixed(0)
    process.stderr.write(
      `  ${seconds.padStart(4)} s  ${label}: ${done.toLocaleString('en')} / ${total.toLocaleString('en')}\n`,
    )
  }
}

/** Creates `total` documents in transactions of 500 (one disk sync per batch, not per row). */
async function bulkCreate(
  collection: CollectionSlug,
  total: number,
  make: (index: number) => Doc,
): Promise<(number | string)[]> {
  const ids: (number | string)[] = []
  for (let start = 0; start < total; start += 500) {
    const transactionID = await payload.db.beginTransaction()
    const req = { payload, transactionID, context: {} } as unknown as PayloadRequest
    for (let index = start; index < Math.min(total, start + 500); index += 1) {
      const created = await payload.db.create({ collection, data: make(index), req })
      ids.push(created.id)
    }
    if (transactionID) await payload.db.commitTransaction(transactionID)
    progress(collection, ids.length, total)
  }
  return ids
}

const all = async (collection: CollectionSlug) =>
  (
    await payload.find({
      collection,
      locale: 'all',
      depth: 0,
      pagination: false,
      overrideAccess: true,
      draft: false,
    })
  ).docs as unknown as Doc[]

try {
  await migrateDatabase(payload)
  await seed(payload, { adminPassword: process.env.SEED_ADMIN_PASSWORD || 'bench password 1' })

  const regions = await all('regions')
  const services = await all('service-types')
  const targetGroups = await all('target-groups')
  const publishedCentres = (await all('centres')).filter((doc) => doc.status === 'published')
  const organisationTemplates = (await all('organisations')).filter(
    (doc) => doc.status === 'published',
  )
  const caseStudyTemplates = (await all('case-studies')).filter(
    (doc) => doc._status === 'published',
  )
  const eventTemplates = (await all('events')).filter(
    (doc) => doc.status === 'published' && doc.mode !== 'online',
  )
  const municipalities = [
    ...new Set(
      publishedCentres
        .map((doc) => (doc.address as Doc | undefined)?.municipality as string)
        .filter(Boolean),
    ),
  ]
  const regionsOf = (country: string) => regions.filter((region) => region.country === country)
  const servicesOf = (country: string) => services.filter((service) => service.country === country)

  const organisationIds = await bulkCreate('organisations', benchSize.organisations, (index) => {
    const template = pick(organisationTemplates)
    const name = `${template.name as string} ${index + 1}`
    const country = template.country as string
    return {
      ...cloneDoc(template),
      name,
      slug: `bench-organisation-${index + 1}`,
      registrationNumber: null,
      email: null,
      region: pick(regionsOf(country)).id,
      representatives: [],
      pendingRepresentatives: [],
      searchText: fold(`${name} ${template.searchText as string}`),
    }
  })

  await bulkCreate('centres', benchSize.centres, (index) => {
    const template = pick(publishedCentres)
    const country = template.country as string
    const municipality = pick(municipalities)
    const name = `${template.name as string} ${municipality} ${index + 1}`
    return {
      ...cloneDoc(template),
      name,
      slug: `bench-centre-${index + 1}`,
      organisation: pick(organisationIds),
      address: { ...(template.address as Doc), municipality },
      region: pick(regionsOf(country)).id,
      services: some(servicesOf(country), 3).map((service) => service.id),
      targetGroups: some(targetGroups, 2).map((group) => ({
        id: randomBytes(12).toString('hex'),
        targetGroup: group.id,
      })),
      languages: some(['sk', 'cs', 'hu', 'rom', 'en', 'de', 'uk'], 3),
      latitude: Math.round(((template.latitude as number) + (rand() - 0.5) * 0.6) * 1e5) / 1e5,
      longitude: Math.round(((template.longitude as number) + (rand() - 0.5) * 0.8) * 1e5) / 1e5,
      searchText: fold(`${name} ${template.searchText as string}`),
    }
  })

  await bulkCreate('case-studies', benchSize.caseStudies, (index) => {
    const template = pick(caseStudyTemplates)
    const title = Object.fromEntries(
      Object.entries(template.title as Doc).map(([locale, value]) => [
        locale,
        `${value as string} (${index + 1})`,
      ]),
    )
    return {
      ...cloneDoc(template),
      title,
      slug: `bench-case-study-${index + 1}`,
      organisation: pick(organisationIds),
      searchText: fold(`${Object.values(title).join(' ')} ${template.searchText as string}`),
    }
  })

  const day = 86_400_000
  const organiserOf = new Map<number | string, number | string>()
  const eventIds = await bulkCreate('events', benchSize.events, (index) => {
    const template = pick(eventTemplates)
    // two in five in the past, the rest over the next two years
    const startsAt = new Date(Date.now() + Math.round((rand() * 5 - 2) * 365) * day)
    startsAt.setUTCHours(8 + Math.floor(rand() * 8), 0, 0, 0)
    const title = Object.fromEntries(
      Object.entries(template.title as Doc).map(([locale, value]) => [
        locale,
        `${value as string} (${index + 1})`,
      ]),
    )
    return {
      ...cloneDoc(template),
      title,
      slug: `bench-event-${index + 1}`,
      startsAt: startsAt.toISOString(),
      endsAt: new Date(startsAt.getTime() + 3 * 3_600_000).toISOString(),
      organisation: organiserOf.set(index, pick(organisationIds)).get(index),
      // one in three with a limit, so the pages count seats; the seat documents themselves are
      // only written by new registrations, which the benchmark does not make
      capacity: index % 3 === 0 && index > 0 ? 40 : null,
      searchText: fold(`${Object.values(title).join(' ')} ${template.searchText as string}`),
    }
  })

  // registrations are one flat table: written in multi-row inserts, 50,000 in seconds
  // the first event has a door list of DOOR_LIST_SIZE people (doorList.ts times it); the rest
  // are spread evenly
  const doorList = Math.min(DOOR_LIST_SIZE, benchSize.registrations)
  const perEvent = Math.ceil(
    (benchSize.registrations - doorList) / Math.max(1, eventIds.length - 1),
  )
  const { drizzle, tables } = payload.db as unknown as {
    drizzle: { insert: (table: unknown) => { values: (rows: Doc[]) => Promise<unknown> } }
    tables: Record<string, unknown>
  }
  for (let start = 0; start < benchSize.registrations; start += 500) {
    const rows = Array.from(
      { length: Math.min(500, benchSize.registrations - start) },
      (_, offset) => {
        const index = start + offset
        const now = new Date().toISOString()
        const eventIndex =
          index < doorList
            ? 0
            : 1 + (Math.floor((index - doorList) / perEvent) % Math.max(1, eventIds.length - 1))
        return {
          event: eventIds[eventIndex],
          organiser: organiserOf.get(eventIndex),
          name: `Participant ${index + 1}`,
          email: `participant-${index + 1}@example.org`,
          consent: true,
          language: pick(['sk', 'cs', 'hu', 'en']),
          status: 'confirmed',
          token: randomBytes(24).toString('base64url'),
          createdAt: now,
          updatedAt: now,
        }
      },
    )
    await drizzle.insert(tables.event_registrations).values(rows)
    progress('event-registrations', start + rows.length, benchSize.registrations)
  }
} finally {
  await payload.destroy()
}
process.exit(0)
