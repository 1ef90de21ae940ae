import type { FieldHook } from 'payload'

import type { User } from '@/payload-types'

/**
 * Without the demo seed (e.g. a fresh production database) the first account is made through
 * the admin's "create first user" screen; it must be an admin or nobody could manage anything.
 */
export const ensureFirstUserIsAdmin: FieldHook<User, User['roles'] | undefined> = async ({
  operation,
  req,
  value,
}) => {
  // a public registration is never promoted, even on an empty database
  if (operation !== 'create' || req.context.publicRegistration) return value
  const { totalDocs } = await req.payload.count({ collection: 'users', req })
  if (totalDocs > 0) return value
  const roles = new Set(value ?? [])
  roles.add('admin')
  return [...roles]
}
