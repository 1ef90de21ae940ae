import type { ParsedMail } from 'mailparser'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { checkEmailChange, confirmEmailChange } from '@/account/emailChange'
import { personalDataOf } from '@/account/personalData'
import { registerForEvent } from '@/events/register'
import type { User } from '@/payload-types'

import { bootPayload, createUser, type TestPayload } from '../helpers/payload'
import { startSmtpSink } from '../helpers/smtpSink'

type Routes = {
  rest: typeof import('@/app/(payload)/api/[...slug]/route')
  graphQL: typeof import('@/app/(payload)/api/graphql/route')
}

let ctx: TestPayload
let payload: Payload
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let routes: Routes
let admin: User
let editor: User
let coordinator: User
let member: User
let sharing: User
let outsider: User
let representative: User
let groupId: number | string
let organisationId: number | string

const password = 'correct horse battery staple'
const as = (user: User | null) => ({ overrideAccess: false as const, user })
const runJobs = () => payload.jobs.run({ limit: 200 })
const sentTo = (mail: ParsedMail, address: string) =>
  Boolean(mail.to && 'value' in mail.to && mail.to.value.some((to) => to.address === address))
const tokenIn = (mail: ParsedMail) =>
  /confirm-email\?token=([\w.-]+)/.exec(String(mail.html || mail.text))?.[1]
const fresh = (user: User) =>
  payload.findByID({ collection: 'users', id: user.id, depth: 0, showHiddenFields: true })
const login = async (user: User) =>
  (await payload.login({ collection: 'users', data: { email: user.email, password } })).token!

function rest(method: 'GET' | 'PATCH', path: string, token: string, body?: unknown) {
  const url = new URL(`http://localhost${path}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const request = new Request(url, {
    method,
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  })
  return routes.rest[method](request, { params: Promise.resolve({ slug }) })
}

async function graphQL(query: string, token: string) {
  const response = await routes.graphQL.POST(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as {
    data?: Record<string, unknown>
    errors?: { message: string }[]
  }
}

let sequence = 0
async function eventRegistration(email: string) {
  sequence += 1
  const day = 24 * 60 * 60 * 1000
  const event = await payload.create({
    collection: 'events',
    data: {
      title: `Seminár o účtoch ${sequence}`,
      type: 'seminar',
      startsAt: new Date(Date.now() + 10 * day).toISOString(),
      startsAt_tz: 'Europe/Prague',
      endsAt: new Date(Date.now() + 10 * day + 2 * 60 * 60 * 1000).toISOString(),
      endsAt_tz: 'Europe/Prague',
      mode: 'in-person',
      venue: { municipality: 'Jihlava' },
      organisation: organisationId,
      status: 'published',
    } as never,
  })
  const result = await registerForEvent(
    payload,
    event.id,
    { name: 'Registered Person', email, consent: true },
    { locale: 'sk', ip: `ip-${sequence}` },
  )
  expect(result).toMatchObject({ ok: true })
  return `Seminár o účtoch ${sequence}`
}

beforeAll(async () => {
  sink = await startSmtpSink()
  ctx = await bootPayload({
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(sink.port),
    SMTP_FROM: 'Platforma <noreply@platform.test>',
  })
  payload = ctx.payload
  const [restRoute, graphQLRoute] = await Promise.all([
    import('@/app/(payload)/api/[...slug]/route'),
    import('@/app/(payload)/api/graphql/route'),
  ])
  routes = { rest: restRoute, graphQL: graphQLRoute }
  // the first account becomes an admin whatever its roles: create the admin first
  admin = await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'])
  coordinator = await createUser(payload, ['member'], {
    name: 'Klára Koordinátorka',
    preferredLanguage: 'cs',
  })
  member = await createUser(payload, ['member'], { name: 'Marta Členka', preferredLanguage: 'cs' })
  sharing = await createUser(payload, ['member'], { name: 'Sára Sdílná', showEmailToGroups: true })
  outsider = await createUser(payload, ['member'], {
    name: 'Oto Outsider',
    preferredLanguage: 'hu',
  })
  representative = await createUser(payload, ['ngo'], { name: 'Rita Zástupkyně' })
  const group = await payload.create({
    collection: 'working-groups',
    data: {
      name: 'Skupina účtů',
      listedPublicly: true,
      coordinators: [coordinator.id],
      members: [coordinator.id, member.id, sharing.id],
    } as never,
  })
  groupId = group.id
  organisationId = (
    await payload.create({
      collection: 'organisations',
      data: {
        name: 'Pořadatel účtů',
        kind: 'charity',
        country: 'CZ',
        status: 'published',
        representatives: [representative.id],
      } as never,
    })
  ).id
})

afterAll(async () => {
  await ctx?.cleanup()
  await sink?.close()
})

describe('changing one’s e-mail address (finding 3)', () => {
  it('keeps the old address until the new mailbox confirms, then tells the old one', async () => {
    const user = await createUser(payload, ['member'], {
      name: 'Petra Přesun',
      preferredLanguage: 'cs',
    })
    const oldEmail = user.email
    const newEmail = 'petra.nova@example.test'
    const response = await rest('PATCH', `/api/users/${user.id}`, await login(user), {
      email: newEmail,
    })
    expect(response.status).toBe(200)
    const { doc } = (await response.json()) as { doc: User }
    expect(doc.email).toBe(oldEmail)
    expect(doc.pendingEmail).toBe(newEmail)
    expect((await fresh(user))._verified).toBe(true)
    // the new address logs nobody in yet; the old one still does
    await expect(
      payload.login({ collection: 'users', data: { email: newEmail, password } }),
    ).rejects.toThrow()
    await login(user)

    await runJobs()
    const mail = await sink.waitFor((m) => sentTo(m, newEmail))
    expect(mail.subject).toBe('Potvrďte novou e-mailovou adresu')
    const token = tokenIn(mail)!
    expect(String(mail.html)).toContain('/cs/account/confirm-email?token=')
    expect(await checkEmailChange(payload, token)).toMatchObject({
      status: 'valid',
      change: { from: oldEmail, to: newEmail },
    })

    expect(await confirmEmailChange(payload, token)).toBe('confirmed')
    const changed = await fresh(user)
    expect(changed.email).toBe(newEmail)
    expect(changed.pendingEmail ?? null).toBeNull()
    await runJobs()
    const notice = await sink.waitFor((m) => sentTo(m, oldEmail))
    expect(notice.subject).toBe('E-mailová adresa vašeho účtu se změnila')
    expect(String(notice.text)).toContain(newEmail)

    // a used link changes nothing again
    expect(await confirmEmailChange(payload, token)).toBe('invalid')
  })

  it('refuses an expired or forged link', async () => {
    const user = await createUser(payload, ['member'])
    const newEmail = 'late.confirmer@example.test'
    await payload.update({
      collection: 'users',
      id: user.id,
      data: { email: newEmail },
      ...as(user),
    })
    await runJobs()
    const token = tokenIn(await sink.waitFor((m) => sentTo(m, newEmail)))!
    // a day and an hour later (only the clock moves; timers stay real)
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 25 * 60 * 60 * 1000 })
    try {
      expect(await confirmEmailChange(payload, token)).toBe('expired')
    } finally {
      vi.useRealTimers()
    }
    const [header, body, signature] = token.split('.')
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString())
    const forged = [
      header,
      Buffer.from(JSON.stringify({ ...claims, to: 'someone.else@example.test' })).toString(
        'base64url',
      ),
      signature,
    ].join('.')
    expect(await confirmEmailChange(payload, forged)).toBe('invalid')
    expect((await fresh(user)).email).toBe(user.email)
  })

  it('answers the same for an address that has an account, and tells its owner instead', async () => {
    const user = await createUser(payload, ['member'])
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { email: outsider.email },
      ...as(user),
    })
    expect(updated.email).toBe(user.email)
    expect(updated.pendingEmail).toBe(outsider.email)
    await runJobs()
    const mail = await sink.waitFor((m) => sentTo(m, outsider.email))
    expect(mail.subject).toBe('Valaki az Ön e-mail-címét akarta használni')
    expect(tokenIn(mail)).toBeUndefined()
    expect((await fresh(user)).email).toBe(user.email)
  })

  it('lets an admin change an address at once', async () => {
    const user = await createUser(payload, ['member'])
    const updated = await payload.update({
      collection: 'users',
      id: user.id,
      data: { email: 'set.by.admin@example.test' },
      ...as(admin),
    })
    expect(updated.email).toBe('set.by.admin@example.test')
  })

  it('exports only the registrations made with the account’s confirmed address', async () => {
    const victim = 'registered.victim@example.test'
    const theirs = await eventRegistration(victim)
    const attacker = await createUser(payload, ['member'])
    await rest('PATCH', `/api/users/${attacker.id}`, await login(attacker), { email: victim })
    const data = await personalDataOf(payload, (await fresh(attacker)) as User)
    expect(data.eventRegistrations).toEqual([])
    expect(JSON.stringify(data)).not.toContain(theirs)

    // an account that never confirmed its address proves nothing by it
    const own = 'own.registrant@example.test'
    const mine = await eventRegistration(own)
    const unverified = await createUser(payload, ['member'], { email: own, _verified: false })
    expect((await personalDataOf(payload, unverified)).eventRegistrations).toEqual([])
    await payload.update({ collection: 'users', id: unverified.id, data: { _verified: true } })
    expect(
      (await personalDataOf(payload, unverified)).eventRegistrations.map((entry) => entry.event),
    ).toEqual([mine])
  })
})

describe('personal data of someone in no working group (finding 12)', () => {
  it('exports a representative’s data without failing', async () => {
    const data = await personalDataOf(payload, representative)
    expect(data.account.email).toBe(representative.email)
    expect(data.workingGroups).toEqual([])
    expect(data.organisationsRepresented.map((entry) => entry.name)).toEqual(['Pořadatel účtů'])
  })
})

describe('working-group membership and fellow members’ accounts (finding 4)', () => {
  it('leaves membership to staff: a coordinator cannot add someone to read their account', async () => {
    const response = await rest(
      'PATCH',
      `/api/working-groups/${groupId}`,
      await login(coordinator),
      {
        members: [coordinator.id, member.id, sharing.id, outsider.id],
        coordinators: [coordinator.id, outsider.id],
      },
    )
    expect(response.status).toBe(200)
    const group = await payload.findByID({ collection: 'working-groups', id: groupId, depth: 0 })
    expect(group.members).not.toContain(outsider.id)
    expect(group.coordinators).not.toContain(outsider.id)
    await expect(
      payload.findByID({ collection: 'users', id: outsider.id, ...as(coordinator) }),
    ).rejects.toMatchObject({ status: 404 })
    expect(
      (
        await payload.find({
          collection: 'users',
          where: { name: { like: 'Outsider' } },
          ...as(coordinator),
        })
      ).totalDocs,
    ).toBe(0)

    const byStaff = await payload.update({
      collection: 'working-groups',
      id: groupId,
      data: { members: [...group.members!, outsider.id] } as never,
      ...as(editor),
      depth: 0,
    })
    expect(byStaff.members).toContain(outsider.id)
    await payload.update({
      collection: 'working-groups',
      id: groupId,
      data: { members: group.members } as never,
      depth: 0,
    })
  })

  it('shows fellow members only names, and an address only its holder shared', async () => {
    const { docs } = await payload.find({
      collection: 'users',
      depth: 0,
      sort: 'name',
      ...as(member),
    })
    const byId = new Map(docs.map((doc) => [doc.id, doc]))
    expect([...byId.keys()].sort()).toEqual([coordinator.id, member.id, sharing.id].sort())
    const other = byId.get(coordinator.id)!
    expect(other.name).toBe('Klára Koordinátorka')
    for (const field of [
      'email',
      'roles',
      'preferredLanguage',
      'notificationMode',
      'mutedGroups',
      'pendingEmail',
      'showEmailToGroups',
      '_verified',
    ]) {
      expect(other, field).not.toHaveProperty(field)
    }
    expect(byId.get(sharing.id)).toMatchObject({ name: 'Sára Sdílná', email: sharing.email })
    expect(byId.get(sharing.id)).not.toHaveProperty('roles')
    // their own account in full
    expect(byId.get(member.id)).toMatchObject({
      email: member.email,
      roles: ['member'],
      preferredLanguage: 'cs',
    })
    // staff see everything
    expect(
      await payload.findByID({ collection: 'users', id: coordinator.id, ...as(editor) }),
    ).toMatchObject({ email: coordinator.email, roles: ['member'] })
  })

  it('does not give the address away through select, populate, where or sort', async () => {
    const read = (id: number | string, select: Record<string, true>) =>
      payload.findByID({
        collection: 'users',
        id,
        select,
        depth: 0,
        ...as(member),
      }) as Promise<unknown> as Promise<Record<string, unknown>>
    expect(await read(coordinator.id, { email: true })).not.toHaveProperty('email')
    expect(await read(coordinator.id, { email: true, roles: true })).not.toHaveProperty('roles')
    expect(await read(sharing.id, { email: true })).toMatchObject({ email: sharing.email })

    const group = await payload.findByID({
      collection: 'working-groups',
      id: groupId,
      depth: 1,
      ...as(member),
    })
    const people = (group.members ?? []) as User[]
    expect(people.find((person) => person.id === coordinator.id)).not.toHaveProperty('email')
    expect(people.find((person) => person.id === sharing.id)).toMatchObject({
      email: sharing.email,
    })

    // a filter or an order answers yes or no about an address: only staff may ask
    const questions: Where[] = [
      { email: { equals: coordinator.email } },
      { email: { like: 'koordin' } },
      { email: { exists: true } },
      { roles: { in: ['member'] } },
      { pendingEmail: { exists: true } },
    ]
    for (const where of questions) {
      await expect(
        payload.find({ collection: 'users', where, ...as(member) }),
        JSON.stringify(where),
      ).rejects.toMatchObject({ status: 400 })
    }
    await expect(
      payload.find({ collection: 'users', sort: 'email', ...as(member) }),
    ).rejects.toMatchObject({ status: 400 })
    await expect(
      payload.find({ collection: 'users', sort: '-roles', ...as(member) }),
    ).rejects.toMatchObject({ status: 400 })
    expect(
      (
        await payload.find({
          collection: 'users',
          where: { email: { equals: coordinator.email } },
          ...as(editor),
        })
      ).totalDocs,
    ).toBe(1)
  })

  it('holds the same rules over REST and GraphQL', async () => {
    const token = await login(member)
    const one = (await (
      await rest(
        'GET',
        `/api/users/${coordinator.id}?select[email]=true&select[roles]=true&depth=0`,
        token,
      )
    ).json()) as Record<string, unknown>
    expect(one).not.toHaveProperty('email')
    expect(one).not.toHaveProperty('roles')
    expect(
      (
        await rest(
          'GET',
          `/api/users?where[email][equals]=${encodeURIComponent(coordinator.email)}`,
          token,
        )
      ).status,
    ).toBe(400)
    expect((await rest('GET', '/api/users?sort=email', token)).status).toBe(400)

    const listed = await graphQL('{ Users(sort: "name") { docs { id name email roles } } }', token)
    const docs = (
      listed.data?.Users as {
        docs: { id: number; name: string; email: string | null; roles: string[] | null }[]
      }
    ).docs
    expect(docs.find((doc) => doc.id === coordinator.id)).toMatchObject({
      name: 'Klára Koordinátorka',
      email: null,
      roles: null,
    })
    expect(docs.find((doc) => doc.id === sharing.id)).toMatchObject({ email: sharing.email })
    const filtered = await graphQL(
      `{ Users(where: { email: { equals: "${coordinator.email}" } }) { totalDocs } }`,
      token,
    )
    expect(filtered.data?.Users ?? null).toBeNull()
    expect(filtered.errors?.length).toBeGreaterThan(0)
  })

  it('lets a member share their address with their groups', async () => {
    await payload.update({
      collection: 'users',
      id: member.id,
      data: { showEmailToGroups: true },
      ...as(member),
    })
    expect(
      await payload.findByID({ collection: 'users', id: member.id, depth: 0, ...as(coordinator) }),
    ).toMatchObject({ email: member.email })
    // but never to someone outside their groups
    await expect(
      payload.findByID({ collection: 'users', id: member.id, ...as(outsider) }),
    ).rejects.toMatchObject({ status: 404 })
    await payload.update({
      collection: 'users',
      id: member.id,
      data: { showEmailToGroups: false },
      ...as(member),
    })
    expect(
      await payload.findByID({ collection: 'users', id: member.id, depth: 0, ...as(coordinator) }),
    ).not.toHaveProperty('email')
  })
})
