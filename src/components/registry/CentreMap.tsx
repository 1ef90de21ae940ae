import { headers } from 'next/headers'

import { CENTRE_MAP_SCRIPT } from './centreMapScript'

/** [latitude, longitude, slug, name], as map.json sends them */
export type Point = [number, number, string, string]

type Props = {
  /** the directory's map.json with the page's filters */
  pointsUrl: string
  /** the points themselves, when the page has them already (one centre's page); else fetched */
  points?: Point[]
  tileUrl: string | null
  attribution: string
  label: string
  fallback: string
  tilesOff: string
}

/**
 * The filtered centres on a Leaflet map (its own files, no CDN). Markers are vector circles, so
 * no image assets are needed; without tiles (offline, or MAP_TILE_URL=none) the points still
 * show, and the list beside the map carries the same information for everyone. Drawn by a
 * small script of its own, not a React island: the page around it only reads and is sent
 * without the framework (src/cache/readOnlyPages.js).
 */
export async function CentreMap({
  pointsUrl,
  points,
  tileUrl,
  attribution,
  label,
  fallback,
  tilesOff,
}: Props) {
  const nonce = (await headers()).get('x-nonce') ?? undefined
  return (
    <figure className="centre-map">
      <div
        className="centre-map__canvas"
        role="region"
        aria-label={label}
        data-points-url={pointsUrl}
        data-points={points ? JSON.stringify(points) : undefined}
        data-tile-url={tileUrl ?? undefined}
        data-attribution={attribution}
      >
        {/* only a reader without JavaScript is told the map needs it */}
        <noscript>
          <p className="hint">{fallback}</p>
        </noscript>
      </div>
      {tileUrl ? null : <figcaption className="hint">{tilesOff}</figcaption>}
      <script src={CENTRE_MAP_SCRIPT} nonce={nonce} async />
    </figure>
  )
}

/** The maps' script alone, for a page whose map is a position picker (the registration form). */
export async function CentreMapScript() {
  const nonce = (await headers()).get('x-nonce') ?? undefined
  return <script src={CENTRE_MAP_SCRIPT} nonce={nonce} async />
}
