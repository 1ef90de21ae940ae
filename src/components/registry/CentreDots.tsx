import type { IndexedCentre } from '@/registry/directoryIndex'

// Czechia, Slovakia and Hungary fit in this box; outside points are left out of the teaser
const WEST = 12
const EAST = 23
const NORTH = 51.1
const SOUTH = 45.7
const WIDTH = 440
// degrees of longitude are shorter than degrees of latitude at 48° N
const HEIGHT = Math.round((WIDTH * (NORTH - SOUTH)) / ((EAST - WEST) * Math.cos((48 * Math.PI) / 180)))
const CELL = 0.15

/**
 * A still picture of where the centres are, for the home page: no tiles, no script, a few
 * hundred circles at most however many centres there are (nearby ones share a dot, sized by
 * their number). The map itself is one link away.
 */
export function CentreDots({ centres, label }: { centres: IndexedCentre[]; label: string }) {
  const cells = new Map<string, { x: number; y: number; count: number }>()
  for (const { latitude, longitude } of centres) {
    if (latitude === null || longitude === null) continue
    if (longitude < WEST || longitude > EAST || latitude < SOUTH || latitude > NORTH) continue
    const key = `${Math.round(latitude / CELL)}:${Math.round(longitude / CELL)}`
    const cell = cells.get(key) ?? { x: ((longitude - WEST) / (EAST - WEST)) * WIDTH, y: ((NORTH - latitude) / (NORTH - SOUTH)) * HEIGHT, count: 0 }
    cell.count += 1
    cells.set(key, cell)
  }
  return (
    <svg className="centre-dots" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label} focusable="false">
      {[...cells.values()].map((cell) => (
        <circle key={`${cell.x.toFixed(1)}-${cell.y.toFixed(1)}`} cx={cell.x.toFixed(1)} cy={cell.y.toFixed(1)} r={Math.min(9, 2.5 + Math.sqrt(cell.count)).toFixed(1)} />
      ))}
    </svg>
  )
}
