import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { isGroupMember } from '@/access/groupMembership'
import { type Locale } from '@/i18n/locales'
import { formatNumber, getT } from '@/i18n/server'
import { pageMetadata } from '@/utilities/metadata'
import {
  isCoordinatorOf,
  materialVersions,
  meetingsOf,
  nameOf,
  namesOf,
  openActionsOf,
} from '@/workingGroups/pages'
import { session } from '@/account/session'
import { findBySlug, type SlugQuery } from '@/utilities/findBySlug'
import { searchGroup } from '@/workingGroups/search'

import { Outcome } from '@/components/workingGroups/Outcome'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

import {
  GroupActionItems,
  GroupMaterials,
  GroupPublicView,
  GroupSearch,
  MeetingList,
  OverdueActions,
} from './GroupSections'

type Props = LocalePageProps<{ slug: string }>

export const dynamic = 'force-dynamic'

const groupQuery = { depth: 1 } satisfies SlugQuery

// generateMetadata and the page share one lookup per request
const load = cache(async (locale: Locale, slug: string) => {
  const { payload, user } = await session()
  const group = await findBySlug('working-groups', slug, locale, user, groupQuery)
  return { payload, user, group }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await routeParams(params)
  const { group } = await load(locale, slug)
  if (!group) return {}
  return pageMetadata(locale, `/working-groups/${slug}`, {
    title: group.name,
    description: group.purpose ?? undefined,
  })
}

/**
 * A working group: its public face for everyone, and for its members the meetings, minutes,
 * materials, action items and a search within them.
 */
export default async function WorkingGroupPage({ params, searchParams }: Props) {
  const { locale, slug } = await routeParams(params)
  const query = await searchParams
  const t = getT(locale, 'workingGroups')
  const { payload, user, group } = await load(locale, slug)
  if (!group) notFound()
  const member = Boolean(user) && (await isGroupMember({ user, payload, context: {} }, group.id))
  // listed among the group's coordinators; staff are not (the meeting page's runsGroup counts them)
  const isCoordinator = isCoordinatorOf(group, user)
  const now = new Date()
  const [upcoming, past] = await Promise.all([
    meetingsOf(payload, user, [group.id], { from: now }),
    meetingsOf(payload, user, [group.id], { until: now, sort: '-startsAt', limit: 200 }),
  ])
  const section = { locale, slug, t }
  if (!member) {
    return (
      <GroupPublicView
        {...section}
        group={group}
        signedIn={Boolean(user)}
        upcoming={upcoming}
        past={past}
      />
    )
  }

  const { docs: materials } = await payload.find({
    collection: 'materials',
    where: { workingGroup: { equals: group.id } },
    sort: '-createdAt',
    pagination: false,
    depth: 0,
    overrideAccess: false,
    user,
  })
  const actions = await openActionsOf(payload, user!, [group.id])
  const shelves = materialVersions(materials)
  const uploaders = await namesOf(
    payload,
    user!,
    materials.map((material) => material.uploadedBy),
  )
  const search = (Array.isArray(query.q) ? query.q[0] : query.q)?.slice(0, 100) ?? ''
  const hits = search ? searchGroup(search, [...upcoming, ...past], materials) : []
  const memberNames = (group.members ?? []).map(nameOf).filter(Boolean)
  const coordinatorNames = (group.coordinators ?? []).map(nameOf).filter(Boolean)

  return (
    <div className="stack-lg">
      <div className="stack">
        <p>
          <a href={`/${locale}/account`}>← {getT(locale, 'account')('page.title')}</a>
        </p>
        <h1>{group.name}</h1>
        {group.purpose ? <p className="lead">{group.purpose}</p> : null}
        <Outcome t={t} query={query} />
        <dl className="facts">
          <dt>{t('fields.coordinators')}</dt>
          <dd>{coordinatorNames.join(', ') || '—'}</dd>
          <dt>{t('fields.members')}</dt>
          <dd>
            {formatNumber(locale, memberNames.length)}: {memberNames.join(', ')}
          </dd>
        </dl>
      </div>

      <GroupSearch {...section} group={group} search={search} hits={hits} />

      <section aria-labelledby="upcoming" className="stack">
        <h2 id="upcoming">{t('pages.group.upcoming')}</h2>
        {upcoming.length === 0 ? (
          <p>{t('pages.list.noNextMeeting')}</p>
        ) : (
          <MeetingList {...section} meetings={upcoming} />
        )}
      </section>

      <section aria-labelledby="past" className="stack">
        <h2 id="past">{t('pages.group.past')}</h2>
        <MeetingList {...section} meetings={past} />
      </section>

      {isCoordinator && actions.some(({ overdue }) => overdue) ? (
        <OverdueActions {...section} actions={actions} />
      ) : null}

      <GroupActionItems {...section} actions={actions} user={user} isCoordinator={isCoordinator} />

      <GroupMaterials
        {...section}
        group={group}
        materials={materials}
        shelves={shelves}
        uploaders={uploaders}
        meetings={[...upcoming, ...past]}
      />
    </div>
  )
}
