import { fold } from '@/search/text'
import { places } from '@/seed/data/centres'

import national from './data/municipalities.json'

type Position = { latitude: number; longitude: number }

const keyOf = (municipality: string, regionCode: string) => `${regionCode}:${fold(municipality)}`

/*
 * Where a municipality is, from tables kept here rather than an online geocoder (no request
 * leaves the server, nothing to rate-limit or pay for): the national table of places of 1,000
 * or more inhabitants (`npm run generate:municipalities`, GeoNames, CC BY 4.0), and before it
 * the towns of the demo registry, whose positions were checked by hand. A smaller village is
 * not in the table: its representative places the centre on the map.
 */
function buildTable() {
  const table = new Map<string, Position | null>()
  for (const [municipality, , regionCode, latitude, longitude] of places)
    table.set(keyOf(municipality, regionCode), { latitude, longitude })
  const curated = new Set(table.keys())
  for (const [municipality, regionCode, latitude, longitude] of national.rows as [
    string,
    string,
    number,
    number,
  ][]) {
    const key = keyOf(municipality, regionCode)
    if (curated.has(key)) continue
    // two places of one name in one region (Czechia has several): which one is meant cannot be
    // known from the name, so neither is offered, rather than a centre put in the wrong village
    table.set(key, table.has(key) ? null : { latitude, longitude })
  }
  return table
}

let table: Map<string, Position | null> | undefined

/** The municipality's position in its region, or undefined when the table does not know it. */
export function municipalityPosition(
  municipality: string | undefined,
  regionCode: string,
): Position | undefined {
  if (!municipality?.trim()) return undefined
  table ??= buildTable()
  return table.get(keyOf(municipality.trim(), regionCode)) ?? undefined
}
