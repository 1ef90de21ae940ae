// The organiser's registration list ("door list") of the one event the generator gives
// DOOR_LIST_SIZE registrants: server time of the views an organiser uses at the door, signed in
// as a representative of the organising organisation (the page is for organisers only).

export const DOOR_LIST_SIZE = 1000
/** the generator's slug for that event */
export const DOOR_LIST_EVENT = 'bench-event-1'

type ID = number | string
const SAMPLES = 30
const WARM_UP = 5

/** The data set has no door list of the generator's size to measure. */
export class DoorListMissing extends Error {}

export type DoorListTiming = { view: string; route: string; p50: number; p95: number; kB: number }

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url} answered ${response.status}`)
  return (await response.json()) as T
}

export async function measureDoorList(
  baseURL: string,
  password: string,
): Promise<DoorListTiming[]> {
  // Payload checks the origin of cookie-authenticated requests
  const origin = new URL(baseURL).origin
  const logIn = async (email: string) => {
    const { token } = await json<{ token: string }>(
      await fetch(`${baseURL}/api/users/login`, {
        method: 'POST',
        headers: { origin, 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      }),
    )
    return { origin, cookie: `payload-token=${token}` }
  }
  const admin = await logIn('admin@example.org')
  const send = (method: string, route: string, body?: unknown) =>
    fetch(`${baseURL}${route}`, {
      method,
      headers: { ...admin, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  const { docs } = await json<{ docs: { id: ID; organisation: ID }[] }>(
    await send('GET', `/api/events?where[slug][equals]=${DOOR_LIST_EVENT}&limit=1&depth=0`),
  )
  const event = docs[0]
  if (!event) throw new DoorListMissing(`no event ${DOOR_LIST_EVENT} (the generator makes it)`)
  const { totalDocs } = await json<{ totalDocs: number }>(
    await send('GET', `/api/event-registrations?where[event][equals]=${event.id}&limit=1&depth=0`),
  )
  if (totalDocs < DOOR_LIST_SIZE)
    throw new DoorListMissing(
      `${DOOR_LIST_EVENT} has ${totalDocs} registrants, not ${DOOR_LIST_SIZE} (generated with fewer registrations)`,
    )
  const email = `bench.organiser.${Date.now()}@example.org`
  const { doc: organiser } = await json<{ doc: { id: ID } }>(
    await send('POST', '/api/users', {
      email,
      password,
      name: 'Bench Organiser',
      roles: ['ngo'],
      preferredLanguage: 'sk',
      _verified: true,
    }),
  )
  const organisation = await json<{ representatives?: ID[] }>(
    await send('GET', `/api/organisations/${event.organisation}?depth=0`),
  )
  await json(
    await send('PATCH', `/api/organisations/${event.organisation}`, {
      representatives: [...(organisation.representatives ?? []), organiser.id],
    }),
  )
  const session = await logIn(email)

  const list = `/sk/events/${DOOR_LIST_EVENT}/registrations`
  const views: Record<string, string> = {
    'first page (50 by name)': list,
    'page 20 of 20': `${list}?page=20`,
    'search a name': `${list}?q=${encodeURIComponent('Participant 77')}`,
    'status filter': `${list}?status=confirmed&page=3`,
  }
  const timings: DoorListTiming[] = []
  for (const [view, route] of Object.entries(views)) {
    const times: number[] = []
    let bytes = 0
    for (let i = 0; i < SAMPLES + WARM_UP; i += 1) {
      const started = performance.now()
      const response = await fetch(`${baseURL}${route}`, { headers: session })
      const body = await response.text()
      if (!response.ok) throw new Error(`${route} answered ${response.status}`)
      // a signed-out answer would be fast and wrong: the list must be there
      if (!body.includes('Participant ')) throw new Error(`${route} did not show the list`)
      if (i >= WARM_UP) times.push(performance.now() - started)
      bytes = body.length
    }
    times.sort((a, b) => a - b)
    const at = (q: number) =>
      Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))])
    timings.push({ view, route, p50: at(0.5), p95: at(0.95), kB: Math.round(bytes / 1024) })
  }
  return timings
}
