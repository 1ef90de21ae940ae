// Czechia, Slovakia and Hungary fit in this box; points outside are left out of the picture
const WEST = 12
const EAST = 23
const NORTH = 51.1
const SOUTH = 45.7
export const DOTS_WIDTH = 440
// degrees of longitude are shorter than degrees of latitude at 48° N
export const DOTS_HEIGHT = Math.round(
  (DOTS_WIDTH * (NORTH - SOUTH)) / ((EAST - WEST) * Math.cos((48 * Math.PI) / 180)),
)
const CELL = 0.25

/**
 * A still picture of where the centres are (the home page's map teaser): no tiles, no script,
 * a few hundred circles at most however many centres there are — nearby ones share a dot,
 * sized by their number. Served as an image, so pages stay small and browsers cache it.
 */
export function centreDotsSvg(positions: Iterable<[number, number] | null>): string {
  const cells = new Map<string, { x: number; y: number; count: number }>()
  for (const position of positions) {
    if (!position) continue
    const [latitude, longitude] = position
    if (longitude < WEST || longitude > EAST || latitude < SOUTH || latitude > NORTH) continue
    const key = `${Math.round(latitude / CELL)}:${Math.round(longitude / CELL)}`
    const cell = cells.get(key) ?? {
      x: ((longitude - WEST) / (EAST - WEST)) * DOTS_WIDTH,
      y: ((NORTH - latitude) / (NORTH - SOUTH)) * DOTS_HEIGHT,
      count: 0,
    }
    cell.count += 1
    cells.set(key, cell)
  }
  const circles = [...cells.values()]
    .map(
      (cell) =>
        `<circle cx="${cell.x.toFixed(1)}" cy="${cell.y.toFixed(1)}" r="${Math.min(9, 2.5 + Math.sqrt(cell.count)).toFixed(1)}"/>`,
    )
    .join('')
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${DOTS_WIDTH} ${DOTS_HEIGHT}"><g fill="#2a9d8f" fill-opacity="0.75" stroke="#0b5d5b" stroke-width="1">${circles}</g></svg>`
}
