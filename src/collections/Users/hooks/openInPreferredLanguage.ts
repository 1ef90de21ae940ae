import type { CollectionAfterLoginHook } from 'payload'

import { isLocale } from '@/i18n/locales'

/**
 * The admin opens documents in the content language kept in the user's `locale` preference,
 * else in Slovak. A user who never chose one there gets their preferred language at login, so
 * what a representative wrote in Czech when registering is what they see; a language they
 * pick later in the admin is theirs to keep.
 */
export const openInPreferredLanguage: CollectionAfterLoginHook = async ({ req, user }) => {
  const language = (user as { preferredLanguage?: unknown }).preferredLanguage
  if (!isLocale(language)) return user
  const owner = { ...user, collection: 'users' as const }
  const { totalDocs } = await req.payload.count({
    collection: 'payload-preferences',
    where: { key: { equals: 'locale' } },
    user: owner,
    overrideAccess: false,
    // inside the login's own transaction: a second writer on SQLite would wait on it
    req,
  })
  if (totalDocs === 0) {
    await req.payload.create({
      collection: 'payload-preferences',
      data: { key: 'locale', value: language, user: { relationTo: 'users', value: user.id } },
      user: owner,
      overrideAccess: false,
      req,
    })
  }
  return user
}
