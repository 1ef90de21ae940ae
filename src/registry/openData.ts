import type { Payload } from 'payload'

import { readServerUrl } from '@/config/environment'
import type { Locale } from '@/i18n/locales'
import { pageBoundary } from '@/utilities/bulkRead'
import { byId, idFrom } from '@/utilities/ids'
import { type Sheet, toLocaleCsv, toXlsx } from '@/utilities/spreadsheet'
import { type Term, taxonomy } from '@/utilities/taxonomies'

import type { Interval } from './openingHours'

export const OPEN_DATA_LICENCE = 'CC-BY-4.0'

/** The files under /api/open-data/, each in every language (?locale=). */
export const openDataFiles = ['centres.json', 'centres.csv', 'centres.xlsx', 'hsds.json'] as const
export type OpenDataFile = (typeof openDataFiles)[number]

/** The institution's public phone, e-mail and website (never a contact person's). */
export type PublicContacts = { phone: string | null; email: string | null; website: string | null }

const publicContactsOf = (record: {
  phone?: string | null
  email?: string | null
  website?: string | null
}): PublicContacts => ({
  phone: record.phone ?? null,
  email: record.email ?? null,
  website: record.website ?? null,
})

export type OpenCentre = {
  id: string
  slug: string
  name: string
  url: string
  summary: string | null
  contacts: PublicContacts
  organisation: {
    id: string
    name: string
    slug: string
    kind: string
    website: string | null
    contacts: PublicContacts
  }
  country: string
  region: { code: string; name: string }
  address: { street: string | null; postcode: string | null; municipality: string }
  latitude: number | null
  longitude: number | null
  services: { code: string; name: string; legalBasis: string | null }[]
  targetGroups: { code: string; name: string; ageFrom: number | null; ageTo: number | null }[]
  languages: string[]
  forms: string[]
  openingHours: Interval[]
  contactPerson: { name: string | null; phone: string | null; email: string | null } | null
  updatedAt: string
}

const PAGE = 500

/**
 * Published centres only, read as an anonymous visitor, so access rules and privacy hooks apply;
 * in name order. Read in pages by id, each page made into rows before the next is read: 50,000
 * of them at once took more memory than the rest of the server.
 */
export async function loadOpenCentres(payload: Payload, locale: Locale): Promise<OpenCentre[]> {
  const [regions, services, targetGroups] = await Promise.all([
    taxonomy(payload, 'regions', locale),
    taxonomy(payload, 'service-types', locale),
    taxonomy(payload, 'target-groups', locale),
  ])
  const terms = {
    regions: byId(regions),
    services: byId(services),
    targetGroups: byId(targetGroups),
  }
  const rows: OpenCentre[] = []
  const collect = pageBoundary()
  let after: number | string | undefined
  for (;;) {
    const page = await readOpenCentres(payload, locale, terms, after)
    rows.push(...page.rows)
    collect()
    if (page.read < PAGE) break
    after = page.last
  }
  // the order the database's `sort: 'name'` gave (binary, by code unit), ties by id
  return rows.sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  )
}

type TermsById = {
  regions: Map<string, Term>
  services: Map<string, Term & { legalBasis?: string | null }>
  targetGroups: Map<string, Term>
}

/** The public fields of the page's organisations, read once for the page. */
async function readOrganisations(payload: Payload, ids: (number | string)[]) {
  if (ids.length === 0) return new Map<string, OpenCentre['organisation']>()
  const { docs } = await payload.find({
    collection: 'organisations',
    overrideAccess: false,
    user: null,
    depth: 0,
    pagination: false,
    where: { id: { in: ids } },
    select: { name: true, slug: true, kind: true, phone: true, email: true, website: true },
  })
  return new Map(
    docs.map((organisation) => [
      String(organisation.id),
      {
        id: String(organisation.id),
        name: organisation.name,
        slug: organisation.slug,
        kind: organisation.kind,
        website: organisation.website ?? null,
        contacts: publicContactsOf(organisation),
      },
    ]),
  )
}

async function readOpenCentres(
  payload: Payload,
  locale: Locale,
  terms: TermsById,
  after: number | string | undefined,
): Promise<{ rows: OpenCentre[]; read: number; last?: number | string }> {
  // depth 0 and the page's organisations and the vocabularies joined here: Payload's population
  // of 10,000 centres (each organisation, region, service and group read and copied per centre)
  // took 16 s and raised the server's peak memory by 230 MB
  const { docs } = await payload.find({
    collection: 'centres',
    overrideAccess: false,
    user: null,
    locale,
    depth: 0,
    pagination: false,
    limit: PAGE,
    sort: 'id',
    ...(after === undefined ? {} : { where: { id: { greater_than: after } } }),
    select: {
      slug: true,
      name: true,
      summary: true,
      phone: true,
      email: true,
      website: true,
      organisation: true,
      country: true,
      region: true,
      address: true,
      latitude: true,
      longitude: true,
      services: true,
      targetGroups: true,
      languages: true,
      forms: true,
      openingHours: true,
      contactPerson: true,
      updatedAt: true,
    },
  })
  const organisations = await readOrganisations(payload, [
    ...new Set(docs.map((centre) => idFrom(centre.organisation)).filter((id) => id != null)),
  ])
  const unreadable = {
    id: '',
    name: '',
    slug: '',
    kind: '',
    website: null,
    contacts: publicContactsOf({}),
  }
  const base = readServerUrl()
  const rows = docs.map((centre): OpenCentre => {
    const region = terms.regions.get(String(idFrom(centre.region)))
    return {
      id: String(centre.id),
      slug: centre.slug,
      name: centre.name,
      url: `${base}/${locale}/centres/${centre.slug}`,
      summary: centre.summary ?? null,
      contacts: publicContactsOf(centre),
      organisation: organisations.get(String(idFrom(centre.organisation))) ?? unreadable,
      country: centre.country ?? '',
      region: { code: region?.code ?? '', name: region?.name ?? '' },
      address: {
        street: centre.address?.street ?? null,
        postcode: centre.address?.postcode ?? null,
        municipality: centre.address?.municipality ?? '',
      },
      latitude: centre.latitude ?? null,
      longitude: centre.longitude ?? null,
      services: (centre.services ?? [])
        .map((service) => terms.services.get(String(idFrom(service))))
        .filter((service) => service !== undefined)
        .map((s) => ({ code: s.code, name: s.name, legalBasis: s.legalBasis ?? null })),
      targetGroups: (centre.targetGroups ?? []).flatMap((row) => {
        const group = terms.targetGroups.get(String(idFrom(row.targetGroup)))
        return group
          ? [
              {
                code: group.code,
                name: group.name,
                ageFrom: row.ageFrom ?? null,
                ageTo: row.ageTo ?? null,
              },
            ]
          : []
      }),
      languages: centre.languages ?? [],
      forms: centre.forms ?? [],
      openingHours: ((centre.openingHours ?? []) as Interval[]).map(({ day, opens, closes }) => ({
        day,
        opens,
        closes,
      })),
      contactPerson: centre.contactPerson?.name
        ? {
            name: centre.contactPerson.name ?? null,
            phone: centre.contactPerson.phone ?? null,
            email: centre.contactPerson.email ?? null,
          }
        : null,
      updatedAt: centre.updatedAt,
    }
  })
  return { rows, read: docs.length, last: docs.at(-1)?.id }
}

const osmDay = {
  mon: 'Mo',
  tue: 'Tu',
  wed: 'We',
  thu: 'Th',
  fri: 'Fr',
  sat: 'Sa',
  sun: 'Su',
} as const

/** Opening hours in OpenStreetMap's `opening_hours` syntax, e.g. "Mo 09:00-12:00,13:00-17:00". */
export function toOsmOpeningHours(intervals: Interval[]): string {
  return (Object.keys(osmDay) as (keyof typeof osmDay)[])
    .map((day) => {
      const list = intervals
        .filter((i) => i.day === day)
        .sort((a, b) => a.opens.localeCompare(b.opens))
      return list.length
        ? `${osmDay[day]} ${list.map((i) => `${i.opens}-${i.closes}`).join(',')}`
        : ''
    })
    .filter(Boolean)
    .join('; ')
}

/** The columns of centres.csv and centres.xlsx, named for machines (the same in every language). */
export const csvColumns = [
  'id',
  'name',
  'url',
  'phone',
  'email',
  'website',
  'organisation',
  'organisation_kind',
  'organisation_phone',
  'organisation_email',
  'organisation_website',
  'country',
  'region_code',
  'region',
  'municipality',
  'street',
  'postcode',
  'latitude',
  'longitude',
  'services',
  'service_names',
  'target_groups',
  'target_group_names',
  'languages',
  'forms',
  'opening_hours',
  'updated_at',
] as const

function centresSheet(centres: OpenCentre[]): Sheet {
  return {
    name: 'centres',
    header: csvColumns,
    rows: centres.map((c) => [
      c.id,
      c.name,
      c.url,
      c.contacts.phone,
      c.contacts.email,
      c.contacts.website,
      c.organisation.name,
      c.organisation.kind,
      c.organisation.contacts.phone,
      c.organisation.contacts.email,
      c.organisation.contacts.website,
      c.country,
      c.region.code,
      c.region.name,
      c.address.municipality,
      c.address.street,
      c.address.postcode,
      c.latitude,
      c.longitude,
      c.services.map((s) => s.code).join('|'),
      c.services.map((s) => s.name).join('|'),
      c.targetGroups.map((g) => g.code).join('|'),
      c.targetGroups.map((g) => g.name).join('|'),
      c.languages.join('|'),
      c.forms.join('|'),
      toOsmOpeningHours(c.openingHours),
      new Date(c.updatedAt),
    ]),
  }
}

/** centres.csv in the conventions of the language's spreadsheets (see toLocaleCsv). */
export const toCsv = (centres: OpenCentre[], locale: Locale) =>
  toLocaleCsv(centresSheet(centres), locale)

export const toCentresXlsx = (centres: OpenCentre[], locale: Locale) =>
  toXlsx(centresSheet(centres), locale)

const hsdsWeekday = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
} as const

/**
 * An Open Referral HSDS 3.0–shaped export: organizations, locations, services and the
 * service_at_location links, with schedules in its RFC 5545 weekday codes.
 */
export function toHsds(centres: OpenCentre[]) {
  const organizations = new Map<string, object>()
  const locations: object[] = []
  const services: object[] = []
  const serviceAtLocations: object[] = []
  for (const c of centres) {
    organizations.set(c.organisation.id, {
      id: `org-${c.organisation.id}`,
      name: c.organisation.name,
      website: c.organisation.contacts.website ?? c.organisation.website,
      email: c.organisation.contacts.email,
      phones: c.organisation.contacts.phone ? [{ number: c.organisation.contacts.phone }] : [],
    })
    const locationId = `loc-${c.id}`
    locations.push({
      id: locationId,
      organization_id: `org-${c.organisation.id}`,
      location_type: 'physical',
      name: c.name,
      description: c.summary,
      url: c.url,
      latitude: c.latitude,
      longitude: c.longitude,
      languages: c.languages.map((code) => ({ code })),
      addresses: [
        {
          address_type: 'physical',
          address_1: c.address.street ?? '',
          city: c.address.municipality,
          region: c.region.name,
          state_province: c.region.code,
          postal_code: c.address.postcode ?? '',
          country: c.country,
        },
      ],
      schedules: c.openingHours.map((i) => ({
        freq: 'WEEKLY',
        byday: hsdsWeekday[i.day],
        opens_at: i.opens,
        closes_at: i.closes,
      })),
    })
    for (const service of c.services) {
      const serviceId = `svc-${c.id}-${service.code}`
      services.push({
        id: serviceId,
        organization_id: `org-${c.organisation.id}`,
        name: service.name,
        description: c.summary,
        url: c.url,
        status: 'active',
        legislation: service.legalBasis,
        attributes: c.targetGroups.map((g) => ({
          taxonomy_term: { code: g.code, name: g.name, taxonomy: 'target-groups' },
          value: g.ageFrom !== null && g.ageTo !== null ? `${g.ageFrom}-${g.ageTo}` : null,
        })),
      })
      serviceAtLocations.push({
        id: `sal-${c.id}-${service.code}`,
        service_id: serviceId,
        location_id: locationId,
      })
    }
  }
  return {
    version: '3.0',
    licence: OPEN_DATA_LICENCE,
    organizations: [...organizations.values()],
    locations,
    services,
    service_at_locations: serviceAtLocations,
  }
}
