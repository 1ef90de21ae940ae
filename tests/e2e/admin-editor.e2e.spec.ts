import sharp from 'sharp'
import { describe, expect, inject, it } from 'vitest'

import { getT } from '@/i18n/server'

import { adminSession } from '../helpers/admin'
import { setUpBrowser } from '../helpers/browser'

const baseURL = inject('baseURL')
const password = inject('adminPassword')
const newPage = setUpBrowser(baseURL)
const { logIn, api, save, openTab, withEditorRegions } = adminSession(baseURL, password, newPage)

type ID = number | string
const stamp = Date.now()
const REPRESENTATIVE = `zivezmeny.${stamp}@example.org`
const CENTRE = `Komunitní centrum Třešť ${stamp}`
const cs = getT('cs', 'admin')

const png = (colour: string) =>
  sharp({ create: { width: 60, height: 40, channels: 3, background: colour } })
    .png()
    .toBuffer()

/** A representative (Czech admin) of a published organisation with a published centre. */
async function publishedCentre() {
  const admin = await logIn('admin@example.org', 'sk')
  const user = await api<{ doc: { id: ID } }>(admin, 'post', '/api/users', {
    email: REPRESENTATIVE,
    password,
    name: 'Jana Živá',
    roles: ['ngo'],
    preferredLanguage: 'cs',
    _verified: true,
  })
  const organisation = await api<{ doc: { id: ID } }>(admin, 'post', '/api/organisations', {
    name: `Spolek Třešť ${stamp}`,
    kind: 'ngo',
    country: 'CZ',
    status: 'published',
    representatives: [user.doc.id],
  })
  // Třešť lies in Vysočina (CZ063): a centre's position must lie in its region
  const regions = await api<{ docs: { id: ID }[] }>(
    admin,
    'get',
    '/api/regions?where[code][equals]=CZ063&limit=1&depth=0',
  )
  const centre = await api<{ doc: { id: ID } }>(admin, 'post', '/api/centres', {
    organisation: organisation.doc.id,
    name: CENTRE,
    region: regions.docs[0].id,
    address: { municipality: 'Třešť' },
    latitude: 49.2909,
    longitude: 15.4821,
    status: 'published',
  })
  // someone else's image, on no record of theirs
  const data = await png('#aa3355')
  const upload = await admin.request.post('/api/media', {
    headers: { Origin: new URL(baseURL).origin },
    multipart: {
      file: { name: `cizi-${stamp}.png`, mimeType: 'image/png', buffer: data },
      _payload: JSON.stringify({ alt: `Cizí fotka ${stamp}` }),
    },
  })
  expect(upload.status()).toBe(201)
  return { centre: centre.doc.id }
}

describe('the editor and the representative in the admin', () => {
  let centre: ID

  it('an editor in Czech sees a representative’s change to a live centre and opens the comparison', async () => {
    ;({ centre } = await publishedCentre())
    const representative = await logIn(REPRESENTATIVE, 'cs')
    await representative.goto(`/admin/collections/centres/${centre}`)
    await representative.locator('#field-summary').fill('Nově otevřeno i v sobotu')
    expect((await save(representative, 'centres', centre)).status()).toBe(200)

    const editor = await logIn('editor@example.org', 'cs')
    await editor.goto('/admin')
    // the menu links to the list (the menu may be folded away on a narrow window)
    expect(await editor.locator('a[href="/admin/live-edits"]').count()).toBeGreaterThan(0)
    await editor.goto('/admin/live-edits')
    await editor.getByRole('heading', { name: cs('liveEdits.title') }).waitFor()
    const row = editor.locator('.table tbody tr', { hasText: CENTRE })
    await row.waitFor()
    expect(await row.textContent()).toContain('Jana Živá')
    expect(await row.textContent()).toContain(cs('liveEdits.current'))
    // the date as Czech writes it, never US order
    expect(await row.locator('time').textContent()).toMatch(
      /^\d{1,2}\. \d{1,2}\. \d{4} \d{1,2}:\d{2}$/,
    )
    await Promise.all([
      editor.waitForURL((url) => url.pathname.includes(`/centres/${centre}/versions/`)),
      row.getByRole('link', { name: cs('liveEdits.compare') }).click(),
    ])
    await editor.getByText('Nově otevřeno i v sobotu').first().waitFor()

    // an editor of the Košice office sees their region's changes first, the rest one click away
    await withEditorRegions(editor, ['SK042'], async () => {
      await editor.goto('/admin/live-edits')
      const scope = editor.locator('.live-edits__scope')
      await scope.waitFor()
      expect(await scope.textContent()).toContain('Košický kraj')
      expect(await editor.locator('.table tbody tr', { hasText: CENTRE }).count()).toBe(0)
      await scope.getByRole('link', { name: cs('liveEdits.showAll') }).click()
      await editor.waitForURL((url) => url.searchParams.get('all') === '1')
      await editor.locator('.table tbody tr', { hasText: CENTRE }).waitFor()
      expect(await scope.textContent()).toContain(cs('liveEdits.allRegions'))
    })
  })

  it('an administrator in Hungarian gives an editor two regions on their account, named in Hungarian', async () => {
    const hu = getT('hu', 'admin')
    const admin = await logIn('admin@example.org', 'hu')
    const editor = await api<{ docs: { id: ID }[] }>(
      admin,
      'get',
      '/api/users?where[email][equals]=editor@example.org&limit=1&depth=0',
    )
    const id = editor.docs[0].id
    const field = admin.locator('#field-regions')
    try {
      // the content language Hungarian too: the regions are named in it
      await admin.goto(`/admin/collections/users/${id}?locale=hu`)
      await admin.getByText(hu('users.regions')).first().waitFor()
      for (const name of ['Kassai kerület', 'Vysočina kerület']) {
        await field.locator('.rs__control').click()
        await admin.keyboard.type(name.split(' ')[0])
        await admin.locator('.rs__option', { hasText: name }).first().click()
      }
      expect((await save(admin, 'users', id)).status()).toBe(200)
      await admin.reload()
      const chosen = field.locator('.relationship--multi-value-label__text')
      await expect
        .poll(async () => (await chosen.allTextContents()).map((text) => text.trim()).sort())
        .toEqual(['Kassai kerület', 'Vysočina kerület'])
      expect(await field.innerText()).not.toMatch(/Region|Košice|Kraj Vysočina/)
      // what the page shows (textContent would also read the scripts' data)
      expect(await admin.locator('body').innerText()).not.toMatch(/\bRegions?\b/)
      const stored = await api<{ regions: { code: string }[] }>(
        admin,
        'get',
        `/api/users/${id}?depth=1`,
      )
      expect(stored.regions.map((region) => region.code).sort()).toEqual(['CZ063', 'SK042'])
    } finally {
      await api(admin, 'patch', `/api/users/${id}`, { regions: [] })
      // the admin's content language back to Slovak for the journeys after this one
      await admin.goto(`/admin/collections/users/${id}?locale=sk`)
    }
  })

  it('a representative sees only their own images in the media library', async () => {
    const representative = await logIn(REPRESENTATIVE, 'cs')
    const data = await png('#2255aa')
    const upload = await representative.request.post('/api/media', {
      headers: { Origin: new URL(baseURL).origin },
      multipart: {
        file: { name: `vlastni-${stamp}.png`, mimeType: 'image/png', buffer: data },
        _payload: JSON.stringify({ alt: `Vlastní fotka ${stamp}` }),
      },
    })
    expect(upload.status()).toBe(201)
    await representative.goto('/admin/collections/media')
    const rows = representative.locator('.table tbody tr')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(1)
    // the alt text is the upload's language's; the file name is the same in every one
    expect(await rows.first().textContent()).toContain(`vlastni-${stamp}`)
    expect(await representative.locator('body').textContent()).not.toContain(`Cizí fotka ${stamp}`)
  })

  it('refuses a file that is no image beside the upload field, in Czech', async () => {
    const representative = await logIn(REPRESENTATIVE, 'cs')
    await representative.goto(`/admin/collections/centres/${centre}`)
    await openTab(representative, cs('tabs.photosPosition'), '#field-photos')
    const field = representative.locator('#field-photos')
    await field.waitFor()
    // a field of many photos adds them through Payload's bulk-upload drawer; a text file named
    // like an image passes the browser's own type filter and is refused by the server
    await field.locator('.upload__createNewToggler').click()
    await representative
      .locator('.drawer--is-open input[type="file"]')
      .first()
      .setInputFiles({
        name: 'rozpis.png',
        mimeType: 'image/png',
        buffer: Buffer.from('toto není obrázek'),
      })
    const drawer = representative.locator('.drawer--is-open').last()
    await drawer.waitFor()
    await drawer.locator('#field-alt').fill('Rozpis')
    const [response] = await Promise.all([
      representative.waitForResponse(
        (r) => r.url().includes('/api/media') && r.request().method() === 'POST',
      ),
      drawer
        .getByRole('button', { name: /^Uložit$/ })
        .first()
        .click(),
    ])
    expect(response.status()).toBe(400)
    const reason = cs('upload.wrongType', { allowed: 'JPG, JPEG, PNG, WEBP' })
    await drawer.locator('.field-error', { hasText: reason }).first().waitFor()
    await representative
      .getByText(cs('upload.failed', { count: 1 }))
      .first()
      .waitFor()
    const body = await representative.locator('body').textContent()
    expect(body).not.toContain('Failed to save')
    expect(body).not.toContain('is not allowed')
    expect(body).not.toContain('The following field is invalid')
  })
})
