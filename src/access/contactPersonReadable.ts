import { privateField } from './privateField'
import { representedOrganisationIds } from './representedOrganisationIds'

/**
 * A centre's contact person is personal data: public only when the organisation opted in (kept
 * on the centre as `contactPersonPublic`); always readable by the organisation's representatives.
 */
export const contactPersonReadable = privateField(async ({ req, doc }) => {
  if (doc.contactPersonPublic === true) return true
  const organisation = doc.organisation && typeof doc.organisation === 'object' ? (doc.organisation as { id: unknown }).id : doc.organisation
  if (organisation == null) return false
  return (await representedOrganisationIds(req)).some((id) => String(id) === String(organisation))
})
