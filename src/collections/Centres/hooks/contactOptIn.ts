import type { CollectionAfterChangeHook, CollectionBeforeChangeHook, Field } from 'payload'

import { serverOnly } from '@/access/privateField'
import { idFrom } from '@/utilities/ids'
import { labelsFor } from '@/i18n/labels'

/**
 * The organisation's "publish our contact persons" choice, mirrored on each of its centres so
 * the contact person's field access can decide from the centre alone (a `select` that leaves
 * the organisation out, a populate from an event or a GraphQL query all carry the centre).
 */
export const contactPersonPublicField: Field = {
  name: 'contactPersonPublic',
  type: 'checkbox',
  defaultValue: false,
  index: true,
  label: labelsFor('admin', 'centres.contactPersonPublic'),
  admin: { readOnly: true, position: 'sidebar' },
  // only the hooks below write it
  access: { create: serverOnly, update: serverOnly },
}

/** On every save of a centre: take the organisation's current choice. */
export const mirrorContactOptIn: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
}) => {
  const organisation = idFrom(data.organisation ?? originalDoc?.organisation)
  if (organisation == null) return data
  const found = await req.payload.findByID({
    collection: 'organisations',
    id: organisation as number | string,
    depth: 0,
    select: { publishContactPersons: true },
    overrideAccess: true,
    disableErrors: true,
    req: { ...req },
  })
  data.contactPersonPublic = Boolean(found?.publishContactPersons)
  return data
}

/** When an organisation changes its choice: every one of its centres follows at once. */
export const propagateContactOptIn: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  req,
}) => {
  const publish = Boolean(doc.publishContactPersons)
  if (previousDoc && Boolean(previousDoc.publishContactPersons) === publish) return doc
  // a direct update: the centres' own content does not change, so no new versions or mails
  await req.payload.db.updateMany({
    collection: 'centres',
    where: { organisation: { equals: doc.id } },
    data: { contactPersonPublic: publish },
    req,
  })
  return doc
}
