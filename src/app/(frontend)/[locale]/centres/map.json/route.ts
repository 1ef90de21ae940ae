import { isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/utilities/payload'
import { parseFilters } from '@/registry/directory'
import { directoryIndex } from '@/registry/directoryIndex'

export const dynamic = 'force-dynamic'

/**
 * The points of the directory's map for the same filters as the page: every match, not only
 * the page of the list. Fetched by the map itself, so the page's HTML stays small however many
 * centres there are. Rows are [latitude, longitude, slug, name].
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response(null, { status: 404 })
  const search = new URL(request.url).searchParams
  // repeated keys (?language=rom&language=hu) are lists, as on the page
  const filters = parseFilters(
    Object.fromEntries([...new Set(search.keys())].map((key) => [key, search.getAll(key)])),
  )
  const index = await directoryIndex(await getPayloadClient())
  // each point's JSON is kept by the index: a result of 50,000 is one join, not 50,000 arrays
  const points = index.pointsJson(index.search(filters, locale))
  return new Response(`{"points":${points}}`, {
    headers: { 'Content-Type': 'application/json', 'Cache-Control': 'public, max-age=60' },
  })
}
