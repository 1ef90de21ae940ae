import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { adminSession } from '../helpers/admin'
import { setUpBrowser } from '../helpers/browser'
import { waitForMail } from '../helpers/inbox'

const baseURL = inject('baseURL')
const password = inject('adminPassword')
const inbox = inject('inbox')
const newPage = setUpBrowser(baseURL)

type ID = number | string
const stamp = Date.now()
const REPRESENTATIVE = `zastupce.${stamp}@example.org`
const UNVERIFIED = `kerelmezo.${stamp}@example.org`

const { logIn, api, save, chooseStatus, withEditorRegions } = adminSession(
  baseURL,
  password,
  newPage,
)

/** An applicant's organisation (published or pending) and a pending centre, set up by the admin. */
async function applicant(email: string, verified: boolean, organisationStatus: string) {
  const admin = await logIn('admin@example.org', 'sk')
  const user = await api<{ doc: { id: ID } }>(admin, 'post', '/api/users', {
    email,
    password,
    name: verified ? 'Jana Nováková' : 'Kovács Péter',
    roles: ['ngo'],
    preferredLanguage: verified ? 'cs' : 'hu',
    _verified: verified,
  })
  const organisation = await api<{ doc: { id: ID } }>(admin, 'post', '/api/organisations', {
    name: `${verified ? 'Spolu' : 'Együtt'} ${stamp}`,
    kind: 'ngo',
    country: 'SK',
    status: organisationStatus,
    representatives: [user.doc.id],
  })
  // Jihlava's region: a centre's position must lie in its region
  const regions = await api<{ docs: { id: ID }[] }>(
    admin,
    'get',
    '/api/regions?where[code][equals]=CZ063&limit=1&depth=0',
  )
  const centre = await api<{ doc: { id: ID } }>(admin, 'post', '/api/centres', {
    organisation: organisation.doc.id,
    // each applicant's centre has its own name (the slug made from it is unique)
    name: `${verified ? 'Komunitní centrum' : 'Közösségi ház'} ${stamp}`,
    region: regions.docs[0].id,
    address: { municipality: 'Jihlava' },
    // a real centre has its place: once approved it is drawn on the directory's map
    latitude: 49.3961,
    longitude: 15.5912,
    status: 'pending',
  })
  return { organisation: organisation.doc.id, centre: centre.doc.id }
}

describe('moderation in the admin', () => {
  it('a rejected representative fixes the centre and submits it again in Czech; the editor approves it from the queue', async () => {
    const { centre } = await applicant(REPRESENTATIVE, true, 'published')
    const sk = getT('sk', 'admin')
    const cs = getT('cs', 'admin')

    // the editor rejects with a note
    const editor = await logIn('editor@example.org', 'sk')
    await editor.goto(`/admin/collections/centres/${centre}`)
    await editor.locator('#field-status').waitFor()
    await chooseStatus(editor, 'Zamietnuté')
    await editor.fill('#field-moderationNote', 'Doplňte krátky popis.')
    expect((await save(editor, 'centres', centre)).status()).toBe(200)

    // the mail (in Czech) leads straight to the record
    const mail = await waitForMail(
      inbox,
      (m) =>
        m.to.includes(REPRESENTATIVE) &&
        m.subject === getT('cs', 'emails')('moderation.rejectedSubject'),
    )
    expect(String(mail.html)).toContain(`/admin/collections/centres/${centre}`)

    // the representative completes it and submits it again, in the Czech admin
    const representative = await logIn(REPRESENTATIVE, 'cs')
    await representative.goto(`/admin/collections/centres/${centre}`)
    const again = representative.locator('.moderation-action', {
      hasText: cs('moderation.resubmit.button'),
    })
    await again.waitFor()
    await representative.fill('#field-summary', 'Doučování a klub pro mládež, po–pá 9–17.')
    expect((await save(representative, 'centres', centre)).status()).toBe(200)
    const [resubmitted] = await Promise.all([
      representative.waitForResponse((r) => r.url().endsWith(`/api/centres/${centre}/resubmit`)),
      again.click(),
    ])
    expect(resubmitted.status()).toBe(200)
    await representative.getByText(cs('moderation.resubmit.done')).first().waitFor()
    await representative.waitForLoadState('load')
    await expect.poll(() => again.count(), { timeout: 10_000 }).toBe(0)

    // the editor finds it in the queue, marked, with the comparison, and approves it
    await editor.goto('/admin')
    const row = editor.locator(`tr[data-id="centres/${centre}"]`)
    await row.locator('[data-resubmitted]').waitFor()
    expect(await row.textContent()).toContain(sk('moderation.verified'))
    await Promise.all([
      editor.waitForURL((url) => url.pathname.includes(`/centres/${centre}/versions/`)),
      row.getByRole('link', { name: sk('moderation.compare') }).click(),
    ])
    await editor.goto(`/admin/collections/centres/${centre}`)
    await editor.locator('#field-status').waitFor()
    await chooseStatus(editor, 'Zverejnené')
    expect((await save(editor, 'centres', centre)).status()).toBe(200)
    expect(
      (await api<{ status: string }>(editor, 'get', `/api/centres/${centre}?depth=0`)).status,
    ).toBe('published')
  })

  it('an editor approving an unverified applicant sees why next to the status, in Hungarian', async () => {
    const { organisation, centre } = await applicant(UNVERIFIED, false, 'pending')
    const hu = getT('hu', 'admin')
    const editor = await logIn('editor@example.org', 'hu')

    await editor.goto('/admin')
    const row = editor.locator(`tr[data-id="organisations/${organisation}"]`)
    await row.waitFor()
    expect(await row.textContent()).toContain(hu('moderation.notVerified'))

    await editor.goto(`/admin/collections/organisations/${organisation}`)
    await editor.locator('#field-status').waitFor()
    await chooseStatus(editor, 'Közzétéve')
    expect((await save(editor, 'organisations', organisation)).status()).toBe(400)
    await expect
      .poll(() => editor.locator('#field-status').textContent())
      .toContain(hu('moderation.unverified'))
    expect(await editor.locator('body').textContent()).not.toContain('An unknown error occurred')

    // an editor of the Košice office finds their regions' registrations in the queue, and this
    // one from Vysočina one click away
    await withEditorRegions(editor, ['SK042'], async () => {
      await editor.goto('/admin')
      const scope = editor.locator('.moderation-queue__scope')
      await scope.waitFor()
      expect(await scope.textContent()).toContain(
        hu('moderation.scoped', { regions: 'Kassai kerület' }),
      )
      const centreRow = editor.locator(`tr[data-id="centres/${centre}"]`)
      expect(await centreRow.count()).toBe(0)
      await scope.getByRole('link', { name: hu('liveEdits.showAll') }).click()
      await editor.waitForURL((url) => url.searchParams.get('all') === '1')
      await centreRow.waitFor()
      expect(await scope.textContent()).toContain(hu('moderation.allRegions'))
      await scope.getByRole('link', { name: hu('liveEdits.onlyMine') }).click()
      await editor.waitForURL((url) => !url.searchParams.has('all'))
      await expect.poll(() => centreRow.count()).toBe(0)
    })
  })
})
