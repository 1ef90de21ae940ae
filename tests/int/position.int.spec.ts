import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { locales } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import national from '@/registry/data/municipalities.json'
import { municipalityPosition } from '@/registry/municipalityPositions'
import { type Bounds, positionProblem, storeRegionBounds } from '@/registry/position'
import { registerApplicant, registrationLimiter } from '@/registry/registration'
import { centres } from '@/seed/data/centres'
import { regionBounds } from '@/seed/data/regionBounds'
import { regions } from '@/seed/data/regions'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'

const box = (code: string): Bounds => {
  const [south, west, north, east] = regionBounds[code]
  return { south, west, north, east }
}
const countryOf = (code: string) => regions.find((region) => region.code === code)!.country
const countryBoxes = (code: string) =>
  regions.filter((region) => region.country === countryOf(code)).map((region) => box(region.code))
const check = (latitude: number, longitude: number, code: string) =>
  positionProblem(latitude, longitude, box(code), countryBoxes(code))

// county seats and other towns, from their Wikipedia coordinates
const towns: [string, string, number, number][] = [
  ['Bratislava', 'SK010', 48.1486, 17.1077],
  ['Trnava', 'SK021', 48.3774, 17.5883],
  ['Trenčín', 'SK022', 48.8945, 18.0444],
  ['Nitra', 'SK023', 48.3069, 18.0864],
  ['Komárno', 'SK023', 47.7629, 18.1289],
  ['Žilina', 'SK031', 49.2231, 18.7394],
  ['Banská Bystrica', 'SK032', 48.7363, 19.1462],
  ['Prešov', 'SK041', 48.9985, 21.2339],
  ['Snina', 'SK041', 48.9881, 22.1567],
  ['Košice', 'SK042', 48.7164, 21.2611],
  ['Praha', 'CZ010', 50.0755, 14.4378],
  ['Kladno', 'CZ020', 50.1473, 14.1029],
  ['České Budějovice', 'CZ031', 48.9745, 14.4743],
  ['Plzeň', 'CZ032', 49.7384, 13.3736],
  ['Karlovy Vary', 'CZ041', 50.2319, 12.8713],
  ['Aš', 'CZ041', 50.2239, 12.195],
  ['Chomutov', 'CZ042', 50.4605, 13.4178],
  ['Liberec', 'CZ051', 50.7663, 15.0543],
  ['Hradec Králové', 'CZ052', 50.2092, 15.8328],
  ['Pardubice', 'CZ053', 50.0343, 15.7812],
  ['Jihlava', 'CZ063', 49.3961, 15.5912],
  ['Brno', 'CZ064', 49.1951, 16.6068],
  ['Olomouc', 'CZ071', 49.5938, 17.2509],
  ['Zlín', 'CZ072', 49.2265, 17.6707],
  ['Ostrava', 'CZ080', 49.8209, 18.2625],
  ['Budapest', 'HU110', 47.4979, 19.0402],
  ['Gödöllő', 'HU120', 47.5966, 19.3552],
  ['Székesfehérvár', 'HU211', 47.186, 18.4221],
  ['Tatabánya', 'HU212', 47.5692, 18.4048],
  ['Veszprém', 'HU213', 47.0933, 17.9115],
  ['Győr', 'HU221', 47.6875, 17.6504],
  ['Sopron', 'HU221', 47.6817, 16.5845],
  ['Szombathely', 'HU222', 47.2307, 16.6218],
  ['Zalaegerszeg', 'HU223', 46.8417, 16.8416],
  ['Pécs', 'HU231', 46.0727, 18.2323],
  ['Kaposvár', 'HU232', 46.3594, 17.7968],
  ['Szekszárd', 'HU233', 46.3474, 18.7062],
  ['Miskolc', 'HU311', 48.1035, 20.7784],
  ['Eger', 'HU312', 47.9025, 20.3772],
  ['Salgótarján', 'HU313', 48.0935, 19.7999],
  ['Debrecen', 'HU321', 47.5316, 21.6273],
  ['Szolnok', 'HU322', 47.1621, 20.1825],
  ['Nyíregyháza', 'HU323', 47.9554, 21.7167],
  ['Kecskemét', 'HU331', 46.9062, 19.6913],
  ['Békéscsaba', 'HU332', 46.6736, 21.0877],
  ['Szeged', 'HU333', 46.253, 20.1414],
]

describe('where a centre can be', () => {
  it('has a box for every NUTS 3 region of the three countries', () => {
    expect(Object.keys(regionBounds).sort()).toEqual(regions.map((region) => region.code).sort())
    for (const [code, [south, west, north, east]] of Object.entries(regionBounds)) {
      expect(south < north && west < east, code).toBe(true)
    }
  })

  it.each(towns)(
    'accepts %s in its region (%s) and suggests swapping the pair written the wrong way round',
    (_town, code, latitude, longitude) => {
      expect(check(latitude, longitude, code)).toBeNull()
      expect(check(longitude, latitude, code)).toBe('coordinatesSwapped')
    },
  )

  it('accepts every demo centre in its region', () => {
    const outside = centres.filter(
      (centre) => check(centre.latitude, centre.longitude, centre.regionCode) !== null,
    )
    expect(outside.map((centre) => centre.slug)).toEqual([])
  })

  it('refuses a point in another region of the country, and one abroad', () => {
    expect(check(49.1951, 16.6068, 'CZ063')).toBe('coordinatesOutsideRegion') // Brno is not in Vysočina
    expect(check(47.5316, 21.6273, 'HU222')).toBe('coordinatesOutsideRegion') // Debrecen is not in Vas
    expect(check(48.7164, 21.2611, 'SK010')).toBe('coordinatesOutsideRegion') // Košice is not in Bratislava's region
    expect(check(48.2082, 16.3738, 'SK010')).toBe('coordinatesOutsideCountry') // Vienna
    expect(check(50.0647, 19.945, 'SK031')).toBe('coordinatesOutsideCountry') // Kraków
    expect(check(47.2307, 16.6218, 'SK042')).toBe('coordinatesOutsideCountry') // Szombathely for Košice
    expect(check(0, 0, 'CZ064')).toBe('coordinatesOutsideCountry')
  })
})

describe('the municipalities’ positions (no online geocoding)', () => {
  const rows = national.rows as [string, string, number, number][]

  it('covers every region of the three countries with the places of 1,000 or more inhabitants', () => {
    const perRegion = new Map<string, number>()
    for (const [, code] of rows) perRegion.set(code, (perRegion.get(code) ?? 0) + 1)
    expect([...perRegion.keys()].sort()).toEqual(regions.map((region) => region.code).sort())
    // Slovakia, Czechia and Hungary have about 600, 1,500 and 1,100 such places
    expect(rows.length).toBeGreaterThan(3000)
  })

  it('puts every place inside its own region’s box (a wrong region mapping fails here)', () => {
    const outside = rows.filter(
      ([, code, latitude, longitude]) => check(latitude, longitude, code) !== null,
    )
    expect(outside).toEqual([])
  })

  it('finds a village by its name however it is typed, and only in its own region', () => {
    // Žehra (Spiš, Košice region), a village the demo registry does not have
    expect(municipalityPosition('Žehra', 'SK042')).toEqual({
      latitude: 48.9796,
      longitude: 20.7917,
    })
    expect(municipalityPosition('  ZEHRA ', 'SK042')).toEqual({
      latitude: 48.9796,
      longitude: 20.7917,
    })
    expect(municipalityPosition('Žehra', 'SK041')).toBeUndefined()
    expect(municipalityPosition('Nowhere at all', 'SK042')).toBeUndefined()
    expect(municipalityPosition('', 'SK042')).toBeUndefined()
  })

  it('keeps the demo towns’ checked positions, and offers none for a name two places share', () => {
    expect(municipalityPosition('Košice', 'SK042')).toEqual({
      latitude: 48.7164,
      longitude: 21.2611,
    })
    // two villages called Roztoky lie in the Central Bohemian Region
    expect(rows.filter(([name, code]) => name === 'Roztoky' && code === 'CZ020')).toHaveLength(2)
    expect(municipalityPosition('Roztoky', 'CZ020')).toBeUndefined()
  })
})

describe('the position is checked on the server', () => {
  let ctx: TestPayload
  let payload: Payload
  const regionIds = new Map<string, number | string>()

  beforeAll(async () => {
    ctx = await bootPayload()
    payload = ctx.payload
    for (const code of ['HU222', 'SK042', 'CZ064']) {
      const [south, west, north, east] = regionBounds[code]
      const region = await payload.create({
        collection: 'regions',
        data: { code, country: countryOf(code), name: code, bounds: { south, west, north, east } },
      })
      regionIds.set(code, region.id)
    }
  })

  beforeEach(() => registrationLimiter.reset())

  afterAll(async () => {
    await ctx?.cleanup()
  })

  const form = (overrides: Record<string, string>) => ({
    name: 'Kovács Anna',
    email: `anna.${Math.random()}@example.test`,
    password: 'a long enough password',
    consent: 'on',
    organisationMode: 'new',
    organisationName: `Szombathelyi Egyesület ${Math.random()}`,
    organisationKind: 'ngo',
    country: 'HU',
    centreName: `Közösségi Ház ${Math.random()}`,
    centreMunicipality: 'Szombathely',
    region: 'HU222',
    homepage: '',
    ...overrides,
  })

  it('refuses Szombathely at 16.62, 47.23 on the registration form, suggesting the swap, with every other error', async () => {
    const swapped = await registerApplicant(
      payload,
      form({ latitude: '16.6218', longitude: '47.2307', centreName: '' }),
      { locale: 'hu', ip: '10.9.0.1' },
    )
    expect(swapped).toMatchObject({
      status: 'error',
      errors: { latitude: 'coordinatesSwapped', centreName: 'required' },
    })
    const abroad = await registerApplicant(
      payload,
      form({ latitude: '48.2082', longitude: '16.3738' }),
      { locale: 'hu', ip: '10.9.0.1' },
    )
    expect(abroad).toMatchObject({
      status: 'error',
      errors: { latitude: 'coordinatesOutsideCountry' },
    })
    const right = await registerApplicant(
      payload,
      form({ latitude: '47,2307', longitude: '16,6218' }),
      { locale: 'hu', ip: '10.9.0.1' },
    )
    expect(right).toEqual({ status: 'success' })
  })

  it('places a centre registered without coordinates at its municipality, from the national table', async () => {
    const centreName = `Közösségi Ház Kőszeg ${Math.random()}`
    const result = await registerApplicant(
      payload,
      form({ centreName, centreMunicipality: 'Kőszeg' }),
      { locale: 'hu', ip: '10.9.0.2' },
    )
    expect(result).toEqual({ status: 'success' })
    const { docs } = await payload.find({
      collection: 'centres',
      where: { name: { equals: centreName } },
      overrideAccess: true,
    })
    const [kőszeg] = (national.rows as [string, string, number, number][]).filter(
      ([name, code]) => name === 'Kőszeg' && code === 'HU222',
    )
    expect(kőszeg).toBeDefined()
    expect(docs[0]).toMatchObject({ latitude: kőszeg[2], longitude: kőszeg[3] })
  })

  it('stores the current boxes on regions saved with older ones (the migration after a box changes)', async () => {
    const id = regionIds.get('SK042')!
    await payload.update({
      collection: 'regions',
      id,
      data: { bounds: { south: 48.4, west: 20.1, north: 49, east: 22.2 } },
    })
    await storeRegionBounds(payload)
    const region = await payload.findByID({ collection: 'regions', id })
    const [south, west, north, east] = regionBounds.SK042
    expect(region.bounds).toMatchObject({ south, west, north, east })
  })

  it('refuses a region box whose edges are out of order or out of range', async () => {
    for (const bounds of [
      { south: 49, west: 20, north: 48, east: 22 },
      { south: 48, west: 22, north: 49, east: 20 },
      { south: 48, west: 20, north: 95, east: 22 },
    ]) {
      await expect(
        payload.create({
          collection: 'regions',
          data: { code: 'SK041', country: 'SK', name: 'Prešovský kraj', bounds },
        }),
      ).rejects.toMatchObject({ name: 'ValidationError' })
    }
  })

  it('refuses a swapped position in the admin beside the latitude, in the editor’s language, for new and existing centres', async () => {
    const editor = await createUser(payload, ['editor'])
    const organisation = await payload.create({
      collection: 'organisations',
      data: {
        name: 'Košická charita',
        kind: 'charity',
        country: 'SK',
        status: 'published',
      } as never,
    })
    const centre = (latitude: number, longitude: number) => ({
      organisation: organisation.id,
      name: `Centrum ${Math.random()}`,
      address: { municipality: 'Košice' },
      region: regionIds.get('SK042')!,
      latitude,
      longitude,
      status: 'pending' as const,
    })
    const refused = await payload
      .create({
        collection: 'centres',
        data: centre(21.2611, 48.7164) as never,
        overrideAccess: false,
        user: editor,
      })
      .catch((error: unknown) => error)
    expect(refused).toMatchObject({ name: 'ValidationError' })
    const errors = (refused as { data: { errors: { path: string; message: string }[] } }).data
      .errors
    expect(errors.map((error) => error.path)).toEqual(['latitude'])
    expect(
      locales.map((locale) => getT(locale, 'register')('errors.coordinatesSwapped')),
    ).toContain(errors[0].message)

    const stored = await payload.create({
      collection: 'centres',
      data: centre(48.7164, 21.2611) as never,
      overrideAccess: false,
      user: editor,
    })
    await expect(
      payload.update({
        collection: 'centres',
        id: stored.id,
        data: { region: regionIds.get('CZ064') as number },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ name: 'ValidationError' })
    const moved = await payload.update({
      collection: 'centres',
      id: stored.id,
      data: { region: regionIds.get('CZ064') as number, latitude: 49.1951, longitude: 16.6068 },
      overrideAccess: false,
      user: editor,
    })
    expect(moved).toMatchObject({ latitude: 49.1951, country: 'CZ' })
  })
})
