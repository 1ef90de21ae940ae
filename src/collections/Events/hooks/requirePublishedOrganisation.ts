import { APIError, type CollectionBeforeChangeHook } from 'payload'

import { hasRole } from '@/access/roles'
import { getT } from '@/i18n/server'
import { requestLocale } from '@/i18n/requestLocale'
import { idFrom } from '@/utilities/ids'

/**
 * Representatives publish their organisation's events themselves, but only once editors have
 * approved the organisation: an unreviewed registration cannot advertise to the public.
 */
export const requirePublishedOrganisation: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  if (hasRole(req.user, 'admin', 'editor') || !req.user) return data
  if (data.status === 'draft' || (data.status ?? originalDoc?.status) === 'draft') return data
  const organisation = data.organisation ?? originalDoc?.organisation
  const id = idFrom(organisation)
  const found = id
    ? await req.payload.findByID({
        collection: 'organisations',
        id,
        depth: 0,
        select: { status: true },
        overrideAccess: true,
        disableErrors: true,
        req,
      })
    : null
  if (found?.status !== 'published') {
    throw new APIError(
      getT(requestLocale(req), 'events')('errors.organisationNotPublished'),
      403,
      null,
      true,
    )
  }
  return data
}
