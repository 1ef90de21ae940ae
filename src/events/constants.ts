export const eventTypes = [
  'seminar',
  'workshop',
  'excursion',
  'conference',
  'training',
  'working-group-meeting',
  'other',
] as const
export type EventType = (typeof eventTypes)[number]

export const eventModes = ['in-person', 'online', 'hybrid'] as const

export const eventStatuses = ['draft', 'published', 'cancelled', 'postponed'] as const
/** What the public sees: everything but drafts (a cancelled event stays visible, marked so). */
export const publicEventStatuses = ['published', 'cancelled', 'postponed'] as const

/** The places' time zones; all three are CET/CEST today, but the rules are theirs to change. */
export const eventTimeZones = ['Europe/Bratislava', 'Europe/Prague', 'Europe/Budapest'] as const
export type EventTimeZone = (typeof eventTimeZones)[number]

export const eventLanguages = ['sk', 'cs', 'hu', 'rom', 'en', 'de', 'uk'] as const

export const registrationStatuses = [
  'confirmed',
  'waitlisted',
  'pending',
  'cancelled',
  'attended',
] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]
/** The statuses that occupy one of the event's seats. */
export const seatHoldingStatuses: RegistrationStatus[] = ['confirmed', 'pending', 'attended']

export const mailKinds = [
  'confirmed',
  'waitlisted',
  'pending',
  'promoted',
  'movedToWaitlist',
  'declined',
  'cancelledByOrganiser',
  'eventCancelled',
  'reminder',
  'selfCancelled',
  // to an address registered already, when someone tries to register it again
  'alreadyRegistered',
] as const
export type MailKind = (typeof mailKinds)[number]
