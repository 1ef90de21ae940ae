import type { CollectionBeforeChangeHook } from 'payload'
import { idFrom } from '@/utilities/ids'

/** The country is the region's: stored on the centre so that the directory can filter by it. */
export const deriveCountry: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  const region = data.region ?? originalDoc?.region
  const regionId = idFrom(region)
  if (!regionId) return data
  const found = await req.payload.findByID({
    collection: 'regions',
    id: regionId,
    depth: 0,
    select: { country: true },
    req,
  })
  data.country = found.country
  return data
}
