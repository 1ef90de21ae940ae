import { getPayloadClient } from '@/utilities/payload'
import { centreDotsSvg } from '@/registry/centreDots'
import { directoryIndex } from '@/registry/directoryIndex'

export const dynamic = 'force-dynamic'

// drawn once per state of the index
let picture: { version: number; index: object; svg: string } | undefined

/** The home page's still picture of every published centre (see centreDots). */
export async function GET() {
  const index = await directoryIndex(await getPayloadClient())
  if (picture?.index !== index || picture.version !== index.version) {
    const positions = [...index.slots()].map((slot) => index.positionOf(slot))
    picture = { index, version: index.version, svg: centreDotsSvg(positions) }
  }
  return new Response(picture.svg, {
    headers: {
      'Content-Type': 'image/svg+xml; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  })
}
