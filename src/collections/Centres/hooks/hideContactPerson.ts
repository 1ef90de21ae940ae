import type { CollectionAfterReadHook } from 'payload'

import { representedOrganisationIds } from '@/access/representedOrganisationIds'
import { hasRole } from '@/access/roles'

/**
 * A centre's contact person is personal data: shown to the public only when the organisation
 * opted in; editors and the organisation's own representatives always see it.
 */
export const hideContactPerson: CollectionAfterReadHook = async ({ doc, req }) => {
  if (!doc?.contactPerson || hasRole(req.user, 'admin', 'editor')) return doc
  const organisationId =
    doc.organisation && typeof doc.organisation === 'object' ? doc.organisation.id : doc.organisation
  if (!organisationId) return doc
  const own = await representedOrganisationIds(req)
  if (own.some((id) => String(id) === String(organisationId))) return doc
  const cache = (req.context.contactOptIn ??= {}) as Record<string, boolean>
  if (!(String(organisationId) in cache)) {
    const organisation = await req.payload.findByID({
      collection: 'organisations',
      id: organisationId,
      depth: 0,
      select: { publishContactPersons: true },
      overrideAccess: true,
      disableErrors: true,
      req,
    })
    cache[String(organisationId)] = Boolean(organisation?.publishContactPersons)
  }
  if (!cache[String(organisationId)]) {
    const { contactPerson: _hidden, ...rest } = doc
    return rest
  }
  return doc
}
