import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { eventRegistrationLimiter } from '@/events/register'
import { registerApplicant, registrationLimiter } from '@/registry/registration'
import { hideAccountState } from '@/security/accountAnswers'
import { clientIp } from '@/security/clientIp'
import { appendSocketAddress } from '@/security/forwardedFor'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

let ctx: TestPayload
let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let host: { id: number | string }

const day = 24 * 60 * 60 * 1000
const password = 'correct horse battery staple'

/** Payload's REST API as the route serves it (src/app/(payload)/api/[...slug]/route.ts). */
const rest = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  hideAccountState(
    (request: Request, _context: unknown) =>
      handleEndpoints({ config: payload.config, path: new URL(request.url).pathname, request }),
    payload.config,
  )(
    new Request(`http://platform.test${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ slug: path.split('/').slice(2) }) },
  )

const answer = async (response: Response) => ({
  status: response.status,
  body: await response.json(),
})

const centreForm = (email: string, extra: Record<string, string> = {}) => ({
  name: 'Jana Horváthová',
  email,
  password: 'a long enough password',
  consent: 'on',
  organisationMode: 'new',
  organisationName: `Spolu ${Math.random()}`,
  organisationKind: 'ngo',
  country: 'SK',
  centreName: `Centrum ${Math.random()}`,
  centreMunicipality: 'Košice',
  region: 'SK042',
  homepage: '',
  ...extra,
})

const counts = async () =>
  Promise.all(
    (['users', 'organisations', 'centres', 'event-registrations', 'event-seats'] as const).map(
      async (collection) => (await payload.count({ collection })).totalDocs,
    ),
  )

const to = (mail: { to?: unknown }, who: string) =>
  JSON.stringify(mail.to).toLowerCase().includes(who.toLowerCase())

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SERVER_URL: 'http://platform.test',
  })
  payload = ctx.payload
  // the first account becomes an admin
  await createUser(payload, ['editor'])
  await payload.create({
    collection: 'regions',
    data: { code: 'SK042', country: 'SK', name: 'Košický kraj' },
  })
  host = await payload.create({
    collection: 'organisations',
    data: { name: 'Hostiteľ', kind: 'ngo', country: 'SK', status: 'published' } as never,
  })
})

beforeEach(() => {
  registrationLimiter.reset()
  eventRegistrationLimiter.reset()
})

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('the centre registration form tells nobody which addresses have accounts', () => {
  it('answers a known address exactly as a new one, stores nothing, and tells the owner in their language', async () => {
    const owner = await createUser(payload, ['member'], {
      email: 'owner@spolu.example',
      name: 'Olga Majiteľová',
      preferredLanguage: 'cs',
    })
    const fresh = await registerApplicant(payload, centreForm('nobody-yet@spolu.example'), {
      locale: 'sk',
      ip: '10.1.0.1',
    })
    const before = await counts()
    const known = await registerApplicant(payload, centreForm('OWNER@spolu.example '), {
      locale: 'sk',
      ip: '10.1.0.2',
    })
    expect(known).toEqual(fresh)
    expect(known).toEqual({ status: 'success' })
    expect(await counts()).toEqual(before)

    const mail = await sink.waitFor(
      (m) =>
        to(m, owner.email) &&
        m.subject === 'Někdo se pokusil zaregistrovat s vaší e-mailovou adresou',
    )
    expect(mail.html).toContain('Olga Majiteľová')
    expect(mail.html).toContain('http://platform.test/admin/forgot')
    expect(mail.html).toContain('http://platform.test/cs/login')
    // no verification link: the owner's account is left as it is
    expect(String(mail.html)).not.toContain('register/verify')
  })

  it('still reports the other fields’ mistakes for a known address, and nothing about the address', async () => {
    const result = await registerApplicant(
      payload,
      centreForm('owner@spolu.example', { centreName: '' }),
      { locale: 'sk', ip: '10.1.0.3' },
    )
    expect(result).toMatchObject({ status: 'error', errors: { centreName: 'required' } })
    expect(result.status === 'error' && Object.keys(result.errors)).toEqual(['centreName'])
  })
})

describe('logging in tells nobody which accounts exist or are locked', () => {
  it('answers a locked account over REST exactly as an unknown address, in the request’s language', async () => {
    const locked = await createUser(payload, ['member'], { email: 'locked@example.test' })
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await rest('/api/users/login', { email: locked.email, password: 'wrong password' })
    }
    const headers = { 'accept-language': 'sk' }
    const unknown = await answer(
      await rest('/api/users/login', { email: 'nobody@example.test', password }, headers),
    )
    const wrong = await answer(
      await rest('/api/users/login', { email: 'nobody@example.test', password: 'other' }, headers),
    )
    // even the right password gets the same answer while the account is locked
    const lockedAnswer = await answer(
      await rest('/api/users/login', { email: locked.email, password }, headers),
    )
    expect(unknown.status).toBe(401)
    expect(lockedAnswer).toEqual(unknown)
    expect(wrong).toEqual(unknown)
    expect(JSON.stringify(unknown.body)).toContain('email alebo heslo nie je správne')
  })

  it('answers a locked account over GraphQL exactly as an unknown address', async () => {
    const { GRAPHQL_POST } = await import('@payloadcms/next/routes')
    const graphQL = hideAccountState(GRAPHQL_POST(payload.config), payload.config)
    const logIn = async (email: string) => {
      const response = await graphQL(
        new Request('http://platform.test/api/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'accept-language': 'hu' },
          body: JSON.stringify({
            query: `mutation { loginUser(email: "${email}", password: "${password}") { token } }`,
          }),
        }),
      )
      return { status: response.status, body: await response.json() }
    }
    const unknown = await logIn('nobody@example.test')
    expect(JSON.stringify(unknown.body)).toContain('AuthenticationError')
    expect(await logIn('locked@example.test')).toEqual(unknown)
  })

  it('answers a locked account on the site’s login page as a wrong password', async () => {
    // imported only now: it loads the Payload config, which must see the test's environment
    const { logIn } = await import('@/app/(frontend)/[locale]/login/actions')
    const redirected = async (email: string, pass: string) => {
      const form = new FormData()
      form.set('email', email)
      form.set('password', pass)
      const error = await logIn('sk', form).then(
        () => undefined,
        (caught: unknown) => caught,
      )
      return String((error as { digest?: string })?.digest)
    }
    const unknown = await redirected('nobody@example.test', password)
    expect(unknown).toContain('/sk/login?error=login')
    expect(await redirected('locked@example.test', password)).toBe(unknown)
  })

  it('answers forgot-password the same for a known and an unknown address, even when the mail cannot be sent', async () => {
    await createUser(payload, ['member'], { email: 'forgetful@example.test' })
    await createUser(payload, ['member'], { email: 'unlucky@example.test' })
    const unknown = await answer(
      await rest('/api/users/forgot-password', { email: 'nobody@example.test' }),
    )
    const started = Date.now()
    const known = await answer(
      await rest('/api/users/forgot-password', { email: 'forgetful@example.test' }),
    )
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400)
    expect(known).toEqual(unknown)
    expect(unknown.status).toBe(200)

    // the mail server is down: Payload fails for a known address only
    const port = sink.port
    await sink.close()
    try {
      expect(
        await answer(await rest('/api/users/forgot-password', { email: 'unlucky@example.test' })),
      ).toEqual(unknown)
    } finally {
      sink = await startSmtpSink(port)
    }
  })
})

describe('registering for an event tells nobody who is registered', () => {
  const createEvent = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'events',
      data: {
        title: `Seminár ${Math.random()}`,
        type: 'seminar',
        startsAt: new Date(Date.now() + 10 * day).toISOString(),
        startsAt_tz: 'Europe/Bratislava',
        endsAt: new Date(Date.now() + 10 * day + 2 * 60 * 60 * 1000).toISOString(),
        endsAt_tz: 'Europe/Bratislava',
        mode: 'in-person',
        venue: { municipality: 'Košice' },
        organisation: host.id,
        status: 'published',
        ...data,
      } as never,
    })
  const register = (event: { id: number | string }, name: string, email: string, language = 'sk') =>
    rest(`/api/events/${event.id}/register`, { name, email, consent: true, language })

  it('answers a registered address with what a newcomer gets now, stores nothing, and mails its owner their link', async () => {
    const event = await createEvent({ capacity: 1 })
    expect((await register(event, 'Anna Prvá', 'anna@example.test', 'hu')).status).toBe(201)
    expect(await answer(await register(event, 'Boris Druhý', 'boris@example.test'))).toMatchObject({
      status: 201,
      body: { status: 'waitlisted', position: 1 },
    })
    await payload.jobs.run({ limit: 50 })
    const [anna] = (
      await payload.find({
        collection: 'event-registrations',
        where: { email: { equals: 'anna@example.test' } },
      })
    ).docs
    const before = await counts()

    const again = await answer(await register(event, 'Anna Prvá', 'ANNA@example.test'))
    expect(await counts()).toEqual(before)
    const annaAfter = await payload.findByID({ collection: 'event-registrations', id: anna.id })
    expect(annaAfter).toMatchObject({
      status: 'confirmed',
      name: anna.name,
      language: 'hu',
      mailStatus: 'sent',
      updatedAt: anna.updatedAt,
    })

    // a newcomer right now gets exactly the same answer
    const newcomer = await answer(await register(event, 'Cyril Tretí', 'cyril@example.test'))
    expect(again).toEqual(newcomer)
    expect(again).toMatchObject({ status: 201, body: { status: 'waitlisted', position: 2 } })
    expect(Object.keys(again.body).sort()).toEqual(['message', 'position', 'status'])

    await payload.jobs.run({ limit: 50 })
    const note = await sink.waitFor(
      (m) => to(m, 'anna@example.test') && m.subject === `Már jelentkezett: ${event.title}`,
    )
    expect(note.html).toContain(`/hu/events/registration/${annaAfter.token}`)
    // a note, not a second confirmation (Anna registered on the Hungarian page)
    const confirmations = sink.messages.filter(
      (m) => to(m, 'anna@example.test') && m.subject?.startsWith('Jelentkezés visszaigazolva'),
    )
    expect(confirmations).toHaveLength(1)
    expect(
      (await payload.findByID({ collection: 'event-registrations', id: anna.id })).mailStatus,
    ).toBe('sent')
  })

  it('answers as for a newcomer where the organiser approves, whatever the earlier registration’s status', async () => {
    const event = await createEvent({ registration: { requiresApproval: true } })
    const first = await answer(await register(event, 'Dana Štvrtá', 'dana@example.test'))
    const again = await answer(await register(event, 'Dana Štvrtá', 'dana@example.test'))
    expect(first).toMatchObject({ status: 201, body: { status: 'pending', position: null } })
    expect(again).toEqual(first)
    expect(
      (
        await payload.count({
          collection: 'event-registrations',
          where: { event: { equals: event.id } },
        })
      ).totalDocs,
    ).toBe(1)
  })
})

describe('rate limits key on the address the server saw', () => {
  let server: http.Server
  let port: number

  beforeAll(async () => {
    // what scripts/server.mjs does before Next.js sees a request, then the registration form's key
    server = http.createServer((req, res) => {
      appendSocketAddress(req)
      const headers = new Headers(req.headers as Record<string, string>)
      const hops = req.headers['x-test-hops']
      const ip = clientIp(headers, hops === undefined ? undefined : Number(hops))
      void registerApplicant(payload, centreForm('x'), { locale: 'sk', ip }).then((result) => {
        res.setHeader('content-type', 'application/json')
        res.end(
          JSON.stringify({
            ip,
            limited: result.status === 'error' && result.errors.form === 'rateLimited',
          }),
        )
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

  const visit = (from: string, headers: Record<string, string> = {}) =>
    new Promise<{ ip: string; limited: boolean }>((resolve, reject) => {
      const request = http.request(
        { host: '127.0.0.1', port, method: 'POST', localAddress: from, headers, agent: false },
        (response) => {
          let body = ''
          response.on('data', (chunk) => (body += chunk))
          response.on('end', () => resolve(JSON.parse(body)))
        },
      )
      request.on('error', reject)
      request.end()
    })

  it('without a proxy: the connection’s address, whatever X-Forwarded-For the client wrote', async () => {
    expect(await visit('127.0.0.1')).toMatchObject({ ip: '127.0.0.1' })
    expect(await visit('127.0.0.1', { 'x-forwarded-for': '6.6.6.6' })).toMatchObject({
      ip: '127.0.0.1',
    })
    expect(await visit('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 7.7.7.7' })).toMatchObject({
      ip: '127.0.0.1',
    })
  })

  it('one visitor cannot escape the limit by writing X-Forwarded-For, nor use up another visitor’s', async () => {
    registrationLimiter.reset()
    const results = []
    // refused submissions (this form's e-mail is invalid) have an allowance of 30 an hour
    for (let i = 0; i < 31; i += 1)
      results.push(await visit('127.0.0.3', { 'x-forwarded-for': `198.51.100.${i}` }))
    expect(results.map((result) => result.limited)).toEqual([...Array(30).fill(false), true])
    expect(await visit('127.0.0.4')).toEqual({ ip: '127.0.0.4', limited: false })
  })

  it('behind one trusted proxy: the address that proxy appended', async () => {
    // nginx appended 203.0.113.5 after what the client wrote; we see nginx's connection
    expect(
      await visit('127.0.0.1', { 'x-forwarded-for': '6.6.6.6, 203.0.113.5', 'x-test-hops': '1' }),
    ).toMatchObject({
      ip: '203.0.113.5',
    })
    expect(await visit('127.0.0.1', { 'x-test-hops': '1' })).toMatchObject({ ip: '127.0.0.1' })
  })
})
