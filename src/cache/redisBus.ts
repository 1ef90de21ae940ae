import { instanceId, redis, redisKey, redisSubscriber } from '@/utilities/redis'

import type { InvalidationBus, InvalidationMessage } from './invalidation'

type Envelope = InvalidationMessage & { from: string }
type Listener = (message: InvalidationMessage) => void

const CHANNEL = () => redisKey('invalidate')
// one subscription per process, whatever number of Payload instances listen in it
const shared = globalThis as typeof globalThis & { __redisBusListeners?: Set<Listener> }

/**
 * Invalidation between instances over Redis pub/sub: a message reaches the others within
 * milliseconds. A message lost while an instance was disconnected is covered by the caches'
 * own limits (pages are rendered again after a minute, derived values after their TTL).
 */
export function redisBus(): InvalidationBus {
  return {
    publish(message) {
      const envelope: Envelope = { ...message, from: instanceId() }
      redis()
        ?.publish(CHANNEL(), JSON.stringify(envelope))
        .catch((error: Error) => console.error(`Redis publish: ${error.message}`))
    },
    subscribe(listener) {
      let listeners = shared.__redisBusListeners
      if (!listeners) {
        listeners = shared.__redisBusListeners = new Set()
        const heard = listeners
        const subscriber = redisSubscriber()
        subscriber.subscribe(CHANNEL()).catch((error: Error) => {
          console.error(`Redis subscribe: ${error.message}`)
        })
        subscriber.on('message', (channel: string, raw: string) => {
          if (channel !== CHANNEL()) return
          let envelope: Envelope
          try {
            envelope = JSON.parse(raw) as Envelope
          } catch {
            return
          }
          // this process dropped its own caches when it made the change
          if (envelope.from === instanceId() || typeof envelope.collection !== 'string') return
          const { id } = envelope
          const message: InvalidationMessage =
            typeof id === 'string' || typeof id === 'number'
              ? { collection: envelope.collection, id }
              : { collection: envelope.collection }
          for (const one of heard) one(message)
        })
      }
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
