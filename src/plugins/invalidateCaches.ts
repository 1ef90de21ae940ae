import type { CollectionConfig, GlobalConfig, Plugin } from 'payload'

import { contentChanged, watchForChanges } from '@/cache/invalidation'

/** Read by members only, never on a public page or in a derived value: no reason to drop anything. */
const PRIVATE_COLLECTIONS = new Set(['member-notifications', 'minutes-comments', 'materials'])

/**
 * Every change of content the public pages or the derived values (directory index, open data)
 * read drops what may show it, before the operation answers: one pair of hooks on every
 * collection and global, added here rather than in each one, so a new collection is covered too.
 */
export const invalidateCaches: Plugin = (config) => {
  const withHooks = <T extends CollectionConfig | GlobalConfig>(
    entity: T,
    isGlobal: boolean,
  ): T => {
    if (PRIVATE_COLLECTIONS.has(entity.slug)) return entity
    // a collection's hooks name the document, so what follows single documents (the directory
    // index) updates that one; a global's change is the whole global
    const changed = async ({
      req,
      doc,
    }: {
      req: Parameters<typeof contentChanged>[0]
      doc?: { id?: number | string }
    }) => contentChanged(req, entity.slug, isGlobal ? undefined : doc?.id)
    const hooks = entity.hooks ?? {}
    return {
      ...entity,
      hooks: {
        ...hooks,
        afterChange: [...(hooks.afterChange ?? []), changed],
        ...(isGlobal
          ? {}
          : {
              afterDelete: [...((hooks as CollectionConfig['hooks'])?.afterDelete ?? []), changed],
            }),
      },
    }
  }
  const onInit = config.onInit
  return {
    ...config,
    collections: (config.collections ?? []).map((collection) => withHooks(collection, false)),
    globals: (config.globals ?? []).map((global) => withHooks(global, true)),
    onInit: async (payload) => {
      // several instances (REDIS_URL) tell each other
      watchForChanges(payload)
      await onInit?.(payload)
    },
  }
}
