import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'

/**
 * The back office is for staff and organisation representatives; working-group members use
 * their account pages on the public site instead.
 */
export const canUseAdmin = ({ req: { user } }: { req: PayloadRequest }): boolean =>
  hasRole(user, 'admin', 'editor', 'ngo')
