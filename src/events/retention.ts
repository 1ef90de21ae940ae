import type { Payload, TaskConfig } from 'payload'

/** How long after an event its registrants' personal data is kept (default 90 days). */
export const retentionDays = () => {
  const days = Number(process.env.REGISTRATION_RETENTION_DAYS)
  return Number.isInteger(days) && days >= 0 ? days : 90
}

export const ANONYMISED_NAME = '—'

/**
 * Keeps of a registration only what statistics need (event, status, language, dates): name,
 * e-mail, organisation, answers and the personal link are erased. Used after the retention
 * period and when a registrant asks for erasure through their link.
 */
export async function anonymiseRegistration(payload: Payload, id: number | string): Promise<void> {
  await payload.update({
    collection: 'event-registrations',
    id,
    data: {
      name: ANONYMISED_NAME,
      // unique per event, and never a deliverable address
      email: `anonymised-${id}@invalid.invalid`,
      organisation: null,
      answers: null,
      mailError: null,
      token: `anonymised-${id}-${Date.now().toString(36)}-erased`,
    },
    depth: 0,
    overrideAccess: true,
    context: { eventRegistrationService: true },
  })
}

/**
 * Daily: once an event ended more than the retention period ago, its registrations keep only
 * what statistics need (status, language, dates) — name, e-mail, organisation, answers and the
 * personal link are erased. This is what the registration form's consent text promises.
 */
export const anonymiseRegistrationsTask: TaskConfig<'anonymiseRegistrations'> = {
  slug: 'anonymiseRegistrations',
  schedule: [{ cron: '0 30 3 * * *', queue: 'default' }],
  outputSchema: [{ name: 'anonymised', type: 'number' }],
  handler: async ({ req }) => {
    const { payload } = req
    const cutoff = new Date(Date.now() - retentionDays() * 86_400_000).toISOString()
    const { docs: events } = await payload.find({
      collection: 'events',
      where: { endsAt: { less_than: cutoff } },
      pagination: false,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    let anonymised = 0
    if (events.length === 0) return { output: { anonymised } }
    const { docs } = await payload.find({
      collection: 'event-registrations',
      where: {
        and: [
          { event: { in: events.map((event) => event.id) } },
          { name: { not_equals: ANONYMISED_NAME } },
        ],
      },
      limit: 1000,
      depth: 0,
      select: {},
      overrideAccess: true,
    })
    for (const registration of docs) {
      await anonymiseRegistration(payload, registration.id)
      anonymised += 1
    }
    return { output: { anonymised } }
  },
}
