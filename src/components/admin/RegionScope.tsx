import type { Payload } from 'payload'

import type { getT } from '@/i18n/server'
import type { Locale } from '@/i18n/locales'
import type { User } from '@/payload-types'
import { type ID, idFrom } from '@/utilities/ids'

/**
 * A regional editor's lists open on their own regions; `?all=1` widens them to every region.
 * Editors without regions and administrators without them see everything.
 */
export function regionScopeOf(
  user: Pick<User, 'regions'>,
  searchParams: Record<string, unknown> | undefined,
) {
  const own = (user.regions ?? []).map((region) => idFrom(region)!)
  return { own, regions: own.length > 0 && searchParams?.all !== '1' ? own : undefined }
}

/**
 * Which regions the list shows, named in the admin's language, and the link to the other
 * scope; nothing for someone without regions.
 */
export async function RegionScope({
  payload,
  user,
  uiLocale,
  t,
  own,
  regions,
  className,
  textKey,
}: ReturnType<typeof regionScopeOf> & {
  payload: Payload
  user: User
  uiLocale: Locale
  t: ReturnType<typeof getT>
  className: string
  /** `<textKey>.scoped` (with `{{regions}}`) and `<textKey>.allRegions` say what is listed */
  textKey: string
}) {
  if (own.length === 0) return null
  const names = regions
    ? (
        await payload.find({
          collection: 'regions',
          where: { id: { in: own as ID[] } },
          pagination: false,
          locale: uiLocale,
          select: { name: true },
          overrideAccess: false,
          user,
        })
      ).docs.map((region) => region.name)
    : []
  return (
    <p className={className}>
      {regions ? t(`${textKey}.scoped`, { regions: names.join(', ') }) : t(`${textKey}.allRegions`)}{' '}
      <a href={regions ? '?all=1' : '?'}>
        {t(regions ? 'liveEdits.showAll' : 'liveEdits.onlyMine')}
      </a>
    </p>
  )
}
