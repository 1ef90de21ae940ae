import type { CollectionConfig, GlobalConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { collections } from '@/collections'

// Payload fills a missing rule with "any logged-in user may": every rule is ours to state.
const required = (collection: CollectionConfig) => [
  'read',
  'create',
  'update',
  'delete',
  ...(collection.versions ? ['readVersions'] : []),
  ...(collection.auth ? ['admin', 'unlock'] : []),
]

describe('every collection and global states who may do what', () => {
  it.each(collections.map((collection) => [collection.slug, collection] as const))(
    '%s has an explicit rule for each operation',
    (_slug, collection) => {
      const access = (collection.access ?? {}) as Record<string, unknown>
      const missing = required(collection).filter(
        (operation) => typeof access[operation] !== 'function',
      )
      expect(missing).toEqual([])
    },
  )

  it('has explicit rules on every global too', async () => {
    const { default: config } = await import('@payload-config')
    const globals = ((await config).globals ?? []) as GlobalConfig[]
    for (const global of globals) {
      const access = (global.access ?? {}) as Record<string, unknown>
      expect(
        ['read', 'update', ...(global.versions ? ['readVersions'] : [])].filter(
          (operation) => typeof access[operation] !== 'function',
        ),
        global.slug,
      ).toEqual([])
    }
  })
})
