import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { statusLabel } from '@/fields/moderation'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'
import { idFrom } from '@/utilities/ids'

/**
 * Nothing a self-registered representative submitted goes public before they have confirmed
 * their e-mail: publishing is refused while the organisation's representatives are all
 * unverified. Records without representatives (added by editors, seeded) are not affected.
 */
export const requireVerifiedRepresentative: CollectionBeforeChangeHook = async ({
  collection,
  data,
  originalDoc,
  req,
}) => {
  if (data.status !== 'published' || originalDoc?.status === 'published') return data
  const organisationId =
    collection.slug === 'organisations'
      ? originalDoc?.id
      : idFrom(data.organisation ?? originalDoc?.organisation)
  const representatives =
    collection.slug === 'organisations'
      ? ((data.representatives ?? originalDoc?.representatives ?? []) as unknown[]).map(idFrom)
      : organisationId
        ? (
            (
              await req.payload.findByID({
                collection: 'organisations',
                id: organisationId,
                depth: 0,
                select: { representatives: true },
                overrideAccess: true,
                req,
              })
            ).representatives ?? []
          ).map(idFrom)
        : []
  if (representatives.length === 0) return data
  const verified = await req.payload.count({
    collection: 'users',
    where: { and: [{ id: { in: representatives } }, { _verified: { equals: true } }] },
    overrideAccess: true,
    req,
  })
  if (verified.totalDocs === 0) {
    // a field error, so the admin shows the reason next to the status, in the editor's language
    throw new ValidationError(
      {
        collection: collection.slug,
        id: originalDoc?.id,
        errors: [
          {
            path: 'status',
            message: getT(requestLocale(req), 'admin')('moderation.unverified'),
            label: statusLabel,
          },
        ],
        req,
      },
      req.t,
    )
  }
  return data
}
