import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { getT } from '@/i18n/server'
import { FormAllowance } from '@/security/rateLimit'
import { registerApplicant, registrationLimiter } from '@/registry/registration'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

let ctx: TestPayload
let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>>

const valid = (overrides: Record<string, string | string[] | undefined> = {}) => {
  const values: Record<string, string | string[]> = {
    name: 'Jana Horváthová',
    email: 'jana@spolu.example',
    password: 'a long enough password',
    consent: 'on',
    organisationMode: 'new',
    organisationName: 'Spolu, o. z.',
    organisationKind: 'ngo',
    country: 'SK',
    registrationNumber: '35541016',
    organisationMunicipality: 'Košice',
    website: 'https://spolu.example',
    organisationEmail: '',
    phone: '',
    centreName: 'Komunitné centrum Luník IX',
    centreSummary: 'Doučovanie a klub pre mládež.',
    centreStreet: '',
    centrePostcode: '',
    centreMunicipality: 'Košice',
    region: 'SK042',
    services: ['sk-448-community-centre'],
    latitude: '48.7',
    longitude: '21.23',
    homepage: '',
  }
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) delete values[key]
    else values[key] = value
  }
  return values
}

const counts = async () =>
  Promise.all(
    (['users', 'organisations', 'centres'] as const).map(
      async (collection) => (await payload.count({ collection })).totalDocs,
    ),
  )

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SERVER_URL: 'http://platform.test',
  })
  payload = ctx.payload
  await payload.create({
    collection: 'regions',
    data: { code: 'SK042', country: 'SK', name: 'Košický kraj' },
  })
  await payload.create({
    collection: 'service-types',
    data: { code: 'sk-448-community-centre', country: 'SK', name: 'Komunitné centrum' },
  })
  await payload.create({
    collection: 'organisations',
    data: {
      name: 'Mesto Trebišov',
      slug: 'mesto-trebisov',
      kind: 'municipality',
      country: 'SK',
      status: 'published',
    } as never,
  })
})

beforeEach(() => registrationLimiter.reset())

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('registration', () => {
  it('stores a pending representative, organisation and centre and mails a verification link in the applicant’s language', async () => {
    const result = await registerApplicant(payload, valid(), { locale: 'hu', ip: '10.0.0.1' })
    expect(result).toEqual({ status: 'success' })
    const user = (
      await payload.find({
        collection: 'users',
        where: { email: { equals: 'jana@spolu.example' } },
      })
    ).docs[0]
    expect(user).toMatchObject({ roles: ['ngo'], preferredLanguage: 'hu', _verified: false })
    const organisation = (
      await payload.find({ collection: 'organisations', where: { slug: { equals: 'spolu-o-z' } } })
    ).docs[0]
    expect(organisation).toMatchObject({ status: 'pending', registrationNumber: '35541016' })
    const centre = (
      await payload.find({
        collection: 'centres',
        where: { name: { equals: 'Komunitné centrum Luník IX' } },
      })
    ).docs[0]
    expect(centre).toMatchObject({ status: 'pending', latitude: 48.7, country: 'SK' })
    // nothing of it is public
    const publicCentres = await payload.find({
      collection: 'centres',
      overrideAccess: false,
      user: null,
    })
    expect(publicCentres.docs.map((doc) => doc.id)).not.toContain(centre.id)

    const mail = await sink.waitFor((m) => m.subject === 'Erősítse meg e-mail-címét')
    const link = /http:\/\/platform\.test\/hu\/register\/verify\?token=([\w%-]+)/.exec(
      String(mail.html),
    )
    expect(link).not.toBeNull()
    await payload.verifyEmail({ collection: 'users', token: decodeURIComponent(link![1]) })
    const verified = await payload.findByID({ collection: 'users', id: user.id })
    expect(verified._verified).toBe(true)
  })

  it('refuses to publish while the representative has not confirmed their e-mail', async () => {
    const result = await registerApplicant(
      payload,
      valid({
        email: 'unverified@example.test',
        registrationNumber: '',
        organisationName: 'Nepotvrdená',
        centreName: 'Centrum X',
      }),
      { locale: 'sk', ip: '10.0.0.9' },
    )
    expect(result).toEqual({ status: 'success' })
    const editor = await createUser(payload, ['editor'])
    const organisation = (
      await payload.find({
        collection: 'organisations',
        where: { name: { equals: 'Nepotvrdená' } },
      })
    ).docs[0]
    await expect(
      payload.update({
        collection: 'organisations',
        id: organisation.id,
        data: { status: 'published' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const centre = (
      await payload.find({ collection: 'centres', where: { name: { equals: 'Centrum X' } } })
    ).docs[0]
    await expect(
      payload.update({
        collection: 'centres',
        id: centre.id,
        data: { status: 'published' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await payload.findByID({ collection: 'centres', id: centre.id })).status).toBe(
      'pending',
    )
  })

  it('tells the representative, in their language, when an editor approves or rejects', async () => {
    const editor = await createUser(payload, ['editor'])
    const organisation = (
      await payload.find({ collection: 'organisations', where: { slug: { equals: 'spolu-o-z' } } })
    ).docs[0]
    await payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    await sink.waitFor((m) => m.subject === 'Regisztrációját jóváhagytuk')
    const centre = (
      await payload.find({
        collection: 'centres',
        where: { name: { equals: 'Komunitné centrum Luník IX' } },
      })
    ).docs[0]
    await payload.update({
      collection: 'centres',
      id: centre.id,
      data: { status: 'rejected', moderationNote: 'Chýba adresa.' },
      overrideAccess: false,
      user: editor,
    })
    const rejection = await sink.waitFor((m) => m.subject === 'Regisztrációját nem hagytuk jóvá')
    expect(rejection.html).toContain('Chýba adresa.')
  })

  it('refuses a second organisation with the same number, and says nothing about the known e-mail', async () => {
    const before = await counts()
    const result = await registerApplicant(payload, valid({ email: 'JANA@spolu.example ' }), {
      locale: 'sk',
      ip: '10.0.0.2',
    })
    expect(result).toMatchObject({
      status: 'error',
      errors: { registrationNumber: 'duplicateRegistration' },
    })
    expect(result.status === 'error' && Object.keys(result.errors)).toEqual(['registrationNumber'])
    expect(await counts()).toEqual(before)
  })

  it.each([
    ['a missing name', { name: '' }, { name: 'required' }],
    ['a malformed e-mail', { email: 'jana@' }, { email: 'email' }],
    ['a short password', { password: 'short' }, { password: 'password' }],
    ['no consent', { consent: undefined }, { consent: 'consent' }],
    ['HTML in a text field', { centreName: '<script>alert(1)</script>' }, { centreName: 'html' }],
    [
      'an invalid Slovak IČO',
      { registrationNumber: '1234' },
      { registrationNumber: 'registrationNumber' },
    ],
    [
      'an invalid Czech IČO',
      { country: 'CZ', registrationNumber: '70890748' },
      { registrationNumber: 'registrationNumber' },
    ],
    [
      'an invalid adószám',
      { country: 'HU', registrationNumber: '15733398-2-18' },
      { registrationNumber: 'registrationNumber' },
    ],
    ['a latitude out of range', { latitude: '123' }, { latitude: 'latitude' }],
    ['a longitude that is not a number', { longitude: 'east' }, { longitude: 'longitude' }],
    ['an unknown region', { region: 'XX999' }, { region: 'choice' }],
    ['an unknown organisation kind', { organisationKind: 'cult' }, { organisationKind: 'choice' }],
    ['a website without a scheme', { website: 'spolu.example' }, { website: 'website' }],
    ['an overlong summary', { centreSummary: 'x'.repeat(601) }, { centreSummary: 'tooLong' }],
  ])('refuses %s with a field error and stores nothing', async (_what, overrides, expected) => {
    const before = await counts()
    const result = await registerApplicant(
      payload,
      valid({ email: `other-${Math.random()}@example.test`, registrationNumber: '', ...overrides }),
      { locale: 'sk', ip: '10.0.0.3' },
    )
    expect(result.status).toBe('error')
    expect(result.status === 'error' && result.errors).toMatchObject(expected)
    expect(result.status === 'error' && result.values.password).toBeUndefined()
    expect(await counts()).toEqual(before)
  })

  it('files a request to represent an existing organisation for an editor to approve', async () => {
    const result = await registerApplicant(
      payload,
      valid({
        email: 'peter@trebisov.example',
        organisationMode: 'existing',
        existingOrganisation: 'mesto-trebisov',
        centreName: 'Komunitné centrum Trebišov',
      }),
      { locale: 'sk', ip: '10.0.0.4' },
    )
    expect(result).toEqual({ status: 'success' })
    const trebisov = (
      await payload.find({
        collection: 'organisations',
        where: { slug: { equals: 'mesto-trebisov' } },
      })
    ).docs[0]
    expect(trebisov.representatives ?? []).toEqual([])
    expect(trebisov.pendingRepresentatives).toHaveLength(1)
    expect(trebisov.status).toBe('published')
  })

  it('stores nothing for a filled honeypot, yet answers as if it worked', async () => {
    const before = await counts()
    const result = await registerApplicant(
      payload,
      valid({ email: 'bot@example.test', homepage: 'http://spam' }),
      {
        locale: 'sk',
        ip: '10.0.0.5',
      },
    )
    expect(result).toEqual({ status: 'success' })
    expect(await counts()).toEqual(before)
  })

  it('reports every error in one answer: the IČO check digit beside the missing fields', async () => {
    const result = await registerApplicant(
      payload,
      valid({
        email: 'all-at-once@example.test',
        name: '',
        consent: undefined,
        country: 'CZ',
        registrationNumber: '70890748',
        region: '',
      }),
      { locale: 'sk', ip: '10.0.0.10' },
    )
    expect(result).toMatchObject({
      status: 'error',
      errors: {
        name: 'required',
        consent: 'consent',
        registrationNumber: 'registrationNumber',
        region: 'required',
      },
    })
    // and what was typed comes back, choices included, the password excepted
    expect(result.status === 'error' && result.values).toMatchObject({
      country: 'CZ',
      organisationKind: 'ngo',
      services: ['sk-448-community-centre'],
    })
    expect(result.status === 'error' && result.values.password).toBeUndefined()
  })

  it('checks the other fields when the organisation mode is missing, and the claimed organisation with them', async () => {
    const none = await registerApplicant(
      payload,
      valid({ organisationMode: undefined, email: 'x' }),
      { locale: 'sk', ip: '10.0.0.11' },
    )
    expect(none).toMatchObject({
      status: 'error',
      errors: { organisationMode: 'required', email: 'email' },
    })
    const unknown = await registerApplicant(
      payload,
      valid({
        organisationMode: 'existing',
        existingOrganisation: 'no-such-organisation',
        centreName: '',
      }),
      { locale: 'sk', ip: '10.0.0.11' },
    )
    expect(unknown).toMatchObject({
      status: 'error',
      errors: { existingOrganisation: 'choice', centreName: 'required' },
    })
  })

  it('does not count refused attempts against the five registrations an hour', async () => {
    for (let i = 0; i < 12; i += 1) {
      const refused = await registerApplicant(
        payload,
        valid({ email: 'typo@', registrationNumber: '' }),
        { locale: 'sk', ip: '10.0.0.6' },
      )
      expect(refused).toMatchObject({ status: 'error', errors: { email: 'email' } })
    }
    const result = await registerApplicant(
      payload,
      valid({
        email: 'corrected@example.test',
        registrationNumber: '',
        organisationName: 'Opravená',
        centreName: 'Centrum opravené',
      }),
      { locale: 'sk', ip: '10.0.0.6' },
    )
    expect(result).toEqual({ status: 'success' })
  })

  it('limits registrations per IP address and says how many minutes remain', async () => {
    // the honeypot answers as a success and counts like one
    for (let i = 0; i < 5; i += 1) {
      expect(
        await registerApplicant(payload, valid({ homepage: 'http://spam' }), {
          locale: 'sk',
          ip: '10.0.0.7',
        }),
      ).toEqual({ status: 'success' })
    }
    const result = await registerApplicant(payload, valid(), { locale: 'sk', ip: '10.0.0.7' })
    expect(result).toMatchObject({
      status: 'error',
      errors: { form: 'rateLimited' },
      retryAfterMinutes: 60,
    })
  })

  it('stops a flood of refused attempts too', async () => {
    const results = []
    for (let i = 0; i < 31; i += 1)
      results.push(
        await registerApplicant(payload, valid({ email: 'x' }), { locale: 'sk', ip: '10.0.0.8' }),
      )
    expect(
      results.slice(0, 30).every((r) => r.status === 'error' && r.errors.email === 'email'),
    ).toBe(true)
    expect(results[30]).toMatchObject({ status: 'error', errors: { form: 'rateLimited' } })
  })
})

describe('the hourly allowance', () => {
  it('names the minutes until the oldest counted attempt leaves the hour', () => {
    const allowance = new FormAllowance(2, 5)
    const start = Date.parse('2026-12-01T10:00:00Z')
    allowance.accepted.record('a', start)
    allowance.accepted.record('a', start + 20 * 60_000)
    expect(allowance.waitMinutes('a', start + 25 * 60_000)).toBe(35)
    expect(allowance.waitMinutes('a', start + 59 * 60_000 + 1)).toBe(1)
    expect(allowance.waitMinutes('a', start + 60 * 60_000)).toBe(0)
    expect(allowance.waitMinutes('b', start)).toBe(0)
  })

  it('words the wait with each language’s plural forms', () => {
    expect(getT('sk', 'register')('errors.rateLimitedFor', { count: 1 })).toContain('1 minútu')
    expect(getT('sk', 'register')('errors.rateLimitedFor', { count: 3 })).toContain('3 minúty')
    expect(getT('sk', 'register')('errors.rateLimitedFor', { count: 35 })).toContain('35 minút')
    expect(getT('cs', 'events')('errors.rateLimitedFor', { count: 35 })).toContain('35 minut')
    expect(getT('hu', 'events')('errors.rateLimitedFor', { count: 35 })).toContain('35 perc')
    expect(getT('en', 'register')('errors.rateLimitedFor', { count: 1 })).toContain('1 minute.')
  })
})

describe('the position of a centre registered without coordinates', () => {
  const centreNamed = async (name: string) =>
    (
      await payload.find({
        collection: 'centres',
        where: { name: { equals: name } },
        limit: 1,
        depth: 0,
        select: { latitude: true, longitude: true },
      })
    ).docs[0]

  it('is its municipality’s, from the local table, whatever the accents typed', async () => {
    const result = await registerApplicant(
      payload,
      valid({
        email: 'trebisov.position@spolu.example',
        registrationNumber: '',
        centreName: 'Klub Trebišov',
        centreMunicipality: ' trebisov ',
        latitude: '',
        longitude: '',
      }),
      { locale: 'sk', ip: '10.0.9.1' },
    )
    expect(result).toEqual({ status: 'success' })
    expect(await centreNamed('Klub Trebišov')).toMatchObject({
      latitude: 48.6289,
      longitude: 21.719,
    })
  })

  it('stays empty where the table does not know the municipality, and typed ones win', async () => {
    await registerApplicant(
      payload,
      valid({
        email: 'nowhere.position@spolu.example',
        registrationNumber: '',
        centreName: 'Klub Neznáma',
        centreMunicipality: 'Neznáma Ves',
        latitude: '',
        longitude: '',
      }),
      { locale: 'sk', ip: '10.0.9.2' },
    )
    const unknown = await centreNamed('Klub Neznáma')
    expect(unknown).toBeDefined()
    expect(unknown.latitude ?? null).toBeNull()
    await registerApplicant(
      payload,
      valid({
        email: 'typed.position@spolu.example',
        registrationNumber: '',
        centreName: 'Klub Typed',
        latitude: '48.7',
        longitude: '21.23',
      }),
      { locale: 'sk', ip: '10.0.9.3' },
    )
    expect(await centreNamed('Klub Typed')).toMatchObject({ latitude: 48.7, longitude: 21.23 })
  })
})
