import { gunzipSync, gzipSync } from 'node:zlib'

import type { CollectionSlug, Payload } from 'payload'

import { type PublicCollection, publicWhere } from '@/access/publicWhere'
import { locales } from '@/i18n/locales'
import { cached } from '@/utilities/derivedCache'

/** The pages every language has that no document makes: the part named `pages`. */
const staticPaths = [
  '',
  '/about',
  '/centres',
  '/organisations',
  '/events',
  '/good-practice',
  '/impact',
  '/strategies',
  '/working-groups',
  '/register',
  '/privacy',
  '/accessibility',
  '/contact',
  '/open-data',
]

/** Where each public collection's documents are shown, after the locale. */
const sections: Record<PublicCollection, string> = {
  centres: '/centres',
  organisations: '/organisations',
  events: '/events',
  'case-studies': '/good-practice',
  strategies: '/strategies',
  'working-groups': '/working-groups',
}
const collections = Object.keys(sections) as PublicCollection[]

/**
 * Documents per part. Each is a page in four languages: 8,000 URLs, about 5 MB, within the
 * protocol's 50,000 URLs and 50 MB per file, and under a second and a half's reading. One file of
 * everything held 236,000 URLs (153 MB) at 50,000 centres, which search engines refuse, and
 * took the server 25 s and 2.3 GB to make.
 */
export const DOCUMENTS_PER_PART = 2_000
/** What a part shows besides its own collection: a plan is public while its organisation is. */
const alsoDependsOn: Partial<Record<PublicCollection, CollectionSlug[]>> = {
  strategies: ['organisations'],
}

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (character) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[character]!,
  )

/** What the public may read of a collection, as the public reads it (access applied). */
const asVisitor = { overrideAccess: false, user: null } as const

/**
 * The names of the sitemap's parts: `pages`, then `<collection>-<n>` for each
 * `perPart` public documents of a collection, in id order.
 */
export async function sitemapParts(
  payload: Payload,
  perPart = DOCUMENTS_PER_PART,
): Promise<string[]> {
  const counts = await Promise.all(
    collections.map(
      async (collection) =>
        (await payload.count({ collection, where: publicWhere[collection], ...asVisitor }))
          .totalDocs,
    ),
  )
  return [
    'pages',
    ...collections.flatMap((collection, at) =>
      Array.from(
        { length: Math.ceil(counts[at] / perPart) },
        (_, index) => `${collection}-${index + 1}`,
      ),
    ),
  ]
}

/** A part's collection and page (from 1), 'pages', or null for a name no part has. */
function partName(part: string): 'pages' | { collection: PublicCollection; page: number } | null {
  if (part === 'pages') return part
  const match = /^([a-z-]+)-([1-9]\d{0,5})$/.exec(part)
  const collection = match?.[1] as PublicCollection | undefined
  if (!match || !collection || !Object.hasOwn(sections, collection)) return null
  return { collection, page: Number(match[2]) }
}

/** The sitemap index at /sitemap.xml: one entry per part, at /sitemaps/<part>.xml.gz. */
export function sitemapIndexXml(base: string, parts: string[]): string {
  const entries = parts.map(
    (part) => `<sitemap><loc>${escapeXml(`${base}/sitemaps/${part}.xml.gz`)}</loc></sitemap>`,
  )
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
}

/** One page in every language, each listing its translations (hreflang). */
function urlEntries(base: string, path: string, lastModified?: string): string {
  const href = (locale: string) => escapeXml(`${base}/${locale}${path}`)
  const alternates = [
    ...locales.map(
      (locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${href(locale)}" />`,
    ),
    `<xhtml:link rel="alternate" hreflang="x-default" href="${href(locales[0])}" />`,
  ].join('\n')
  const modified = lastModified ? `\n<lastmod>${escapeXml(lastModified)}</lastmod>` : ''
  return locales
    .map((locale) => `<url>\n<loc>${href(locale)}</loc>\n${alternates}${modified}\n</url>`)
    .join('\n')
}

/**
 * One part of the sitemap as XML, or null when there is no such part (an unknown name, a
 * number past the collection's last public document).
 */
export async function sitemapPartXml(
  payload: Payload,
  base: string,
  part: string,
  perPart = DOCUMENTS_PER_PART,
): Promise<string | null> {
  let entries: string[]
  const named = partName(part)
  if (named === null) return null
  if (named === 'pages') entries = staticPaths.map((path) => urlEntries(base, path))
  else {
    const { collection, page } = named
    const { docs } = await payload.find({
      collection,
      where: publicWhere[collection],
      ...asVisitor,
      depth: 0,
      sort: 'id',
      limit: perPart,
      page,
      select: { slug: true, updatedAt: true },
    })
    if (docs.length === 0) return null
    entries = (docs as { slug?: string | null; updatedAt: string }[])
      .filter((doc) => doc.slug)
      .map((doc) => urlEntries(base, `${sections[collection]}/${doc.slug}`, doc.updatedAt))
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`
}

const TTL_MS = 60 * 60_000

/**
 * A part of the sitemap, or without `part` its index, gzipped, as the public may read it: made
 * once and kept until a document it lists changes (a part is about 90 kB compressed, a fiftieth
 * of its text). Null for a part that does not exist.
 */
export function keptSitemap(payload: Payload, base: string, part?: string): Promise<Buffer | null> {
  const named = part === undefined ? null : partName(part)
  const dependsOn: CollectionSlug[] =
    part === undefined
      ? collections
      : named && named !== 'pages'
        ? [named.collection, ...(alsoDependsOn[named.collection] ?? [])]
        : []
  const key = `sitemap:${base}:${part ?? ''}`
  return cached(payload, key, { dependsOn, ttlMs: TTL_MS }, async () => {
    const xml =
      part === undefined
        ? sitemapIndexXml(base, await sitemapParts(payload))
        : await sitemapPartXml(payload, base, part)
    return xml === null ? null : gzipSync(xml, { level: 6 })
  })
}

/**
 * A part as a gzip file (`.xml.gz`, which the sitemap protocol allows): Next.js drops a route
 * handler's Content-Encoding, so compressed bytes can only go out as the file itself.
 */
export const gzipFileResponse = (compressed: Buffer) =>
  new Response(new Uint8Array(compressed), {
    headers: { 'Content-Type': 'application/gzip', 'Cache-Control': 'public, max-age=3600' },
  })

/** The index as text: a few kilobytes. */
export const xmlResponse = (compressed: Buffer) =>
  new Response(new Uint8Array(gunzipSync(compressed)), {
    headers: {
      'Content-Type': 'application/xml; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
