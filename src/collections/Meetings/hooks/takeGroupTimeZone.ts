import type { CollectionBeforeValidateHook } from 'payload'

import { idFrom } from '@/utilities/ids'
import { instantAt, wallTime } from '@/events/time'
import type { Meeting } from '@/payload-types'

const DEFAULT_ZONE = 'Europe/Bratislava'

/** The same wall-clock time, read in another zone: 10:00 typed for Prague stays 10:00 in Budapest. */
export const sameWallTime = (value: string, from: string, to: string) =>
  instantAt(wallTime(value, from), to).toISOString()

/**
 * A new meeting takes its group's time zone. The admin always sends its default zone, so only
 * another zone counts as the writer's choice; the wall time they typed is kept in the new zone.
 */
export const takeGroupTimeZone: CollectionBeforeValidateHook<Meeting> = async ({
  data,
  operation,
  req,
}) => {
  if (operation !== 'create' || !data) return data
  const group = idFrom(data.workingGroup)
  if (group == null) return data
  const found = await req.payload.find({
    collection: 'working-groups',
    where: { id: { equals: group } },
    limit: 1,
    pagination: false,
    depth: 0,
    select: { timeZone: true },
    overrideAccess: true,
    req,
  })
  const zone = found.docs[0]?.timeZone
  if (!zone) return data
  for (const name of ['startsAt', 'endsAt'] as const) {
    const key = `${name}_tz` as const
    const given = data[key] ?? DEFAULT_ZONE
    if (given !== DEFAULT_ZONE || given === zone) continue
    const value = data[name]
    if (value) data[name] = sameWallTime(String(value), given, zone)
    data[key] = zone as Meeting[typeof key]
  }
  return data
}
