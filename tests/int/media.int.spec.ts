import { createLocalReq, type Payload, type Where } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { ownMediaFilter } from '@/access/ownMediaFilter'
import { MAX_IMAGE_BYTES } from '@/collections/Media'
import type { Media, User } from '@/payload-types'

import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let ngo: User
let other: User
let member: User
let admin: User
let editor: User
let routes: {
  rest: typeof import('@/app/(payload)/api/[...slug]/route')
  graphQL: typeof import('@/app/(payload)/api/graphql/route')
}

beforeAll(async () => {
  ctx = await bootPayload({ MEDIA_DIR: `/tmp/platform-media-${Date.now()}` })
  payload = ctx.payload
  const [rest, graphQL] = await Promise.all([
    import('@/app/(payload)/api/[...slug]/route'),
    import('@/app/(payload)/api/graphql/route'),
  ])
  routes = { rest, graphQL }
  // the first account becomes an admin whatever its roles
  admin = await createUser(payload, ['admin'])
  editor = await createUser(payload, ['editor'])
  ngo = await createUser(payload, ['ngo'])
  other = await createUser(payload, ['ngo'])
  member = await createUser(payload, ['member'])
})

afterAll(async () => {
  await ctx?.cleanup()
})

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#0b5d5b' } })
    .png()
    .toBuffer()

describe('photos and logos', () => {
  it('accepts an image from a representative and records who uploaded it', async () => {
    const data = await png()
    const doc = await payload.create({
      collection: 'media',
      data: { alt: 'Budova centra' },
      file: { data, mimetype: 'image/png', name: 'centre.png', size: data.length },
      overrideAccess: false,
      user: ngo,
    })
    expect(doc.mimeType).toBe('image/png')
    expect(typeof doc.uploadedBy === 'object' ? doc.uploadedBy?.id : doc.uploadedBy).toBe(ngo.id)
    // another representative cannot replace or delete it
    await expectForbidden(
      payload.update({
        collection: 'media',
        id: doc.id,
        data: { alt: 'x' },
        overrideAccess: false,
        user: other,
      }),
    )
  })

  it('refuses a file that is not an image and stores nothing', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const data = Buffer.from('<script>alert(1)</script>')
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'not an image' },
        file: { data, mimetype: 'text/html', name: 'evil.html', size: data.length },
        overrideAccess: false,
        user: ngo,
      }),
    ).rejects.toThrow()
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses text dressed as a PNG with the reason in the admin’s language', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    const data = Buffer.from('toto není obrázek')
    const refusal = await payload
      .create({
        collection: 'media',
        data: { alt: 'Rozpis' },
        file: { data, mimetype: 'image/png', name: 'rozpis.png', size: data.length },
        overrideAccess: false,
        user: ngo,
      })
      .then(
        () => undefined,
        (error: { data?: { errors?: { path: string; message: string }[] } }) => error,
      )
    // Payload's own check would say "File type text/plain … is not allowed", in English
    expect(refusal?.data?.errors).toEqual([
      expect.objectContaining({
        path: 'file',
        message: 'Tento typ súboru nie je povolený. Povolené sú: JPG, JPEG, PNG, WEBP.',
      }),
    ])
    expect(refusal?.data?.errors?.[0].message).not.toMatch(/not allowed/)
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses an oversized image and stores nothing', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    // random noise does not compress: a real PNG above the limit
    const data = await sharp({
      create: {
        width: 1600,
        height: 1600,
        channels: 3,
        background: '#000',
        noise: { type: 'gaussian', mean: 128, sigma: 60 },
      },
    })
      .png({ compressionLevel: 0 })
      .toBuffer()
    expect(data.length).toBeGreaterThan(MAX_IMAGE_BYTES)
    await expect(
      payload.create({
        collection: 'media',
        data: { alt: 'too big' },
        file: { data, mimetype: 'image/png', name: 'big.png', size: data.length },
        overrideAccess: false,
        user: ngo,
      }),
    ).rejects.toMatchObject({
      status: 413,
      data: { errors: [{ path: 'file', message: 'Súbor je príliš veľký: najviac 5 MB.' }] },
    })
    expect((await payload.count({ collection: 'media' })).totalDocs).toBe(before)
  })

  it('refuses uploads by working-group members and visitors', async () => {
    const data = await png()
    for (const user of [member, null]) {
      await expectForbidden(
        payload.create({
          collection: 'media',
          data: { alt: 'x' },
          file: { data, mimetype: 'image/png', name: 'x.png', size: data.length },
          overrideAccess: false,
          user,
        }),
      )
    }
  })
})

const password = 'correct horse battery staple'
const tokenOf = async (user: User | null) =>
  user
    ? (await payload.login({ collection: 'users', data: { email: user.email, password } })).token!
    : null

function get(path: string, token: string | null) {
  const url = new URL(`http://localhost${path}`)
  const slug = url.pathname
    .replace(/^\/api\//, '')
    .split('/')
    .map(decodeURIComponent)
  const headers: Record<string, string> = token ? { Authorization: `JWT ${token}` } : {}
  return routes.rest.GET(new Request(url, { headers }), { params: Promise.resolve({ slug }) })
}

async function graphQL(query: string, token: string | null) {
  const response = await routes.graphQL.POST(
    new Request('http://localhost/api/graphql', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `JWT ${token}` } : {}),
      },
      body: JSON.stringify({ query }),
    }),
  )
  return (await response.json()) as {
    data?: Record<string, { docs?: { id: unknown }[] } | null>
    errors?: unknown[]
  }
}

describe('who sees which image', () => {
  let representative: User
  let colleague: User
  let attacker: User
  let ownOrganisation: number | string
  let privatePhoto: Media
  let publicPhoto: Media
  let strayUpload: Media
  let pendingCentre: number | string

  const upload = async (user: User, alt: string) => {
    const data = await png()
    return payload.create({
      collection: 'media',
      data: { alt },
      file: {
        data,
        mimetype: 'image/png',
        name: `${alt.replace(/\W+/g, '-')}.png`,
        size: data.length,
      },
      overrideAccess: false,
      user,
    })
  }
  const visibleIds = async (user: User | null, where?: Where) =>
    (
      await payload.find({
        collection: 'media',
        where,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user,
      })
    ).docs.map((doc) => doc.id)
  const organisation = (name: string, status: string, representatives: User[]) =>
    payload.create({
      collection: 'organisations',
      data: {
        name,
        kind: 'ngo',
        country: 'SK',
        status,
        representatives: representatives.map((user) => user.id),
      } as never,
    })
  const region = async () =>
    (await payload.find({ collection: 'regions', limit: 1, depth: 0 })).docs[0]?.id ??
    (
      await payload.create({
        collection: 'regions',
        data: { name: 'Trenčiansky kraj', code: 'SK022', country: 'SK' } as never,
      })
    ).id

  beforeAll(async () => {
    representative = await createUser(payload, ['ngo'], { name: 'Renáta Zástupkyňa' })
    colleague = await createUser(payload, ['ngo'], { name: 'Kolega Zástupca' })
    attacker = await createUser(payload, ['ngo'], { name: 'Iná Organizácia' })
    ownOrganisation = (
      await organisation('Naša organizácia', 'pending', [representative, colleague])
    ).id
    const otherOrganisation = (await organisation('Iná organizácia', 'published', [attacker])).id
    const regionId = await region()
    // the colleague's photo on their organisation's centre, still awaiting approval
    privatePhoto = await upload(colleague, 'Fotka čakajúceho centra')
    pendingCentre = (
      await payload.create({
        collection: 'centres',
        data: {
          name: 'Čakajúce centrum',
          organisation: ownOrganisation,
          region: regionId,
          address: { municipality: 'Trenčín' },
          status: 'pending',
          photos: [privatePhoto.id],
        } as never,
      })
    ).id
    // the other organisation's published centre shows its photo to everyone
    publicPhoto = await upload(attacker, 'Fotka verejného centra')
    await payload.create({
      collection: 'centres',
      data: {
        name: 'Verejné centrum',
        organisation: otherOrganisation,
        region: regionId,
        address: { municipality: 'Nitra' },
        status: 'published',
        photos: [publicPhoto.id],
      } as never,
    })
    strayUpload = await upload(attacker, 'Nepoužitá fotka')
  })

  it('shows a representative their colleagues’ photos on their records, never another organisation’s unpublished ones', async () => {
    expect(await visibleIds(representative)).toEqual(
      expect.arrayContaining([privatePhoto.id, publicPhoto.id]),
    )
    expect(await visibleIds(representative)).not.toContain(strayUpload.id)
    const attackers = await visibleIds(attacker)
    expect(attackers).toEqual(expect.arrayContaining([publicPhoto.id, strayUpload.id]))
    expect(attackers).not.toContain(privatePhoto.id)
    expect(await visibleIds(null)).toEqual([publicPhoto.id])
    expect(await visibleIds(member)).toEqual([publicPhoto.id])
    for (const staff of [admin, editor]) {
      expect(await visibleIds(staff)).toEqual(
        expect.arrayContaining([privatePhoto.id, publicPhoto.id, strayUpload.id]),
      )
    }
  })

  it('refuses the private photo by id, by filter, by its file and through GraphQL', async () => {
    for (const user of [attacker, member, null]) {
      await expect(
        payload.findByID({ collection: 'media', id: privatePhoto.id, overrideAccess: false, user }),
      ).rejects.toMatchObject({ status: 404 })
      const token = await tokenOf(user)
      // the file and each of its resized copies
      for (const filename of [
        privatePhoto.filename,
        privatePhoto.sizes?.thumbnail?.filename,
        privatePhoto.sizes?.card?.filename,
      ]) {
        if (!filename) continue
        expect((await get(`/api/media/file/${filename}`, token)).status).toBe(403)
      }
      expect((await get(`/api/media/${privatePhoto.id}`, token)).status).toBe(404)
      const listed = await (
        await get(`/api/media?limit=100&where[id][equals]=${privatePhoto.id}`, token)
      ).json()
      expect(listed.docs).toEqual([])
      // GraphQL: the list and the single document
      const list = await graphQL('{ allMedia(limit: 100) { docs { id alt } } }', token)
      expect(list.data?.allMedia?.docs?.map((doc) => doc.id)).not.toContain(privatePhoto.id)
      const single = await graphQL(
        `{ Media(id: ${JSON.stringify(privatePhoto.id)}) { id alt } }`,
        token,
      )
      expect(single.data?.Media ?? null).toBeNull()
    }
    // the owners themselves get the file
    expect(
      (await get(`/api/media/file/${privatePhoto.filename}`, await tokenOf(representative))).status,
    ).toBe(200)
    expect((await get(`/api/media/file/${publicPhoto.filename}`, null)).status).toBe(200)
  })

  it('answers no filter on who uploaded an image or which records use it, except to staff', async () => {
    for (const user of [attacker, representative, null]) {
      for (const where of [
        { uploadedBy: { equals: colleague.id } },
        { uploadedBy: { exists: true } },
        { usedBy: { in: [ownOrganisation] } },
        { publicUse: { equals: false } },
      ] as Where[]) {
        await expect(
          payload.find({ collection: 'media', where, overrideAccess: false, user }),
        ).rejects.toMatchObject({ status: 400 })
      }
      const token = await tokenOf(user)
      expect(
        (await get(`/api/media?where[uploadedBy][equals]=${colleague.id}`, token)).status,
      ).toBe(400)
      const filtered = await graphQL(
        `{ allMedia(where: { uploadedBy: { equals: ${JSON.stringify(colleague.id)} } }) { docs { id } } }`,
        token,
      )
      expect(filtered.data?.allMedia?.docs ?? []).toEqual([])
    }
    expect(await visibleIds(editor, { uploadedBy: { equals: colleague.id } })).toEqual([
      privatePhoto.id,
    ])
    // nor does a public image tell a visitor who uploaded it or where it is used
    const seen = await payload.findByID({
      collection: 'media',
      id: publicPhoto.id,
      depth: 0,
      overrideAccess: false,
      user: null,
    })
    expect(seen).not.toHaveProperty('uploadedBy')
    expect(seen).not.toHaveProperty('usedBy')
    expect(seen).not.toHaveProperty('publicUse')
    const own = await payload.findByID({
      collection: 'media',
      id: publicPhoto.id,
      depth: 0,
      overrideAccess: false,
      user: attacker,
    })
    expect(own.uploadedBy).toBe(attacker.id)
  })

  it('makes a photo public when its record is published and private again when it is taken off', async () => {
    await payload.update({
      collection: 'centres',
      id: pendingCentre,
      data: { status: 'published' } as never,
    })
    expect(await visibleIds(null)).toEqual(expect.arrayContaining([privatePhoto.id]))
    await payload.update({
      collection: 'centres',
      id: pendingCentre,
      data: { photos: [] } as never,
    })
    expect(await visibleIds(null)).not.toContain(privatePhoto.id)
    // still the colleague's own upload, and no longer their organisation's
    expect(await visibleIds(colleague)).toContain(privatePhoto.id)
    expect(await visibleIds(representative)).not.toContain(privatePhoto.id)
    await payload.update({
      collection: 'centres',
      id: pendingCentre,
      data: { photos: [privatePhoto.id] } as never,
    })
    await payload.delete({ collection: 'centres', id: pendingCentre })
    expect(await visibleIds(null)).not.toContain(privatePhoto.id)
  })

  it('keeps a photo of a case-study draft private until an editor publishes it', async () => {
    const photo = await upload(representative, 'Fotka príbehu')
    const study = await payload.create({
      collection: 'case-studies',
      draft: true,
      data: {
        title: 'Príbeh',
        summary: 'Krátko',
        originalLanguage: 'sk',
        organisation: ownOrganisation,
        country: 'SK',
        period: { from: '2025-01-01' },
        photos: [photo.id],
        _status: 'draft',
      } as never,
      overrideAccess: false,
      user: representative,
    })
    expect(await visibleIds(colleague)).toContain(photo.id)
    expect(await visibleIds(null)).not.toContain(photo.id)
    await payload.update({
      collection: 'case-studies',
      id: study.id,
      data: { _status: 'published' } as never,
      user: editor,
      overrideAccess: false,
    })
    expect(await visibleIds(null)).toContain(photo.id)
  })

  it('lists in the admin library only a representative’s own uploads and their records’ images', async () => {
    const filterFor = async (user: User) => {
      const req = await createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
      return ownMediaFilter({ req, limit: 10, page: 1, sort: 'id' })
    }
    const libraryOf = async (user: User) =>
      (await visibleIds(user, ((await filterFor(user)) ?? undefined) as Where | undefined)).sort()
    expect(await libraryOf(attacker)).toEqual([publicPhoto.id, strayUpload.id].sort())
    expect(await libraryOf(representative)).not.toContain(publicPhoto.id)
    expect(await filterFor(editor)).toBeNull()
    expect(await libraryOf(member)).toEqual([])
  })
})
