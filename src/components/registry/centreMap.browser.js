// The centres' maps, drawn in the browser without a framework: the directory's and a centre's
// page's, and the picker of a centre's position on the registration form and in the admin. The
// public pages around them are sent without Next's scripts (src/cache/readOnlyPages.js), so this
// is all the JavaScript they run. Served by src/app/map/[file]/route.ts; Leaflet (its own files,
// no CDN) is fetched only when a map is about to scroll into view, so readers who never get that
// far load neither it nor the centres' points.
;(() => {
  const LEAFLET = { script: '/map/leaflet.js', stylesheet: '/map/leaflet.css' }
  /** @type {Promise<typeof import('leaflet')> | undefined} */
  let leaflet

  const load = () =>
    (leaflet ??= Promise.all([
      new Promise((resolve, reject) => {
        const link = document.createElement('link')
        link.rel = 'stylesheet'
        link.href = LEAFLET.stylesheet
        link.onload = resolve
        link.onerror = reject
        document.head.append(link)
      }),
      new Promise((resolve, reject) => {
        const script = document.createElement('script')
        script.src = LEAFLET.script
        script.onload = resolve
        script.onerror = reject
        document.head.append(script)
      }),
    ]).then(() => /** @type {any} */ (window).L))

  /** @param {Element} element @param {() => void} then @returns {() => void} to give up */
  const whenSeen = (element, then) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((entry) => entry.isIntersecting)) return
        observer.disconnect()
        then()
      },
      { rootMargin: '200px' },
    )
    observer.observe(element)
    return () => observer.disconnect()
  }

  /** @param {string} url @returns {Promise<[number, number, string, string][]>} */
  const fetchPoints = (url) =>
    fetch(url)
      .then((response) => (response.ok ? response.json() : { points: [] }))
      .then((body) => body.points)
      .catch(() => [])

  /** @param {HTMLElement} canvas */
  const draw = async (canvas) => {
    const { pointsUrl = '', points: given, tileUrl, attribution } = canvas.dataset
    const [L, points] = await Promise.all([
      load(),
      given ? JSON.parse(given) : fetchPoints(pointsUrl),
    ])
    // thousands of SVG circles make panning sluggish; one canvas draws them all
    const map = L.map(canvas, { scrollWheelZoom: false, preferCanvas: points.length > 1000 })
    if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(map)
    const base = pointsUrl.slice(0, pointsUrl.indexOf('/map.json'))
    const layer = L.featureGroup().addTo(map)
    // in slices, yielding between them, so 10,000 markers never block the page for long
    for (let start = 0; start < points.length; start += 500) {
      if (start > 0) await new Promise((resolve) => setTimeout(resolve, 0))
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
    if (points.length) map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 12 })
    else map.setView([48.9, 18.5], 6)
    canvas.dataset.ready = 'true'
  }

  // the three countries' middle, where a picker opens when no position is typed yet
  const MIDDLE = [48.9, 18.5]

  /** @param {string} id */
  const readNumber = (id) => {
    const input = /** @type {HTMLInputElement | null} */ (document.getElementById(id))
    const value = Number((input?.value ?? '').replace(',', '.'))
    return input?.value.trim() && Number.isFinite(value) ? value : undefined
  }

  /**
   * Choosing a centre's position on a map instead of typing decimals: a click (or a drag of the
   * pin) fills the latitude and longitude fields; by keyboard, the arrow keys move the map under
   * the cross in its middle and the button puts the pin there. The two fields stay the form's
   * only inputs; without JavaScript the picker stays hidden and they are all there is. A picked
   * point is announced as a cancellable `position-pick` event first: the admin, whose fields
   * belong to its own form state, takes it there; otherwise the inputs get the values.
   * @param {HTMLElement} picker the markup of src/components/registry/PositionPicker.tsx
   * @returns {() => void} to take the picker down
   */
  const attachPicker = (picker) => {
    const {
      latitudeId = 'latitude',
      longitudeId = 'longitude',
      tileUrl,
      attribution,
    } = picker.dataset
    const canvas = /** @type {HTMLElement} */ (picker.querySelector('.position-picker__map'))
    const button = picker.querySelector('button')
    /** @type {any} */
    let map
    let gone = false
    /** @type {(() => void)[]} */
    const undo = []
    picker.hidden = false
    const draw = async () => {
      const L = await load()
      if (gone) return
      const typed = [readNumber(latitudeId), readNumber(longitudeId)]
      const known = typed[0] !== undefined && typed[1] !== undefined
      const start = known ? typed : MIDDLE
      map = L.map(canvas, { scrollWheelZoom: false }).setView(start, known ? 14 : 6)
      if (tileUrl) L.tileLayer(tileUrl, { attribution, maxZoom: 18 }).addTo(map)
      const pin = L.marker(start, {
        draggable: true,
        keyboard: false,
        icon: L.divIcon({ className: 'position-picker__pin', iconSize: [18, 18] }),
      })
      if (known) pin.addTo(map)
      /** @param {{ lat: number, lng: number }} point */
      const fill = (point) => {
        const latitude = Number(point.lat.toFixed(5))
        const longitude = Number(point.lng.toFixed(5))
        const pick = new CustomEvent('position-pick', {
          detail: { latitude, longitude },
          cancelable: true,
        })
        if (!picker.dispatchEvent(pick)) return
        for (const [id, value] of [
          [latitudeId, latitude],
          [longitudeId, longitude],
        ]) {
          const input = /** @type {HTMLInputElement | null} */ (document.getElementById(id))
          if (input) input.value = value.toFixed(5)
        }
      }
      /** @param {{ lat: number, lng: number }} point */
      const put = (point) => {
        pin.setLatLng(point)
        if (!map.hasLayer(pin)) pin.addTo(map)
        fill(point)
      }
      map.on('click', (/** @type {any} */ event) => put(event.latlng))
      pin.on('dragend', () => fill(pin.getLatLng()))
      const placeHere = () => put(map.getCenter())
      button?.addEventListener('click', placeHere)
      undo.push(() => button?.removeEventListener('click', placeHere))
      // a position typed by hand moves the pin
      const follow = () => {
        const latitude = readNumber(latitudeId)
        const longitude = readNumber(longitudeId)
        if (latitude === undefined || longitude === undefined) return
        pin.setLatLng([latitude, longitude])
        if (!map.hasLayer(pin)) pin.addTo(map)
        map.panTo([latitude, longitude])
      }
      for (const id of [latitudeId, longitudeId]) {
        const input = document.getElementById(id)
        input?.addEventListener('change', follow)
        undo.push(() => input?.removeEventListener('change', follow))
      }
      canvas.dataset.ready = 'true'
    }
    undo.push(whenSeen(canvas, () => void draw()))
    return () => {
      gone = true
      for (const step of undo) step()
      map?.remove()
    }
  }
  // for the admin, which draws its picker after this script has run and takes it down again
  Object.assign(window, { centreMaps: { attachPicker } })

  const start = () => {
    for (const canvas of document.querySelectorAll('.centre-map__canvas[data-points-url]'))
      if (canvas instanceof HTMLElement && !canvas.dataset.drawn) {
        canvas.dataset.drawn = 'true'
        whenSeen(canvas, () => void draw(canvas))
      }
    attachPickers()
    // a signed-in reader's registration page is hydrated, and React draws the form anew after
    // each refused submit: its new picker is attached as it appears
    const form = document.querySelector('[data-position-picker="page"]')?.closest('form')
    if (form?.parentElement)
      new MutationObserver(attachPickers).observe(form.parentElement, {
        childList: true,
        subtree: true,
      })
  }
  const attachPickers = () => {
    for (const picker of document.querySelectorAll('[data-position-picker="page"]'))
      if (picker instanceof HTMLElement && !picker.dataset.drawn) {
        picker.dataset.drawn = 'true'
        attachPicker(picker)
      }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
