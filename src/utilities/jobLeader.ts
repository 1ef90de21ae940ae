import { randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

import { redis, redisKey } from '@/utilities/redis'

/**
 * How long the instance running the jobs stays in charge without renewing (every autoRun tick,
 * 5 s, renews it). When it stops, another instance takes over after at most this long.
 */
const LEASE_MS = 30_000

// per Payload instance, not per process: each of Next's bundles may hold its own, with its own cron
const names = new WeakMap<Payload, string>()

/**
 * Whether this Payload instance schedules and runs the jobs queue on this autoRun tick. With one
 * instance, always. With several (REDIS_URL), only the holder of a lease in Redis: Payload's
 * own guards are not enough — its scheduler reads the job statistics and then queues (two
 * instances can both queue the same slot), and `runJobs` marks jobs as processing only "to
 * reduce the chance" that another worker picks them (payload/dist/queues/operations/runJobs).
 */
export async function shouldRunJobs(payload: Payload): Promise<boolean> {
  if (process.env.JOBS_AUTORUN === 'off') return false
  const shared = redis()
  if (shared) {
    let name = names.get(payload)
    if (!name) names.set(payload, (name = randomUUID()))
    const lead = await shared.eval(LEAD, 1, redisKey('jobs:leader'), name, LEASE_MS)
    if (Number(lead) !== 1) return false
  }
  // autoRun's own scheduling is off (disableScheduling), so that only this instance schedules
  await payload.jobs.handleSchedules({ queue: 'default' })
  return true
}

/** KEYS: the lease; ARGV: the candidate, the lease (ms). 1 when the candidate holds it now. */
const LEAD = `
local holder = redis.call('GET', KEYS[1])
if holder == ARGV[1] then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
  return 1
end
if not holder then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
  return 1
end
return 0
`
