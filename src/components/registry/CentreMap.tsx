'use client'

import { useEffect, useRef, useState } from 'react'

import { whenSeen } from './whenSeen'

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
 * The filtered centres on a Leaflet map (bundled, no CDN). Markers are vector circles, so no
 * image assets are needed; without tiles (offline, or MAP_TILE_URL=none) the points still
 * show, and the list beside the map carries the same information for everyone.
 */
export function CentreMap({
  pointsUrl,
  points: given,
  tileUrl,
  attribution,
  label,
  fallback,
  tilesOff,
}: Props) {
  const container = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let map: import('leaflet').Map | undefined
    let cancelled = false
    const draw = async () => {
      const [L, , points] = await Promise.all([
        import('leaflet'),
        // with the script, not in the page's head: a stylesheet there blocks the first paint
        // of every page showing a map, most of whose readers never scroll to it
        import('leaflet/dist/leaflet.css'),
        given ??
          fetch(pointsUrl)
            .then((response) =>
              response.ok ? (response.json() as Promise<{ points: Point[] }>) : { points: [] },
            )
            .then((body) => body.points)
            .catch(() => [] as Point[]),
      ])
      if (cancelled || !container.current) return
      // thousands of SVG circles make panning sluggish; one canvas draws them all
      map = L.map(container.current, { scrollWheelZoom: false, preferCanvas: points.length > 1000 })
      if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(map)
      const base = pointsUrl.slice(0, pointsUrl.indexOf('/map.json'))
      const layer = L.featureGroup().addTo(map)
      // in slices, yielding between them, so 10,000 markers never block the page for long
      for (let start = 0; start < points.length; start += 500) {
        if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0))
        if (cancelled) return
        for (const [latitude, longitude, slug, name] of points.slice(start, start + 500)) {
          L.circleMarker([latitude, longitude], {
            radius: 7,
            color: '#0b5d5b',
            weight: 2,
            fillColor: '#2a9d8f',
            fillOpacity: 0.8,
          })
            // the popup's link is built when it opens, not 10,000 times up front
            .bindPopup(() => {
              const link = document.createElement('a')
              link.href = `${base}/${slug}`
              link.textContent = name
              return link
            })
            .bindTooltip(name)
            .addTo(layer)
        }
      }
      if (points.length) {
        map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 12 })
      } else {
        map.setView([48.9, 18.5], 6)
      }
      setReady(true)
    }
    const unobserve = whenSeen(container.current, () => void draw())
    return () => {
      cancelled = true
      unobserve()
      map?.remove()
    }
  }, [pointsUrl, given, tileUrl, attribution])

  return (
    <figure className="centre-map">
      <div
        ref={container}
        className="centre-map__canvas"
        role="region"
        aria-label={label}
        data-ready={ready || undefined}
      >
        {/* only a reader without JavaScript is told the map needs it */}
        <noscript>
          <p className="hint">{fallback}</p>
        </noscript>
      </div>
      {tileUrl ? null : <figcaption className="hint">{tilesOff}</figcaption>}
    </figure>
  )
}
