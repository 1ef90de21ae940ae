import type { User } from '@/payload-types'

export const roles = ['admin', 'editor', 'ngo', 'member'] as const
export type Role = (typeof roles)[number]

/** True when the user holds at least one of the roles. */
export function hasRole(user: Pick<User, 'roles'> | null | undefined, ...wanted: Role[]): boolean {
  return Boolean(user?.roles?.some((role) => wanted.includes(role as Role)))
}

/** Staff (admins and editors) see and manage every record, whatever group or organisation. */
export const isStaff = (req: { user?: Pick<User, 'roles'> | null }) =>
  hasRole(req.user, 'admin', 'editor')
