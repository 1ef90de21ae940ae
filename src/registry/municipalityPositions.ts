import { fold } from '@/search/text'
import { places } from '@/seed/data/centres'

type Position = { latitude: number; longitude: number }

/*
 * Where a municipality is, from a table kept here rather than an online geocoder (no request
 * leaves the server, nothing to rate-limit or pay for). The table is the towns the platform
 * knows (those the demo registry covers); a fuller national list can replace it row for row.
 */
const table = new Map<string, Position>(
  places.map(([municipality, , regionCode, latitude, longitude]) => [
    `${regionCode}:${fold(municipality)}`,
    { latitude, longitude },
  ]),
)

/** The municipality's position in its region, or undefined when the table does not know it. */
export function municipalityPosition(
  municipality: string | undefined,
  regionCode: string,
): Position | undefined {
  if (!municipality) return undefined
  return table.get(`${regionCode}:${fold(municipality.trim())}`)
}
