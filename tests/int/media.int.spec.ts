import type { Payload } from 'payload'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_IMAGE_BYTES } from '@/collections/Media'
import type { User } from '@/payload-types'

import { bootPayload, createUser, expectForbidden, type TestPayload } from '../helpers/payload'

let ctx: TestPayload
let payload: Payload
let ngo: User
let other: User
let member: User

beforeAll(async () => {
  ctx = await bootPayload({ MEDIA_DIR: `/tmp/platform-media-${Date.now()}` })
  payload = ctx.payload
  ngo = await createUser(payload, ['ngo'])
  other = await createUser(payload, ['ngo'])
  member = await createUser(payload, ['member'])
})

afterAll(async () => {
  await ctx?.cleanup()
})

const png = () =>
  sharp({ create: { width: 40, height: 30, channels: 3, background: '#0b5d5b' } }).png().toBuffer()

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
      payload.update({ collection: 'media', id: doc.id, data: { alt: 'x' }, overrideAccess: false, user: other }),
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

  it('refuses an oversized image and stores nothing', async () => {
    const before = (await payload.count({ collection: 'media' })).totalDocs
    // random noise does not compress: a real PNG above the limit
    const data = await sharp({
      create: { width: 1600, height: 1600, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 60 } },
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
    ).rejects.toMatchObject({ status: 413, data: { errors: [{ path: 'file', message: 'Súbor je príliš veľký: najviac 5 MB.' }] } })
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
