/**
 * Runs tasks for one key one after another within this process. Registrations for an event
 * queue here so that waiting-list order is arrival order and seat claims rarely collide; the
 * unique seat index is what keeps capacity when several processes serve the same event.
 */
const tails = new Map<string, Promise<unknown>>()

export async function withLock<T>(key: string, task: () => Promise<T>): Promise<T> {
  const previous = tails.get(key) ?? Promise.resolve()
  const run = previous.then(task, task)
  const tail = run.catch(() => undefined)
  tails.set(key, tail)
  try {
    return await run
  } finally {
    if (tails.get(key) === tail) tails.delete(key)
  }
}
