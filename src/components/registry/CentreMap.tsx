'use client'

import 'leaflet/dist/leaflet.css'

import { useEffect, useRef, useState } from 'react'

type Point = { name: string; href: string; latitude: number; longitude: number }

type Props = {
  points: Point[]
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
export function CentreMap({ points, tileUrl, attribution, label, fallback, tilesOff }: Props) {
  const container = useRef<HTMLDivElement>(null)
  const [ready, setReady] = useState(false)

  useEffect(() => {
    let map: import('leaflet').Map | undefined
    let cancelled = false
    void import('leaflet').then((L) => {
      if (cancelled || !container.current) return
      map = L.map(container.current, { scrollWheelZoom: false })
      if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(map)
      const markers = points.map((point) => {
        const link = document.createElement('a')
        link.href = point.href
        link.textContent = point.name
        return L.circleMarker([point.latitude, point.longitude], {
          radius: 7,
          color: '#0b5d5b',
          weight: 2,
          fillColor: '#2a9d8f',
          fillOpacity: 0.8,
        })
          .bindPopup(link)
          .bindTooltip(point.name)
          .addTo(map!)
      })
      if (markers.length) {
        map.fitBounds(L.featureGroup(markers).getBounds(), { padding: [24, 24], maxZoom: 12 })
      } else {
        map.setView([48.9, 18.5], 6)
      }
      setReady(true)
    })
    return () => {
      cancelled = true
      map?.remove()
    }
  }, [points, tileUrl, attribution])

  return (
    <figure className="centre-map">
      <div ref={container} className="centre-map__canvas" role="region" aria-label={label} data-ready={ready || undefined}>
        {ready ? null : <p className="hint">{fallback}</p>}
      </div>
      {tileUrl ? null : <figcaption className="hint">{tilesOff}</figcaption>}
    </figure>
  )
}
