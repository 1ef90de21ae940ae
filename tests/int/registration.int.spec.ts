import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

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
  ctx = await bootPayload({ SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SERVER_URL: 'http://platform.test' })
  payload = ctx.payload
  await payload.create({ collection: 'regions', data: { code: 'SK042', country: 'SK', name: 'Košický kraj' } })
  await payload.create({
    collection: 'service-types',
    data: { code: 'sk-448-community-centre', country: 'SK', name: 'Komunitné centrum' },
  })
  await payload.create({
    collection: 'organisations',
    data: { name: 'Mesto Trebišov', slug: 'mesto-trebisov', kind: 'municipality', country: 'SK', status: 'published' } as never,
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
    const user = (await payload.find({ collection: 'users', where: { email: { equals: 'jana@spolu.example' } } })).docs[0]
    expect(user).toMatchObject({ roles: ['ngo'], preferredLanguage: 'hu', _verified: false })
    const organisation = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'spolu-o-z' } } })).docs[0]
    expect(organisation).toMatchObject({ status: 'pending', registrationNumber: '35541016' })
    const centre = (await payload.find({ collection: 'centres', where: { name: { equals: 'Komunitné centrum Luník IX' } } })).docs[0]
    expect(centre).toMatchObject({ status: 'pending', latitude: 48.7, country: 'SK' })
    // nothing of it is public
    const publicCentres = await payload.find({ collection: 'centres', overrideAccess: false, user: null })
    expect(publicCentres.docs.map((doc) => doc.id)).not.toContain(centre.id)

    const mail = await sink.waitFor((m) => m.subject === 'Erősítse meg e-mail-címét')
    const link = /http:\/\/platform\.test\/hu\/register\/verify\?token=([\w%-]+)/.exec(String(mail.html))
    expect(link).not.toBeNull()
    await payload.verifyEmail({ collection: 'users', token: decodeURIComponent(link![1]) })
    const verified = await payload.findByID({ collection: 'users', id: user.id })
    expect(verified._verified).toBe(true)
  })

  it('refuses to publish while the representative has not confirmed their e-mail', async () => {
    const result = await registerApplicant(
      payload,
      valid({ email: 'unverified@example.test', registrationNumber: '', organisationName: 'Nepotvrdená', centreName: 'Centrum X' }),
      { locale: 'sk', ip: '10.0.0.9' },
    )
    expect(result).toEqual({ status: 'success' })
    const editor = await createUser(payload, ['editor'])
    const organisation = (await payload.find({ collection: 'organisations', where: { name: { equals: 'Nepotvrdená' } } })).docs[0]
    await expect(
      payload.update({
        collection: 'organisations',
        id: organisation.id,
        data: { status: 'published' },
        overrideAccess: false,
        user: editor,
      }),
    ).rejects.toMatchObject({ status: 400 })
    const centre = (await payload.find({ collection: 'centres', where: { name: { equals: 'Centrum X' } } })).docs[0]
    await expect(
      payload.update({ collection: 'centres', id: centre.id, data: { status: 'published' }, overrideAccess: false, user: editor }),
    ).rejects.toMatchObject({ status: 400 })
    expect((await payload.findByID({ collection: 'centres', id: centre.id })).status).toBe('pending')
  })

  it('tells the representative, in their language, when an editor approves or rejects', async () => {
    const editor = await createUser(payload, ['editor'])
    const organisation = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'spolu-o-z' } } })).docs[0]
    await payload.update({
      collection: 'organisations',
      id: organisation.id,
      data: { status: 'published' },
      overrideAccess: false,
      user: editor,
    })
    await sink.waitFor((m) => m.subject === 'Regisztrációját jóváhagytuk')
    const centre = (await payload.find({ collection: 'centres', where: { name: { equals: 'Komunitné centrum Luník IX' } } })).docs[0]
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
    const result = await registerApplicant(payload, valid({ email: 'JANA@spolu.example ' }), { locale: 'sk', ip: '10.0.0.2' })
    expect(result).toMatchObject({ status: 'error', errors: { registrationNumber: 'duplicateRegistration' } })
    expect(result.status === 'error' && Object.keys(result.errors)).toEqual(['registrationNumber'])
    expect(await counts()).toEqual(before)
  })

  it.each([
    ['a missing name', { name: '' }, { name: 'required' }],
    ['a malformed e-mail', { email: 'jana@' }, { email: 'email' }],
    ['a short password', { password: 'short' }, { password: 'password' }],
    ['no consent', { consent: undefined }, { consent: 'consent' }],
    ['HTML in a text field', { centreName: '<script>alert(1)</script>' }, { centreName: 'html' }],
    ['an invalid Slovak IČO', { registrationNumber: '1234' }, { registrationNumber: 'registrationNumber' }],
    ['an invalid Czech IČO', { country: 'CZ', registrationNumber: '70890748' }, { registrationNumber: 'registrationNumber' }],
    ['an invalid adószám', { country: 'HU', registrationNumber: '15733398-2-18' }, { registrationNumber: 'registrationNumber' }],
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
    const trebisov = (await payload.find({ collection: 'organisations', where: { slug: { equals: 'mesto-trebisov' } } })).docs[0]
    expect(trebisov.representatives ?? []).toEqual([])
    expect(trebisov.pendingRepresentatives).toHaveLength(1)
    expect(trebisov.status).toBe('published')
  })

  it('stores nothing for a filled honeypot, yet answers as if it worked', async () => {
    const before = await counts()
    const result = await registerApplicant(payload, valid({ email: 'bot@example.test', homepage: 'http://spam' }), {
      locale: 'sk',
      ip: '10.0.0.5',
    })
    expect(result).toEqual({ status: 'success' })
    expect(await counts()).toEqual(before)
  })

  it('limits registrations per IP address', async () => {
    for (let i = 0; i < 5; i += 1) {
      await registerApplicant(payload, valid({ email: 'x', registrationNumber: '' }), { locale: 'sk', ip: '10.0.0.6' })
    }
    const result = await registerApplicant(payload, valid(), { locale: 'sk', ip: '10.0.0.6' })
    expect(result).toMatchObject({ status: 'error', errors: { form: 'rateLimited' } })
  })
})
