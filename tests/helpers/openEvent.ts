type EventDoc = {
  id: number | string
  capacity?: number | null
  registration?: {
    opensAt?: string | null
    closesAt?: string | null
    requiresApproval?: boolean | null
  } | null
  questions?: { required?: boolean | null }[] | null
}

/** An upcoming published event that takes registrations right now without approval or required questions. */
export async function openEventId(baseURL: string, token: string, minimumCapacity = 10) {
  const now = new Date()
  const response = await fetch(
    `${baseURL}/api/events?where[status][equals]=published&where[startsAt][greater_than]=${now.toISOString()}&limit=100&depth=0`,
    { headers: { Authorization: `JWT ${token}` } },
  )
  const { docs } = (await response.json()) as { docs: EventDoc[] }
  const open = docs.find(
    (event) =>
      (!event.capacity || event.capacity >= minimumCapacity) &&
      !event.registration?.requiresApproval &&
      (!event.registration?.opensAt || new Date(event.registration.opensAt) <= now) &&
      (!event.registration?.closesAt || new Date(event.registration.closesAt) > now) &&
      !(event.questions ?? []).some((question) => question.required),
  )
  if (!open) throw new Error('the demo data has no event open for registration')
  return open.id
}
