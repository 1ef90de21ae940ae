/**
 * Map tiles: OpenStreetMap by default (the only third-party request the site can make, and
 * only on the map); MAP_TILE_URL points to another tile server, or `none` to draw the centres
 * without a background map (e.g. offline, or to keep every request on our own host).
 */
export function mapTileUrl(env: Record<string, string | undefined> = process.env): string | null {
  const value = (env.MAP_TILE_URL ?? '').trim()
  if (value === 'none') return null
  return value || 'https://tile.openstreetmap.org/{z}/{x}/{y}.png'
}

export const MAP_ATTRIBUTION =
  '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors'
