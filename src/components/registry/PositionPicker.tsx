'use client'

import 'leaflet/dist/leaflet.css'

import { useEffect, useRef, useSyncExternalStore } from 'react'

import { whenSeen } from './whenSeen'

type Props = {
  /** the ids of the form's latitude and longitude inputs, which the picker fills */
  latitudeId: string
  longitudeId: string
  tileUrl: string | null
  attribution: string
  label: string
  instructions: string
  placeHere: string
  /**
   * Where a picked point goes when the inputs are a framework's controlled fields (the admin's):
   * without it the picker writes the inputs' values itself, as in the public form.
   */
  onPick?: (latitude: number, longitude: number) => void
}

// the three countries' middle, where the map opens when no position is typed yet
const START: [number, number] = [48.9, 18.5]

const noSubscription = () => () => {}

const readNumber = (id: string) => {
  const input = document.getElementById(id) as HTMLInputElement | null
  const value = Number((input?.value ?? '').replace(',', '.'))
  return input?.value.trim() && Number.isFinite(value) ? value : undefined
}

/**
 * Choosing a centre's position on a map instead of typing decimals: a click (or a drag of the
 * pin) fills the latitude and longitude fields; by keyboard, the arrow keys move the map under
 * the cross in its middle and the button puts the pin there. Without JavaScript, or before the
 * map is seen, the two fields are all there is — they stay the form's only inputs either way.
 */
export function PositionPicker({
  latitudeId,
  longitudeId,
  tileUrl,
  attribution,
  label,
  instructions,
  placeHere,
  onPick,
}: Props) {
  const container = useRef<HTMLDivElement>(null)
  const place = useRef<(() => void) | null>(null)
  // the latest callback, without drawing the map again when the parent renders
  const pick = useRef(onPick)
  useEffect(() => {
    pick.current = onPick
  }, [onPick])
  // false in the server's HTML (no JavaScript, no picker), true once running in the browser
  const mounted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  )

  useEffect(() => {
    if (!mounted) return
    let map: import('leaflet').Map | undefined
    let cancelled = false
    const detach: (() => void)[] = []
    const draw = async () => {
      const L = await import('leaflet')
      if (cancelled || !container.current) return
      const typed = [readNumber(latitudeId), readNumber(longitudeId)] as const
      const start: [number, number] =
        typed[0] !== undefined && typed[1] !== undefined ? [typed[0], typed[1]] : START
      map = L.map(container.current, { scrollWheelZoom: false }).setView(
        start,
        start === START ? 6 : 14,
      )
      if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(map)
      const pin = L.marker(start, {
        draggable: true,
        keyboard: false,
        icon: L.divIcon({ className: 'position-picker__pin', iconSize: [18, 18] }),
      })
      if (start !== START) pin.addTo(map)
      const fill = (point: import('leaflet').LatLng) => {
        const rounded = (value: number) => Number(value.toFixed(5))
        if (pick.current) return pick.current(rounded(point.lat), rounded(point.lng))
        for (const [id, value] of [
          [latitudeId, point.lat],
          [longitudeId, point.lng],
        ] as const) {
          const input = document.getElementById(id) as HTMLInputElement | null
          if (input) input.value = value.toFixed(5)
        }
      }
      const put = (point: import('leaflet').LatLng) => {
        pin.setLatLng(point)
        if (map && !map.hasLayer(pin)) pin.addTo(map)
        fill(point)
      }
      map.on('click', (event) => put(event.latlng))
      pin.on('dragend', () => fill(pin.getLatLng()))
      place.current = () => map && put(map.getCenter())
      // a position typed by hand moves the pin
      const follow = () => {
        const latitude = readNumber(latitudeId)
        const longitude = readNumber(longitudeId)
        if (latitude === undefined || longitude === undefined || !map) return
        pin.setLatLng([latitude, longitude])
        if (!map.hasLayer(pin)) pin.addTo(map)
        map.panTo([latitude, longitude])
      }
      for (const id of [latitudeId, longitudeId]) {
        const input = document.getElementById(id)
        input?.addEventListener('change', follow)
        detach.push(() => input?.removeEventListener('change', follow))
      }
    }
    const unobserve = whenSeen(container.current, () => void draw())
    return () => {
      cancelled = true
      unobserve()
      for (const undo of detach) undo()
      map?.remove()
    }
  }, [mounted, latitudeId, longitudeId, tileUrl, attribution])

  if (!mounted) return null
  return (
    <div className="position-picker">
      <p className="hint" id="position-picker-hint">
        {instructions}
      </p>
      <div
        ref={container}
        className="position-picker__map"
        role="region"
        aria-label={label}
        aria-describedby="position-picker-hint"
      />
      <button type="button" className="button--secondary" onClick={() => place.current?.()}>
        {placeHere}
      </button>
    </div>
  )
}
