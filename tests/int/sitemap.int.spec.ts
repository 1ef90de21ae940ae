import { gunzipSync } from 'node:zlib'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootPayload, type TestPayload } from '../helpers/payload'
import { buildWorld, type World } from '../helpers/world'

type Sitemap = typeof import('@/utilities/sitemap')

const base = 'https://platform.example'
let ctx: TestPayload
let payload: Payload
let world: World
let sitemap: Sitemap

beforeAll(async () => {
  ctx = await bootPayload()
  payload = ctx.payload
  // imported only now: it reaches the Payload config, which must load after bootPayload
  sitemap = await import('@/utilities/sitemap')
  world = await buildWorld(payload)
}, 120_000)

afterAll(async () => {
  await ctx?.cleanup()
})

const slugOf = async (collection: CollectionSlug, key: string) =>
  (
    (await payload.findByID({ collection, id: world.ids[key], overrideAccess: true })) as {
      slug: string
    }
  ).slug

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])

describe('sitemap', () => {
  it('lists every public document in every language, split into parts, and nothing else', async () => {
    // one document a part, so that every collection with two public documents has two parts
    const perPart = 1
    const parts = await sitemap.sitemapParts(payload, perPart)
    expect(parts[0]).toBe('pages')
    expect(parts.filter((part) => part.startsWith('centres-'))).toEqual(['centres-1', 'centres-2'])
    expect(parts.filter((part) => part.startsWith('organisations-'))).toEqual([
      'organisations-1',
      'organisations-2',
    ])
    // the unlisted group has no part
    expect(parts.filter((part) => part.startsWith('working-groups-'))).toEqual(['working-groups-1'])

    const urls: string[] = []
    for (const part of parts) {
      const xml = await sitemap.sitemapPartXml(payload, base, part, perPart)
      expect(xml, part).not.toBeNull()
      const entries = locs(xml!)
      if (part !== 'pages') expect(entries, part).toHaveLength(perPart * 4)
      // every URL lists its four translations and the default
      expect(xml!.match(/<xhtml:link rel="alternate"/g)).toHaveLength(entries.length * 5)
      urls.push(...entries)
    }
    expect(new Set(urls).size).toBe(urls.length)
    for (const locale of ['sk', 'cs', 'hu', 'en']) {
      expect(urls).toContain(`${base}/${locale}/centres/${await slugOf('centres', 'centreA')}`)
      expect(urls).toContain(`${base}/${locale}/about`)
    }
    // what the public may not read is not named: a pending centre, a pending organisation
    for (const [collection, key] of [
      ['centres', 'centreA2'],
      ['centres', 'centreP'],
      ['organisations', 'orgP'],
    ] as const) {
      const slug = await slugOf(collection, key)
      expect(urls.filter((url) => url.endsWith(`/${slug}`))).toEqual([])
    }
    const unlisted = await payload.find({
      collection: 'working-groups',
      where: { listedPublicly: { equals: false } },
      overrideAccess: true,
    })
    expect(unlisted.docs.length).toBeGreaterThan(0)
    for (const group of unlisted.docs)
      expect(urls.filter((url) => url.endsWith(`/working-groups/${group.slug}`))).toEqual([])
  })

  it('answers no part for a name it never lists', async () => {
    for (const name of [
      'centres-3',
      'centres-0',
      'centres-01',
      'centres-x',
      'users-1',
      'constructor-1',
      'pages-1',
      '',
    ])
      expect(await sitemap.sitemapPartXml(payload, base, name, 1), name).toBeNull()
  })

  it('names its parts in an index, and escapes what it writes', () => {
    const xml = sitemap.sitemapIndexXml('https://a.example/x&y', ['pages', 'centres-1'])
    expect(locs(xml)).toEqual([
      'https://a.example/x&amp;y/sitemaps/pages.xml.gz',
      'https://a.example/x&amp;y/sitemaps/centres-1.xml.gz',
    ])
    expect(xml).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">')
  })

  it('keeps a part until a document it lists changes', async () => {
    const read = async (part?: string) =>
      gunzipSync((await sitemap.keptSitemap(payload, base, part))!).toString('utf8')
    const slug = await slugOf('centres', 'centreA2')
    expect(await read('centres-1')).not.toContain(`/${slug}<`)
    expect(await read('centres-1')).toBe(await read('centres-1'))
    await payload.update({
      collection: 'centres',
      id: world.ids.centreA2,
      data: { status: 'published' },
      overrideAccess: true,
    })
    expect(await read('centres-1')).toContain(`/sk/centres/${slug}<`)
    expect(locs(await read())).toContain(`${base}/sitemaps/centres-1.xml.gz`)
    expect(await sitemap.keptSitemap(payload, base, 'centres-2')).toBeNull()
  })
})
