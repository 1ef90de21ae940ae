import { privateField } from './privateField'
import { representedOrganisationIds } from './representedOrganisationIds'
import { idFrom } from '@/utilities/ids'

/**
 * A centre's contact person is personal data: public only when the organisation opted in (kept
 * on the centre as `contactPersonPublic`); always readable by the organisation's representatives.
 */
export const contactPersonReadable = privateField(async ({ req, doc }) => {
  if (doc.contactPersonPublic === true) return true
  const organisation = idFrom(doc.organisation)
  if (organisation == null) return false
  return (await representedOrganisationIds(req)).some((id) => String(id) === String(organisation))
})
