import type { Payload, PayloadRequest } from 'payload'

import type { Region } from '@/payload-types'

export type Bounds = { south: number; west: number; north: number; east: number }

/** Error codes, translated from locales/<lang>/register.json (`errors.<code>`). */
export type PositionProblem =
  'coordinatesSwapped' | 'coordinatesOutsideRegion' | 'coordinatesOutsideCountry'

// the stored boxes are drawn generously already; this absorbs rounding at their edges
const MARGIN = 0.02

const inside = (latitude: number, longitude: number, box: Bounds) =>
  latitude >= box.south - MARGIN &&
  latitude <= box.north + MARGIN &&
  longitude >= box.west - MARGIN &&
  longitude <= box.east + MARGIN

/**
 * Why a centre cannot be at this point in its region, or null when it can: the point must lie
 * in the region's box; when latitude and longitude swapped would fit, that is what to say.
 */
export function positionProblem(
  latitude: number,
  longitude: number,
  region: Bounds,
  country: Bounds[],
): PositionProblem | null {
  if (inside(latitude, longitude, region)) return null
  if (inside(longitude, latitude, region)) return 'coordinatesSwapped'
  return country.some((box) => inside(latitude, longitude, box))
    ? 'coordinatesOutsideRegion'
    : 'coordinatesOutsideCountry'
}

const boundsOf = (region: Pick<Region, 'bounds'>): Bounds | null => {
  const { south, west, north, east } = region.bounds ?? {}
  return [south, west, north, east].every((value) => typeof value === 'number')
    ? { south: south!, west: west!, north: north!, east: east! }
    : null
}

/**
 * The check for a centre's stored position: looks up the region (by id or NUTS code) and the
 * other regions of its country. A region without a box (not filled in yet) lets any point pass.
 */
export async function centrePositionProblem(
  payload: Payload,
  region: { id?: number | string; code?: string },
  latitude: number | null | undefined,
  longitude: number | null | undefined,
  req?: Partial<PayloadRequest>,
): Promise<PositionProblem | null> {
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null
  if (region.id === undefined && !region.code) return null
  const { docs } = await payload.find({
    collection: 'regions',
    where:
      region.id !== undefined ? { id: { equals: region.id } } : { code: { equals: region.code } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { country: true, bounds: true },
    req,
  })
  const own = docs[0] ? boundsOf(docs[0]) : null
  if (!own) return null
  const { docs: countryRegions } = await payload.find({
    collection: 'regions',
    where: { country: { equals: docs[0].country } },
    pagination: false,
    depth: 0,
    select: { bounds: true },
    req,
  })
  return positionProblem(
    latitude,
    longitude,
    own,
    countryRegions.map(boundsOf).filter((box): box is Bounds => box !== null),
  )
}

/**
 * Stores each region's box from `regionBounds` on the region of that code: run by a migration
 * whenever a box changes, so databases seeded earlier check positions against the new boxes.
 */
export async function storeRegionBounds(payload: Payload, req?: Partial<PayloadRequest>) {
  const { regionBounds } = await import('@/seed/data/regionBounds')
  for (const [code, [south, west, north, east]] of Object.entries(regionBounds)) {
    await payload.db.updateMany({
      collection: 'regions',
      where: { code: { equals: code } },
      data: { bounds: { south, west, north, east } },
      req,
    })
  }
}
