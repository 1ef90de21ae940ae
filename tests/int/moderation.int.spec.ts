import type { ParsedMail } from 'mailparser'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { getT } from '@/i18n/server'
import type { Centre, Organisation, User } from '@/payload-types'
import { regionScopeOf } from '@/components/admin/RegionScope'
import { moderationQueue } from '@/registry/moderationQueue'
import { inRegions } from '@/utilities/regionScope'
import { whereQuery } from '@/utilities/whereQuery'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

type Rest = typeof import('@/app/(payload)/api/[...slug]/route')

let ctx: TestPayload
let payload: Payload
let rest: Rest
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let editor: User
let representative: User
let stranger: User
let unverified: User
let organisation: Organisation
let centre: Centre
let regionId: number | string

const password = 'correct horse battery staple'
const tokens = new Map<string, string>()

async function tokenOf(user: User) {
  if (!tokens.has(user.email)) {
    const { token } = await payload.login({
      collection: 'users',
      data: { email: user.email, password },
    })
    tokens.set(user.email, token!)
  }
  return tokens.get(user.email)!
}

/** Calls the REST catch-all route as Next.js would, as `user`, in the admin language `language`. */
async function call(
  method: 'POST' | 'PATCH',
  path: string,
  { user, language, body }: { user?: User; language?: string; body?: unknown } = {},
) {
  const headers: Record<string, string> = { 'Content-Type': 'application/json' }
  if (user) headers.Authorization = `JWT ${await tokenOf(user)}`
  // the admin sends its language as Payload's cookie; requestLocale reads it from req.i18n
  if (language) headers.Cookie = `payload-lng=${language}`
  const request = new Request(`http://localhost/api/${path}`, {
    method,
    headers,
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  const response = await rest[method](request, {
    params: Promise.resolve({ slug: path.split('/') }),
  })
  return { status: response.status, body: (await response.json()) as Record<string, unknown> }
}

const sentTo = (mail: ParsedMail, user: User) =>
  [mail.to ?? []].flat().some((to) => to.text.includes(user.email))

const firstError = (body: Record<string, unknown>) =>
  (body.errors as { message: string; data?: { errors?: { path: string; message: string }[] } }[])[0]

const statusOf = async (collection: 'centres' | 'organisations', id: number | string) =>
  (await payload.findByID({ collection, id, depth: 0 })).status

async function organisationFor(name: string, representatives: User[], status = 'published') {
  return payload.create({
    collection: 'organisations',
    data: {
      name,
      kind: 'ngo',
      country: 'SK',
      status,
      representatives: representatives.map((user) => user.id),
    } as never,
  })
}

async function centreFor(owner: Organisation, name: string, status = 'pending') {
  return payload.create({
    collection: 'centres',
    data: {
      organisation: owner.id,
      name,
      region: regionId,
      address: { municipality: 'Košice' },
      status,
    } as never,
  })
}

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SERVER_URL: 'http://platform.test',
  })
  payload = ctx.payload
  rest = await import('@/app/(payload)/api/[...slug]/route')
  regionId = (
    await payload.create({
      collection: 'regions',
      data: { code: 'SK042', country: 'SK', name: 'Košický kraj' } as never,
    })
  ).id
  editor = await createUser(payload, ['editor'])
  representative = await createUser(payload, ['ngo'], {
    name: 'Jana Nováková',
    preferredLanguage: 'cs',
  })
  stranger = await createUser(payload, ['ngo'])
  unverified = await createUser(payload, ['ngo'], { name: 'Péter Kovács', _verified: false })
  organisation = await organisationFor('Spolu, z. s.', [representative])
  await organisationFor('Jiný spolek', [stranger])
  centre = await centreFor(organisation, 'Komunitní centrum Luník')
})

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('submitting a rejected registration again', () => {
  it('mails the rejection with a link straight to the record and what to do next', async () => {
    await payload.update({
      collection: 'centres',
      id: centre.id,
      data: { status: 'rejected', moderationNote: 'Chybí otevírací doba.' },
      overrideAccess: false,
      user: editor,
    })
    const t = getT('cs', 'emails')
    const mail = await sink.waitFor(
      (m) => m.subject === t('moderation.rejectedSubject') && sentTo(m, representative),
    )
    expect(mail.html).toContain(`http://platform.test/admin/collections/centres/${centre.id}`)
    expect(mail.html).toContain('Chybí otevírací doba.')
    expect(String(mail.html)).toContain(t('moderation.rejectedNext').slice(0, 30))
  })

  it('refuses an anonymous caller', async () => {
    const { status } = await call('POST', `centres/${centre.id}/resubmit`)
    expect(status).toBe(401)
    expect(await statusOf('centres', centre.id)).toBe('rejected')
  })

  it('refuses the representative of another organisation', async () => {
    const { status } = await call('POST', `centres/${centre.id}/resubmit`, { user: stranger })
    expect([403, 404]).toContain(status)
    expect(await statusOf('centres', centre.id)).toBe('rejected')
  })

  it('keeps the status editors-only on an ordinary save', async () => {
    await payload.update({
      collection: 'centres',
      id: centre.id,
      data: { status: 'pending', summary: 'Otevřeno po–pá 9–17.' } as never,
      locale: 'cs',
      overrideAccess: false,
      user: representative,
    })
    expect(await statusOf('centres', centre.id)).toBe('rejected')
  })

  it('lets the record’s representative send it back to the editors, in their language', async () => {
    const { status, body } = await call('POST', `centres/${centre.id}/resubmit`, {
      user: representative,
      language: 'cs',
    })
    expect(status).toBe(200)
    expect(body.message).toBe(getT('cs', 'admin')('moderation.resubmit.done'))
    expect(await statusOf('centres', centre.id)).toBe('pending')
  })

  it('shows the editors it was submitted again, with a link comparing it to the rejected version', async () => {
    const { rows, centres } = await moderationQueue(payload, editor)
    expect(centres.totalDocs).toBe(1)
    const row = rows.find((each) => each.slug === 'centres' && each.id === centre.id)!
    expect(row.resubmitted?.compare).toMatch(
      new RegExp(
        `^/admin/collections/centres/${centre.id}/versions/[\\w-]+\\?versionFrom=[\\w-]+$`,
      ),
    )
    expect(new Date(row.submittedAt).getTime()).toBeGreaterThan(
      new Date(centre.createdAt).getTime(),
    )
    expect(row.applicants).toEqual([
      expect.objectContaining({ name: 'Jana Nováková', verified: true }),
    ])
    // the comparison's "from" is the rejected version, readable by the editor
    const versionFrom = new URL(row.resubmitted!.compare, 'http://x').searchParams.get(
      'versionFrom',
    )!
    const rejected = await payload.findVersionByID({
      collection: 'centres',
      id: versionFrom,
      user: editor,
      overrideAccess: false,
    })
    expect(rejected.version.status).toBe('rejected')
  })

  it('refuses to submit again a record that is pending or published, in Hungarian and Czech', async () => {
    const pending = await call('POST', `centres/${centre.id}/resubmit`, {
      user: representative,
      language: 'hu',
    })
    expect(pending.status).toBe(409)
    expect(firstError(pending.body).message).toBe(
      getT('hu', 'admin')('moderation.resubmit.notRejected'),
    )
    const published = await call('POST', `organisations/${organisation.id}/resubmit`, {
      user: representative,
      language: 'cs',
    })
    expect(published.status).toBe(409)
    expect(firstError(published.body).message).toBe(
      getT('cs', 'admin')('moderation.resubmit.notRejected'),
    )
    expect(await statusOf('organisations', organisation.id)).toBe('published')
  })

  it('lets a representative submit their own rejected organisation, and no one else’s', async () => {
    const own = await organisationFor('Zamítnutá, z. s.', [representative], 'rejected')
    expect(
      (await call('POST', `organisations/${own.id}/resubmit`, { user: stranger })).status,
    ).toBeGreaterThanOrEqual(403)
    expect(await statusOf('organisations', own.id)).toBe('rejected')
    expect(
      (await call('POST', `organisations/${own.id}/resubmit`, { user: representative })).status,
    ).toBe(200)
    expect(await statusOf('organisations', own.id)).toBe('pending')
  })
})

describe('approving an applicant who has not confirmed their e-mail', () => {
  let pendingOrganisation: Organisation

  beforeAll(async () => {
    pendingOrganisation = await organisationFor('Nepotvrdené, o. z.', [unverified], 'pending')
  })

  it.each(['cs', 'hu'] as const)(
    'answers with a reason on the status field in the editor’s language (%s)',
    async (language) => {
      const { status, body } = await call('PATCH', `organisations/${pendingOrganisation.id}`, {
        user: editor,
        language,
        body: { status: 'published' },
      })
      expect(status).toBe(400)
      const error = firstError(body)
      expect(error.data?.errors).toEqual([
        {
          path: 'status',
          message: getT(language, 'admin')('moderation.unverified'),
          label: expect.anything(),
        },
      ])
      // the toast names the field in the same language, never "An unknown error occurred."
      expect(error.message).toContain(language === 'cs' ? 'Stav' : 'Állapot')
      expect(await statusOf('organisations', pendingOrganisation.id)).toBe('pending')
    },
  )

  it('shows the editor the applicant’s verification state and submission time in the queue', async () => {
    const { rows } = await moderationQueue(payload, editor)
    const row = rows.find(
      (each) => each.slug === 'organisations' && each.id === pendingOrganisation.id,
    )!
    expect(row.applicants).toEqual([
      expect.objectContaining({ name: 'Péter Kovács', verified: false }),
    ])
    expect(row.submittedAt).toBe(pendingOrganisation.createdAt)
    expect(row.resubmitted).toBeUndefined()
  })

  it('sends the confirmation link again when an editor asks, and refuses anyone else', async () => {
    const refused = await call(
      'POST',
      `organisations/${pendingOrganisation.id}/resend-verification`,
      {
        user: representative,
      },
    )
    expect(refused.status).toBe(403)
    const before = sink.messages.length
    const { status, body } = await call(
      'POST',
      `organisations/${pendingOrganisation.id}/resend-verification`,
      {
        user: editor,
        language: 'hu',
      },
    )
    expect(status).toBe(200)
    expect(body.sent).toBe(1)
    await payload.jobs.run()
    const mail = await sink.waitFor(
      (m) => sink.messages.indexOf(m) >= before && sentTo(m, unverified),
    )
    expect(String(mail.html)).toMatch(/\/register\/verify\?token=/)
  })
})

describe('a regional editor’s queue', () => {
  let regional: User
  let zilinaCentre: Centre
  let zilinaOrganisation: Organisation
  let workingHere: Organisation
  let kosiceCentre: Centre

  beforeAll(async () => {
    const zilina = await payload.create({
      collection: 'regions',
      data: { code: 'SK031', country: 'SK', name: 'Žilinský kraj' } as never,
    })
    regional = await createUser(payload, ['editor'], { regions: [regionId] })
    const seatedInZilina = (name: string, extra: Record<string, unknown>) =>
      payload.create({
        collection: 'organisations',
        data: { name, kind: 'ngo', country: 'SK', status: 'pending', ...extra } as never,
      })
    zilinaOrganisation = await seatedInZilina('Žilinský spolok', { region: zilina.id })
    // seated in Žilina, but works in Košice too: it is the Košice office's as well
    workingHere = await seatedInZilina('Spolok na východe', {
      region: zilina.id,
      activeRegions: [regionId],
    })
    zilinaCentre = await payload.create({
      collection: 'centres',
      data: {
        organisation: organisation.id,
        name: 'Komunitné centrum Hliny',
        region: zilina.id,
        address: { municipality: 'Žilina' },
        status: 'pending',
      } as never,
    })
    kosiceCentre = await centreFor(organisation, 'Komunitné centrum Šaca')
  })

  const listed = (rows: { slug: string; id: unknown }[]) =>
    rows.map((row) => `${row.slug}/${row.id}`)

  it('opens on the editor’s regions: another region’s pending centre and organisation are not in it, nor in its counts', async () => {
    const all = await moderationQueue(payload, regional)
    const scope = regionScopeOf(regional, {})
    expect(scope.regions).toEqual([regionId])
    const own = await moderationQueue(payload, regional, { regions: scope.regions })
    expect(listed(own.rows)).not.toContain(`centres/${zilinaCentre.id}`)
    expect(listed(own.rows)).not.toContain(`organisations/${zilinaOrganisation.id}`)
    expect(listed(own.rows)).toContain(`organisations/${workingHere.id}`)
    expect(listed(own.rows)).toContain(`centres/${kosiceCentre.id}`)
    expect(own.rows.every((row) => listed(all.rows).includes(`${row.slug}/${row.id}`))).toBe(true)
    expect(own.centres.totalDocs).toBe(all.centres.totalDocs - 1)
    // (an organisation is placed by its seat or where it works; one naming neither is in none)
    expect(own.organisations.totalDocs).toBe(
      own.rows.filter((row) => row.slug === 'organisations').length,
    )
    expect(own.organisations.totalDocs).toBeLessThan(all.organisations.totalDocs)
  })

  it('shows every region with ?all=1, and to editors without regions', async () => {
    for (const [user, params] of [
      [regional, { all: '1' }],
      [editor, {}],
    ] as const) {
      const scope = regionScopeOf(user, params)
      expect(scope.regions).toBeUndefined()
      const { rows } = await moderationQueue(payload, user, { regions: scope.regions })
      expect(listed(rows)).toContain(`centres/${zilinaCentre.id}`)
      expect(listed(rows)).toContain(`organisations/${zilinaOrganisation.id}`)
    }
    expect(regionScopeOf(regional, { all: '1' }).own).toEqual([regionId])
  })

  it('links each count to the admin list narrowed the same way', async () => {
    const where = { and: [{ status: { equals: 'pending' } }, inRegions('centres', [regionId])] }
    // the admin's list view reads the URL with qs, as the REST API does
    const query = whereQuery(where as never)
    expect(decodeURIComponent(query)).toBe(
      `where[and][0][status][equals]=pending&where[and][1][region][in][0]=${regionId}`,
    )
    const response = await rest.GET(
      new Request(`http://localhost/api/centres?${query}&depth=0&limit=100`, {
        headers: { Authorization: `JWT ${await tokenOf(regional)}` },
      }),
      { params: Promise.resolve({ slug: ['centres'] }) },
    )
    const { docs } = (await response.json()) as { docs: { id: unknown; status: string }[] }
    expect(docs.map((doc) => doc.id)).not.toContain(zilinaCentre.id)
    expect(docs.map((doc) => doc.id)).toContain(kosiceCentre.id)
    expect(docs.every((doc) => doc.status === 'pending')).toBe(true)
  })
})

describe('opening hours', () => {
  it('accepts 9:00, 9.00 and 9 and stores them as 09:00', async () => {
    const saved = await payload.update({
      collection: 'centres',
      id: centre.id,
      data: {
        openingHours: [
          { day: 'mon', opens: '9:00', closes: '12.30' },
          { day: 'tue', opens: '9', closes: '17' },
          { day: 'wed', opens: ' 7.05 ', closes: '15:30' },
        ],
      } as never,
      overrideAccess: false,
      user: representative,
    })
    expect(saved.openingHours?.map(({ opens, closes }) => [opens, closes])).toEqual([
      ['09:00', '12:30'],
      ['09:00', '17:00'],
      ['07:05', '15:30'],
    ])
  })

  it.each(['cs', 'hu'] as const)(
    'says next to the field, in the admin language, what is wrong (%s)',
    async (language) => {
      const t = getT(language, 'admin')
      const { status, body } = await call('PATCH', `centres/${centre.id}`, {
        user: representative,
        language,
        body: {
          openingHours: [
            { day: 'mon', opens: '25:00', closes: '12:00' },
            { day: 'tue', opens: '14:00', closes: '9:00' },
          ],
        },
      })
      expect(status).toBe(400)
      expect(firstError(body).data?.errors).toEqual([
        expect.objectContaining({
          path: 'openingHours.0.opens',
          message: t('openingHours.invalidTime'),
        }),
        expect.objectContaining({
          path: 'openingHours.1.closes',
          message: t('openingHours.closesBeforeOpens'),
        }),
      ])
    },
  )
})
