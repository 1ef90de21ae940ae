import type { CollectionBeforeChangeHook } from 'payload'

import { fieldError } from '@/hooks/fieldError'

/**
 * Lowering the capacity below the seats already taken never drops anyone silently: the save is
 * refused with the count, unless the organiser ticked "move the latest registrations to the
 * waiting list" — then afterEventChange moves them and tells them.
 */
export const guardCapacity: CollectionBeforeChangeHook = async ({
  data,
  operation,
  originalDoc,
  req,
}) => {
  if (operation !== 'update' || !originalDoc) return data
  const capacity = data.capacity
  if (typeof capacity !== 'number' || capacity >= (originalDoc.capacity ?? Infinity)) return data
  const taken = await req.payload.count({
    collection: 'event-registrations',
    where: {
      and: [
        { event: { equals: originalDoc.id } },
        { status: { in: ['confirmed', 'pending', 'attended'] } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (taken.totalDocs <= capacity) return data
  if (data.moveExcessToWaitlist === true) {
    req.context.demoteToCapacity = capacity
    return data
  }
  throw fieldError(req, {
    collection: 'events',
    path: 'capacity',
    namespace: 'events',
    key: 'errors.capacityBelowSeats',
    values: { count: taken.totalDocs },
  })
}
