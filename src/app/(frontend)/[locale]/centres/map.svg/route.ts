import { getPayloadClient } from '@/utilities/payload'
import { centreDotsSvg } from '@/registry/centreDots'
import { directoryIndex, type IndexedCentre } from '@/registry/directoryIndex'

export const dynamic = 'force-dynamic'

const pictures = new WeakMap<IndexedCentre[], string>()

/** The home page's still picture of every published centre (see centreDots). */
export async function GET() {
  const index = await directoryIndex(await getPayloadClient())
  let svg = pictures.get(index)
  if (!svg) pictures.set(index, (svg = centreDotsSvg(index)))
  return new Response(svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
