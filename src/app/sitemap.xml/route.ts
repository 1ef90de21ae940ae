import { readServerUrl } from '@/config/environment'
import { keptSitemap, xmlResponse } from '@/utilities/sitemap'
import { getPayloadClient } from '@/utilities/payload'

export const dynamic = 'force-dynamic'

/** The sitemap index robots.txt names: every part of the sitemap (src/utilities/sitemap.ts). */
export async function GET() {
  return xmlResponse((await keptSitemap(await getPayloadClient(), readServerUrl()))!)
}
