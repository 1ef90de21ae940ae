import type { Payload, PayloadRequest } from 'payload'

import type { Event, EventRegistration } from '@/payload-types'

import { type MailKind, seatHoldingStatuses } from './constants'
import { withLock } from './lock'
import { queueRegistrationMail } from './mailQueue'
import { byId, type ID, idFrom } from '@/utilities/ids'

/** Inside a hook, writes join the hook's transaction (MongoDB); elsewhere they stand alone. */
export const withReq = (req?: PayloadRequest) => (req ? { req } : {})

/** Writes that the collection hooks must not treat as an organiser's edit. */
export const serviceContext = { eventRegistrationService: true }

export const eventLock = <T>(eventId: ID, task: () => Promise<T>) =>
  withLock(`event:${eventId}`, task)

export function isUniqueViolation(error: unknown): boolean {
  const seen = new Set<unknown>()
  let current: unknown = error
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current)
    const { name, message, code } = current as { name?: string; message?: string; code?: unknown }
    if (name === 'ValidationError') return true
    if (code === 11000 || /unique|E11000|SQLITE_CONSTRAINT/i.test(String(message ?? '')))
      return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

async function seatsOf(payload: Payload, eventId: ID, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'event-seats',
    where: { event: { equals: eventId } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...withReq(req),
  })
  return docs
}

/**
 * Takes the lowest free seat of the event for a registration. Another process may take the
 * same seat at the same moment: the unique (event, seat) index refuses one of the two, which
 * then looks again. False when every seat is taken.
 */
export async function claimSeat(
  payload: Payload,
  event: Pick<Event, 'id' | 'capacity'>,
  registrationId: ID,
  req?: PayloadRequest,
): Promise<boolean> {
  const capacity = event.capacity
  if (!capacity) return true
  for (let attempt = 0; attempt < 8; attempt += 1) {
    const seats = await seatsOf(payload, event.id, req)
    if (seats.some((seat) => String(idFrom(seat.registration)) === String(registrationId)))
      return true
    if (seats.length >= capacity) return false
    const taken = new Set(seats.map((seat) => seat.seat))
    let free = 1
    while (taken.has(free)) free += 1
    if (free > capacity) return false
    try {
      await payload.create({
        collection: 'event-seats',
        data: { event: event.id, seat: free, registration: registrationId as number },
        overrideAccess: true,
        ...withReq(req),
      })
      return true
    } catch (error) {
      if (!isUniqueViolation(error)) throw error
    }
  }
  return false
}

export async function releaseSeat(payload: Payload, registrationId: ID, req?: PayloadRequest) {
  await payload.delete({
    collection: 'event-seats',
    where: { registration: { equals: registrationId } },
    overrideAccess: true,
    ...withReq(req),
  })
}

/** The status a registrant gets on a seat: confirmed, or pending where the organiser approves. */
export const seatedStatus = (event: Pick<Event, 'registration'>) =>
  event.registration?.requiresApproval ? ('pending' as const) : ('confirmed' as const)

async function registrationsOf(payload: Payload, eventId: ID, req?: PayloadRequest) {
  const { docs } = await payload.find({
    collection: 'event-registrations',
    where: { event: { equals: eventId } },
    pagination: false,
    depth: 0,
    sort: 'createdAt',
    select: { status: true, waitlistedAt: true, waitlistPosition: true, createdAt: true },
    overrideAccess: true,
    ...withReq(req),
  })
  return docs as Pick<
    EventRegistration,
    'id' | 'status' | 'waitlistedAt' | 'waitlistPosition' | 'createdAt'
  >[]
}

const byQueueOrder = (
  a: Pick<EventRegistration, 'waitlistedAt' | 'createdAt' | 'id'>,
  b: Pick<EventRegistration, 'waitlistedAt' | 'createdAt' | 'id'>,
) =>
  new Date(a.waitlistedAt ?? a.createdAt).getTime() -
    new Date(b.waitlistedAt ?? b.createdAt).getTime() ||
  String(a.id).localeCompare(String(b.id), undefined, { numeric: true })

async function setStatus(
  payload: Payload,
  id: ID,
  data: Partial<Pick<EventRegistration, 'status' | 'waitlistPosition' | 'waitlistedAt'>>,
  req?: PayloadRequest,
) {
  await payload.update({
    collection: 'event-registrations',
    id,
    data,
    depth: 0,
    overrideAccess: true,
    ...withReq(req),
    context: serviceContext,
  })
}

/**
 * Brings an event's seats and waiting list into line with its capacity: finishes seat claims
 * a crash interrupted, frees seats of cancelled registrations, seats people holding a seat
 * without one, promotes from the waiting list while seats are free (telling them), and
 * renumbers the waiting list. Safe to run any time; every change of capacity, status or
 * cancellation ends here. Call it inside the event's lock.
 */
export async function reconcileEvent(
  payload: Payload,
  eventId: ID,
  req?: PayloadRequest,
): Promise<ID[]> {
  const event = await payload.findByID({
    collection: 'events',
    id: eventId,
    depth: 0,
    overrideAccess: true,
    ...withReq(req),
  })
  const registrations = await registrationsOf(payload, eventId, req)
  const registrationById = byId(registrations)
  const promoted: ID[] = []
  const promote = async (registration: (typeof registrations)[number]) => {
    const status = seatedStatus(event)
    await setStatus(payload, registration.id, { status, waitlistPosition: null }, req)
    registration.status = status
    promoted.push(registration.id)
    await queueRegistrationMail(
      payload,
      registration.id,
      (status === 'pending' ? 'pending' : 'promoted') as MailKind,
      req,
    )
  }

  if (event.capacity) {
    const seats = await seatsOf(payload, eventId, req)
    const seated = new Set(seats.map((seat) => String(idFrom(seat.registration))))
    for (const seat of seats) {
      const holder = registrationById.get(String(idFrom(seat.registration)))
      if (!holder || holder.status === 'cancelled') {
        await payload.delete({
          collection: 'event-seats',
          id: seat.id,
          overrideAccess: true,
          ...withReq(req),
        })
      } else if (holder.status === 'waitlisted') {
        // a claim whose status change never happened (a crash between the two writes)
        await promote(holder)
      }
    }
    // seat holders without a seat (e.g. confirmed while the event had no limit)
    for (const holder of registrations.filter(
      (r) => seatHoldingStatuses.includes(r.status) && !seated.has(String(r.id)),
    )) {
      await claimSeat(payload, event, holder.id, req)
    }
  }

  const waiting = registrations.filter((r) => r.status === 'waitlisted').sort(byQueueOrder)
  for (const next of [...waiting]) {
    if (!(await claimSeat(payload, event, next.id, req))) break
    await promote(next)
    waiting.splice(waiting.indexOf(next), 1)
  }
  for (const [index, registration] of waiting.entries()) {
    if (registration.waitlistPosition !== index + 1) {
      await setStatus(payload, registration.id, { waitlistPosition: index + 1 }, req)
    }
  }
  return promoted
}

/**
 * Lowering capacity below the seats taken: the organiser chose to move the latest
 * registrations to the front of the waiting list (in their order), and they are told.
 */
export async function demoteExcess(
  payload: Payload,
  eventId: ID,
  capacity: number,
  req?: PayloadRequest,
) {
  const registrations = await registrationsOf(payload, eventId, req)
  const holders = registrations.filter((r) => r.status === 'confirmed' || r.status === 'pending')
  const attended = registrations.filter((r) => r.status === 'attended').length
  const excess = holders.length + attended - capacity
  if (excess <= 0) return []
  const demoted = holders.slice(-excess)
  const waiting = registrations.filter((r) => r.status === 'waitlisted').sort(byQueueOrder)
  const front = new Date(waiting[0]?.waitlistedAt ?? Date.now()).getTime()
  for (const [index, registration] of demoted.entries()) {
    await releaseSeat(payload, registration.id, req)
    await setStatus(
      payload,
      registration.id,
      {
        status: 'waitlisted',
        waitlistedAt: new Date(front - (demoted.length - index)).toISOString(),
      },
      req,
    )
    await queueRegistrationMail(payload, registration.id, 'movedToWaitlist', req)
  }
  // the remaining holders keep seats numbered within the new capacity
  for (const seat of await seatsOf(payload, eventId, req)) {
    if (seat.seat > capacity) {
      await payload.delete({
        collection: 'event-seats',
        id: seat.id,
        overrideAccess: true,
        ...withReq(req),
      })
    }
  }
  return demoted.map((registration) => registration.id)
}
