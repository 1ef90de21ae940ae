import type { CollectionBeforeChangeHook } from 'payload'
import { idFrom } from '@/utilities/ids'

/** An event at a registry centre is in that centre's region unless the organiser says otherwise. */
export const deriveRegion: CollectionBeforeChangeHook = async ({ data, req }) => {
  const centre = data.venue?.centre
  if (data.region || !centre) return data
  const centreId = idFrom(centre)
  const found = await req.payload.findByID({
    collection: 'centres',
    id: centreId,
    depth: 0,
    select: { region: true },
    overrideAccess: true,
    disableErrors: true,
    req,
  })
  if (found?.region) data.region = idFrom(found.region)
  return data
}
