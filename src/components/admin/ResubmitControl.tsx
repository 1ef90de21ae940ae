import type { Payload, SanitizedPermissions } from 'payload'

import { defaultLocale, isLocale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { User } from '@/payload-types'

import { ModerationAction } from './ModerationAction'

type Props = {
  id?: number | string
  collectionSlug: 'centres' | 'organisations'
  payload: Payload
  user?: User | null
  permissions?: SanitizedPermissions
  i18n?: { language?: string }
}

/**
 * Beside Save on a rejected organisation or centre: "Submit again" for whoever may edit it
 * (its representatives, staff), which sends it back to the editors' queue.
 */
export async function ResubmitControl({
  id,
  collectionSlug,
  payload,
  user,
  permissions,
  i18n,
}: Props) {
  if (!id || !user || !permissions?.collections?.[collectionSlug]?.update) return null
  const doc = await payload
    .findByID({
      collection: collectionSlug,
      id,
      depth: 0,
      select: { status: true },
      user,
      overrideAccess: false,
    })
    .catch(() => null)
  if (doc?.status !== 'rejected') return null
  const t = getT(isLocale(i18n?.language) ? i18n.language : defaultLocale, 'admin')
  return (
    <ModerationAction
      action={`/api/${collectionSlug}/${id}/resubmit`}
      label={t('moderation.resubmit.button')}
      saveFirst={t('moderation.resubmit.saveFirst')}
    />
  )
}
