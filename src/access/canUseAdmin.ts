import type { PayloadRequest } from 'payload'

import { hasRole } from './roles'
import { groupMembership } from '@/access/groupMembership'

/**
 * The back office is for staff, organisation representatives and working-group coordinators
 * (who write agendas and minutes there); members use their account pages on the public site.
 */
export const canUseAdmin = async ({ req }: { req: PayloadRequest }): Promise<boolean> =>
  hasRole(req.user, 'admin', 'editor', 'ngo') || (await groupMembership(req)).coordinator.length > 0
