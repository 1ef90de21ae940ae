import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { hasRole } from '@/access/roles'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'

/**
 * Representatives write (and restore) case studies as drafts only; editors publish. Every change a
 * representative makes is a draft save (Payload keeps it as a new version beside the published
 * one), so a published case study changes only when an editor publishes again — and a
 * representative can neither publish nor unpublish.
 */
export const draftsOnlyForRepresentatives: CollectionBeforeOperationHook<'case-studies'> = ({
  args,
  operation,
  req,
}) => {
  // the system (seed, jobs) and editors are not bound; access control stops anonymous writes
  if (!req.user || hasRole(req.user, 'admin', 'editor')) return args
  const { data, draft } = args as { data?: { _status?: string }; draft?: boolean }
  const publishing = data?._status === 'published'
  // restoring a version without `draft` writes the published document (publishing or
  // unpublishing it), so it is a direct update too
  const directUpdate =
    (operation === 'update' || operation === 'updateByID' || operation === 'restoreVersion') &&
    !draft
  if (publishing || directUpdate) {
    throw new APIError(
      getT(requestLocale(req), 'goodPractice')('errors.publishForbidden'),
      403,
      null,
      true,
    )
  }
  return args
}
