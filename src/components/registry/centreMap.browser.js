// The maps of the directory and of a centre's page, drawn in the browser without a framework:
// the pages around them only read, and are sent without Next's scripts (src/cache/readOnlyPages.js),
// so this is all the JavaScript they run. Served by src/app/map/[file]/route.ts; Leaflet (its
// own files, no CDN) is fetched only when a map is about to scroll into view, so readers who
// never get that far load neither it nor the centres' points.
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

  /** @param {Element} element @param {() => void} then */
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

  const start = () => {
    for (const canvas of document.querySelectorAll('.centre-map__canvas[data-points-url]'))
      if (canvas instanceof HTMLElement && !canvas.dataset.drawn) {
        canvas.dataset.drawn = 'true'
        whenSeen(canvas, () => void draw(canvas))
      }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start)
  else start()
})()
