import { getPayloadClient } from '@/utilities/payload'

export type DatabaseProblem = 'busy' | 'refused' | 'timeout' | 'cannotOpen' | 'unknown'

const CHECK_TIMEOUT_MS = 5_000

/** The kind of failure, never its text: messages can hold host names and file paths. */
export function classifyDatabaseError(error: unknown): DatabaseProblem {
  const text = `${(error as { code?: string })?.code ?? ''} ${error instanceof Error ? `${error.name} ${error.message} ${String((error as { cause?: unknown }).cause ?? '')}` : String(error)}`
  if (/SQLITE_BUSY|database is locked/i.test(text)) return 'busy'
  if (/SQLITE_CANTOPEN|unable to open database|SQLITE_READONLY|SQLITE_PERM/i.test(text))
    return 'cannotOpen'
  if (/ECONNREFUSED|ENOTFOUND|EHOSTUNREACH|MongoNetworkError|MongoServerSelectionError/i.test(text))
    return 'refused'
  if (/timed? ?out/i.test(text)) return 'timeout'
  return 'unknown'
}

/** Null when the database answers a small read within five seconds; otherwise what is wrong. */
export async function databaseProblem(): Promise<DatabaseProblem | null> {
  let timer: NodeJS.Timeout | undefined
  try {
    const payload = await getPayloadClient()
    await Promise.race([
      payload.count({ collection: 'regions', overrideAccess: true }),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('database check timed out')), CHECK_TIMEOUT_MS)
      }),
    ])
    return null
  } catch (error) {
    const problem = classifyDatabaseError(error)
    console.error(`database check failed (${problem}):`, error)
    return problem
  } finally {
    clearTimeout(timer)
  }
}

// a healthy answer is trusted for two seconds (the layout asks on every page); a failure is
// never reused, so the site recovers with the first request after the database is back
const HEALTHY_FOR_MS = 2_000
const memo = globalThis as typeof globalThis & { __databaseHealthyAt?: number }

/** databaseProblem(), without a database round trip per page while all is well. */
export async function recentDatabaseProblem(): Promise<DatabaseProblem | null> {
  if (memo.__databaseHealthyAt && Date.now() - memo.__databaseHealthyAt < HEALTHY_FOR_MS)
    return null
  const problem = await databaseProblem()
  memo.__databaseHealthyAt = problem ? undefined : Date.now()
  return problem
}
