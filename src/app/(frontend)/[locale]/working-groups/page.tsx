import { sameId } from '@/utilities/ids'
import { formatDate, getT } from '@/i18n/server'
import { sectionMetadata } from '@/utilities/metadata'
import { meetingsOf } from '@/workingGroups/pages'
import { session } from '@/account/session'
import { routeParams } from '@/i18n/routeParams'
import { loginHref } from '@/utilities/safeNext'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('workingGroups', '/working-groups', {
  title: 'pages.list.title',
  description: 'pages.list.intro',
})

/**
 * The groups listed publicly, with their purpose and next meeting date; a logged-in member
 * also sees their own unlisted groups. Never minutes, materials or members.
 */
export default async function WorkingGroupsPage({ params }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'workingGroups')
  const { payload, user } = await session()
  const { docs: groups } = await payload.find({
    collection: 'working-groups',
    sort: 'name',
    depth: 1,
    pagination: false,
    locale,
    overrideAccess: false,
    user,
  })
  const upcoming = await meetingsOf(
    payload,
    user,
    groups.map((group) => group.id),
    { from: new Date(), limit: 200 },
  )
  return (
    <div className="stack-lg">
      <div className="stack">
        <h1>{t('pages.list.title')}</h1>
        <p className="lead">{t('pages.list.intro')}</p>
        {user ? null : (
          <p>
            {t('pages.list.members')}{' '}
            <a href={loginHref(locale, `/${locale}/account`)}>
              {getT(locale, 'account')('login.title')}
            </a>
          </p>
        )}
      </div>
      {groups.length === 0 ? <p>{t('pages.list.empty')}</p> : null}
      <ul className="cards">
        {groups.map((group) => {
          const next = upcoming.find((meeting) => sameId(meeting.workingGroup, group.id))
          const regions = (group.regions ?? [])
            .map((region) => (typeof region === 'object' ? region.name : ''))
            .filter(Boolean)
          return (
            <li key={group.id} className="card">
              <h2>
                <a href={`/${locale}/working-groups/${group.slug}`}>{group.name}</a>
              </h2>
              {group.listedPublicly ? null : <p className="tag">{t('pages.list.unlisted')}</p>}
              {group.purpose ? <p>{group.purpose}</p> : null}
              {regions.length > 0 ? (
                <p className="muted">
                  {t('fields.regions')}: {regions.join(', ')}
                </p>
              ) : null}
              <p>
                {next
                  ? t('pages.list.nextMeeting', {
                      date: formatDate(locale, next.startsAt, {
                        timeZone: next.startsAt_tz ?? 'Europe/Bratislava',
                      }),
                    })
                  : t('pages.list.noNextMeeting')}
              </p>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
