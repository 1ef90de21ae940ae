import { beforeAll, describe, expect, inject, it } from 'vitest'

import { simplePdf } from '@/utilities/pdf'

import { openEventId } from '../helpers/openEvent'

const baseURL = inject('baseURL')
const password = inject('adminPassword')

type Probe = {
  method: 'GET' | 'POST'
  path: string
  headers?: Record<string, string>
  body?: string
}

/** A small deterministic generator, so that a failure can be replayed. */
function prng(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

// values no field should accept: wrong types, the oversized, markup, and Unicode that breaks text
const hostile: unknown[] = [
  null,
  0,
  -1,
  1e309,
  true,
  [],
  {},
  [1, 2, 3],
  { $ne: null },
  { equals: 'x' },
  '',
  ' ',
  'x'.repeat(100_000),
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  "'; DROP TABLE users; --",
  '{{7*7}}${7*7}',
  '../../../../etc/passwd',
  'a\u0000b',
  '\u202eevil.pdf',
  '\ud800',
  '\udfff\ud800',
  '\u0007bell',
  '\u2066isolate\u2069',
]
const fields = ['name', 'email', 'organisation', 'consent', 'answers', 'language']
const valid = {
  name: 'Fuzz Tester',
  email: 'fuzz@example.test',
  organisation: 'Fuzz',
  consent: true,
}
// every generated registration keeps at least one field invalid: the e-mail, or the consent
const invalidBase = [
  { ...valid, email: 'not an address' },
  { ...valid, consent: false },
  { ...valid, email: '' },
]

let token: string
let eventId: string | number
const countCollections = [
  'event-registrations',
  'organisations',
  'centres',
  'users',
  'minutes-comments',
  'materials',
  'media',
  'documents',
  'events',
  'case-studies',
  'working-groups',
  'meetings',
]

async function counts() {
  const entries = await Promise.all(
    countCollections.map(async (collection) => {
      const response = await fetch(`${baseURL}/api/${collection}?limit=1&depth=0`, {
        headers: { Authorization: `JWT ${token}` },
      })
      return [collection, ((await response.json()) as { totalDocs: number }).totalDocs] as const
    }),
  )
  return Object.fromEntries(entries)
}

function probes(): Probe[] {
  const random = prng(20261123)
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]
  const register = `/api/events/${eventId}/register`
  const json = (body: unknown, ip = `198.51.100.${Math.floor(random() * 250)}`) => ({
    method: 'POST' as const,
    path: register,
    headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': ip },
    body: JSON.stringify(body),
  })
  const list: Probe[] = []

  // every field × every hostile value, on top of an otherwise invalid registration
  for (const field of fields)
    for (const value of hostile) list.push(json({ ...pick(invalidBase), [field]: value }))
  // hostile answers to custom questions, and hostile values in several fields at once
  for (let i = 0; i < 420; i += 1) {
    const body: Record<string, unknown> = { ...pick(invalidBase) }
    for (const field of fields) if (random() < 0.5) body[field] = pick(hostile)
    body.answers = { [pick(['q1', '__proto__', 'constructor', 'x'.repeat(500)])]: pick(hostile) }
    list.push(json(body))
  }
  // bodies that are no registration at all
  for (const body of [
    '',
    'null',
    '[]',
    '"text"',
    '1',
    '{"name":',
    '{'.repeat(5000),
    '['.repeat(20000),
    '\u0000',
    '{"__proto__":{"admin":true}}',
  ]) {
    list.push({
      method: 'POST',
      path: register,
      headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '198.51.100.1' },
      body,
    })
  }
  // wrong content types, and multipart bodies that do not parse
  for (const type of [
    'text/plain',
    'application/xml',
    'application/x-www-form-urlencoded',
    'multipart/form-data',
    'multipart/form-data; boundary=x',
    'image/png',
    '',
  ]) {
    list.push({
      method: 'POST',
      path: register,
      headers: { 'Content-Type': type, 'X-Forwarded-For': '198.51.100.2' },
      body: 'name=Fuzz&email=fuzz%40example.test&consent=on',
    })
    list.push({
      method: 'POST',
      path: register,
      headers: { 'Content-Type': type, 'X-Forwarded-For': '198.51.100.3' },
      body: '--x\r\nContent-Disposition: form-data; name="name"\r\n\r\n',
    })
  }
  // ids that are no event
  for (const id of [
    '0',
    '-1',
    '99999999',
    'abc',
    '..%2F..%2Fusers',
    '%00',
    'x'.repeat(300),
    "1' OR '1'='1",
    '%F0%9F%92%A9',
    '1e3',
  ]) {
    list.push({
      method: 'POST',
      path: `/api/events/${id}/register`,
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(valid),
    })
  }
  // ids no document can have (SQLite numbers its rows), and paging that makes no sense
  for (const path of [
    '/api/centres/abc',
    '/api/events/xyz',
    '/api/media/abc',
    '/api/centres/1e400',
    '/api/centres?limit=-5',
    '/api/centres?limit=-1&page=2',
    '/api/centres?limit=2.5',
    '/api/events?page=1e400',
  ]) {
    list.push({ method: 'GET', path })
  }
  // anonymous writes through Payload's REST API, JSON and broken multipart
  for (const collection of countCollections) {
    for (let i = 0; i < 6; i += 1) {
      list.push({
        method: 'POST',
        path: `/api/${collection}`,
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          name: pick(hostile),
          title: pick(hostile),
          email: pick(hostile),
          roles: ['admin'],
        }),
      })
    }
    list.push({
      method: 'POST',
      path: `/api/${collection}`,
      headers: { 'Content-Type': 'multipart/form-data; boundary=zzz' },
      body: '--zzz\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-broken',
    })
    list.push({
      method: 'POST',
      path: `/api/${collection}`,
      headers: { 'Content-Type': 'multipart/form-data' },
      body: 'garbage',
    })
  }
  // logins with junk (never a real account, which would be locked)
  for (let i = 0; i < 40; i += 1) {
    list.push({
      method: 'POST',
      path: '/api/users/login',
      headers: { 'Content-Type': pick(['application/json', 'text/plain']) },
      body: JSON.stringify({ email: pick(hostile), password: pick(hostile) }),
    })
  }
  // query strings on the public pages, feeds and exports
  const pages = [
    '/sk/centres',
    '/cs/organisations',
    '/hu/events',
    '/en/good-practice',
    '/sk/impact',
    '/sk/strategies',
    '/sk/working-groups',
    '/sk/working-groups/vysocina-platform',
    '/sk/events/calendar.ics',
    '/api/open-data/centres.csv',
    '/api/open-data/centres.json',
    '/sk/search',
    '/sk/centres/map.json',
    '/sk/centres/map.svg',
    '/sk/events/registration/not-a-real-registration-token/data.json',
  ]
  const params = [
    'q',
    'region',
    'country',
    'theme',
    'type',
    'service',
    'page',
    'from',
    'until',
    'month',
    'view',
    'language',
    'mode',
    'tier',
    'sort',
    'limit',
    'where[or][0][id][exists]',
  ]
  for (let i = 0; i < 260; i += 1) {
    const query = new URLSearchParams()
    for (let j = 0; j < 3; j += 1) query.append(pick(params), String(pick(hostile)).slice(0, 2000))
    list.push({ method: 'GET', path: `${pick(pages)}?${query.toString()}` })
  }
  // GraphQL that is wrong, deep or asks for what is not public
  for (const query of [
    '{',
    '{ Users { docs { email roles } } }',
    `{ ${'Centres { docs { id } } '.repeat(50)} }`,
    `query { ${'a { '.repeat(300)}${'} '.repeat(300)} }`,
    'mutation { createUser(data: {email: "x@y.z", password: "p", name: "x", roles: admin}) { id } }',
    '{ EventRegistrations { docs { email token } } }',
    '{ Access { canAccessAdmin } }',
  ]) {
    list.push({
      method: 'POST',
      path: '/api/graphql',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    })
  }
  // a server action that does not exist, posted to the public forms' pages
  for (const page of ['/sk/register', '/sk/login', '/sk/account']) {
    list.push({
      method: 'POST',
      path: page,
      headers: { 'Next-Action': 'f'.repeat(42), 'Content-Type': 'text/plain;charset=UTF-8' },
      body: '["$undefined"]',
    })
  }
  return list
}

beforeAll(async () => {
  const login = await fetch(`${baseURL}/api/users/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'admin@example.org', password }),
  })
  token = ((await login.json()) as { token: string }).token
  eventId = await openEventId(baseURL, token)
})

describe('abuse: malformed requests at every public form and endpoint', () => {
  it('answers at least 1,000 malformed requests without a 5xx and stores nothing', async () => {
    const list = probes()
    expect(list.length).toBeGreaterThanOrEqual(1000)
    const before = await counts()
    const failures: string[] = []
    const statuses = new Map<number, number>()
    for (let i = 0; i < list.length; i += 16) {
      await Promise.all(
        list.slice(i, i + 16).map(async (probe) => {
          const response = await fetch(`${baseURL}${probe.path}`, {
            method: probe.method,
            headers: probe.headers,
            body: probe.body,
            redirect: 'manual',
          })
          await response.arrayBuffer()
          statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
          if (response.status >= 500)
            failures.push(
              `${response.status} ${probe.method} ${probe.path.slice(0, 120)} ${String(probe.body ?? '').slice(0, 80)}`,
            )
        }),
      )
    }
    expect(failures).toEqual([])
    expect(await counts()).toEqual(before)
    // the registrations were refused for what they are, not waved through or crashed
    expect(statuses.get(400)).toBeGreaterThan(500)
  })

  it('answers 429 once one address sends more registrations than the hourly limit', async () => {
    // refused attempts (these are all malformed) have their own allowance, three times the
    // hourly registrations (EVENT_REGISTRATION_LIMIT_PER_HOUR is 1000 in the e2e server)
    const limit = 3 * 1000
    let limited = 0
    for (let i = 0; i < limit + 20; i += 25) {
      const batch = await Promise.all(
        Array.from({ length: 25 }, () =>
          fetch(`${baseURL}/api/events/${eventId}/register`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.77' },
            body: JSON.stringify({ email: 'broken' }),
          }).then(async (response) => {
            await response.arrayBuffer()
            return response.status
          }),
        ),
      )
      expect(batch.every((status) => status === 400 || status === 429)).toBe(true)
      limited += batch.filter((status) => status === 429).length
    }
    expect(limited).toBeGreaterThanOrEqual(20)
  })

  it('still takes a well-formed multipart upload through the same guard', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ title: 'Guarded upload' }))
    form.append(
      'file',
      new Blob([new Uint8Array(simplePdf('Guarded', ['A real PDF.']))], {
        type: 'application/pdf',
      }),
      'guarded.pdf',
    )
    const created = await fetch(`${baseURL}/api/documents`, {
      method: 'POST',
      headers: { Authorization: `JWT ${token}` },
      body: form,
    })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: { id: number; filename: string } }
    expect(doc.filename).toMatch(/guarded.*\.pdf$/)
    expect(
      (
        await fetch(`${baseURL}/api/documents/${doc.id}`, {
          method: 'DELETE',
          headers: { Authorization: `JWT ${token}` },
        })
      ).status,
    ).toBe(200)
  })
})
