import type { CollectionConfig } from 'payload'

import { isAdmin } from '@/access/isAdmin'

/**
 * One document per occupied seat of an event, numbered 1…capacity, unique per event: the
 * database itself refuses a second holder of a seat, so capacity holds even when several
 * server instances take registrations at once (SQLite and MongoDB alike, no transactions).
 */
export const EventSeats: CollectionConfig<'event-seats'> = {
  slug: 'event-seats',
  admin: { hidden: true },
  access: { read: isAdmin, create: () => false, update: () => false, delete: () => false },
  indexes: [{ fields: ['event', 'seat'], unique: true }],
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true },
    { name: 'seat', type: 'number', required: true, min: 1 },
    {
      name: 'registration',
      type: 'relationship',
      relationTo: 'event-registrations',
      required: true,
      index: true,
    },
  ],
}
