import type { MetadataRoute } from 'next'
import type { CollectionSlug, Where } from 'payload'

import { readServerUrl } from '@/config/environment'
import { publicWhere } from '@/access/publicWhere'
import { locales } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'

export const dynamic = 'force-dynamic'

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

/** Every public page in every language, each listing its translations (hreflang). */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const base = readServerUrl()
  const payload = await getPayloadClient()
  const listed = async (collection: CollectionSlug, prefix: string, where: Where) => {
    const { docs } = await payload.find({
      collection,
      where,
      overrideAccess: false,
      user: null,
      pagination: false,
      depth: 0,
      select: { slug: true, updatedAt: true },
    })
    return (docs as { slug?: string | null; updatedAt: string }[])
      .filter((doc) => doc.slug)
      .map((doc) => ({ path: `${prefix}/${doc.slug}`, lastModified: doc.updatedAt }))
  }
  const pages = [
    ...staticPaths.map((path) => ({ path, lastModified: undefined as string | undefined })),
    ...(await listed('centres', '/centres', publicWhere.centres)),
    ...(await listed('organisations', '/organisations', publicWhere.organisations)),
    ...(await listed('events', '/events', publicWhere.events)),
    ...(await listed('case-studies', '/good-practice', publicWhere['case-studies'])),
    ...(await listed('strategies', '/strategies', publicWhere.strategies)),
    ...(await listed('working-groups', '/working-groups', publicWhere['working-groups'])),
  ]
  return pages.flatMap(({ path, lastModified }) => {
    const languages = Object.fromEntries(
      locales.map((locale) => [locale, `${base}/${locale}${path}`]),
    )
    return locales.map((locale) => ({
      url: `${base}/${locale}${path}`,
      lastModified,
      alternates: { languages: { ...languages, 'x-default': `${base}/${locales[0]}${path}` } },
    }))
  })
}
