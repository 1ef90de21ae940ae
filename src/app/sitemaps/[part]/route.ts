import { readServerUrl } from '@/config/environment'
import { gzipFileResponse, keptSitemap } from '@/utilities/sitemap'
import { getPayloadClient } from '@/utilities/payload'

export const dynamic = 'force-dynamic'

/** One part of the sitemap, `/sitemaps/<part>.xml.gz`, as listed by the index at /sitemap.xml. */
export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const name = /^(.+)\.xml\.gz$/.exec((await params).part)?.[1]
  const part = name ? await keptSitemap(await getPayloadClient(), readServerUrl(), name) : null
  if (part === null) return new Response('Not found', { status: 404 })
  return gzipFileResponse(part)
}
