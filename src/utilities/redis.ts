import { randomUUID } from 'node:crypto'
import { Redis } from 'ioredis'

/**
 * The store several instances share, when REDIS_URL names one. Without it every
 * caller keeps its in-process state: nothing else to start for the embedded default.
 */
export const redisConfigured = () => Boolean(process.env.REDIS_URL)

/** Keys and channels of this site, so that one Redis may serve several sites. */
export const redisKey = (name: string) => `${process.env.REDIS_PREFIX || 'platform'}:${name}`

type Connections = { commands?: Redis; subscriber?: Redis; instance: string }
// on globalThis: Next bundles the API and the pages apart, and each bundle's copy of this module
// must use the one pair of connections (and be one instance to the others) per process
const shared = globalThis as typeof globalThis & { __redis?: Connections }
const connections = (shared.__redis ??= { instance: randomUUID() })

/** This process among the instances (to recognise its own messages). */
export const instanceId = () => connections.instance

function connect(): Redis {
  const client = new Redis(process.env.REDIS_URL!, {
    // a request waits for a reconnect at most this long, then fails instead of hanging
    maxRetriesPerRequest: 2,
    connectionName: `platform-${connections.instance}`,
  })
  client.on('error', (error) => console.error(`Redis: ${error.message}`))
  return client
}

/** The shared connection for commands; null without REDIS_URL. */
export function redis(): Redis | null {
  if (!redisConfigured()) return null
  return (connections.commands ??= connect())
}

/** A connection in subscriber mode (Redis allows no other commands on it). */
export function redisSubscriber(): Redis {
  return (connections.subscriber ??= connect())
}
