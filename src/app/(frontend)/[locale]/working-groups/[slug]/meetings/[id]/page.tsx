import type { Metadata } from 'next'
import { cache } from 'react'
import { notFound } from 'next/navigation'

import { coordinatesGroup, isGroupMember } from '@/access/groupMembership'
import { idFrom, sameId } from '@/utilities/ids'
import { type Locale } from '@/i18n/locales'
import { formatDate, getT } from '@/i18n/server'
import type { Meeting } from '@/payload-types'
import {
  type MeetingStatus,
  meetingTransitions,
  minutesVisibleToMembers,
} from '@/workingGroups/constants'
import { meetingPath } from '@/workingGroups/links'
import { session } from '@/account/session'
import { findBySlug } from '@/utilities/findBySlug'
import { rsvpOpen } from '@/workingGroups/rsvp'

import { Outcome } from '@/components/workingGroups/Outcome'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

import {
  ApprovedRecord,
  InvitationAnswer,
  InvitationAnswers,
  MeetingActionItems,
  MeetingAgenda,
  MeetingAttendance,
  MeetingHeader,
  MembersOnly,
  MinutesVersions,
  MinutesWorkflow,
} from './MeetingSections'
import { loginHref } from '@/utilities/safeNext'

type Props = LocalePageProps<{ slug: string; id: string }>

export const dynamic = 'force-dynamic'

// generateMetadata and the page share one lookup per request
const load = cache(async (locale: Locale, slug: string, id: string) => {
  const { payload, user } = await session()
  if (!/^[\w-]{1,64}$/.test(id)) return { payload, user }
  const group = await findBySlug('working-groups', slug, locale, user)
  if (!group) return { payload, user }
  const { docs: meetings } = await payload.find({
    collection: 'meetings',
    where: { and: [{ id: { equals: id } }, { workingGroup: { equals: group.id } }] },
    limit: 1,
    depth: 1,
    locale,
    overrideAccess: false,
    user,
  })
  return { payload, user, group, meeting: meetings[0] as Meeting | undefined }
})

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, id } = await routeParams(params)
  const { group, meeting } = await load(locale, slug, id)
  if (!group || !meeting) return {}
  const t = getT(locale, 'workingGroups')
  return {
    title: `${meeting.title || t('meeting.numbered', { number: meeting.number })} · ${group.name}`,
    robots: { index: false },
  }
}

/**
 * One meeting: its agenda with the minutes per item, the review comments and the coordinator's
 * workflow, attendance, action items and the versions of approved minutes. Visitors and other
 * groups see only its date and public items.
 */
export default async function MeetingPage({ params, searchParams }: Props) {
  const { locale, slug, id } = await routeParams(params)
  const query = await searchParams
  const t = getT(locale, 'workingGroups')
  const { payload, user, group, meeting: current } = await load(locale, slug, id)
  if (!group || !current) notFound()
  const req = { user, payload, context: {} }
  const member = Boolean(user) && (await isGroupMember(req, group.id))
  // runs the group: one of its coordinators, or staff
  const runsGroup = Boolean(user) && (await coordinatesGroup(req, group.id))
  const page = meetingPath(locale, slug, current.id)
  const section = { locale, slug, t }

  // an earlier version of the minutes, if one was asked for (readable by the group only)
  const versionId =
    typeof query.version === 'string' && /^[\w-]{1,64}$/.test(query.version) ? query.version : null
  const version =
    member && versionId
      ? await payload
          .findVersionByID({
            collection: 'meetings',
            id: versionId,
            depth: 1,
            overrideAccess: false,
            user,
          })
          .catch(() => null)
      : null
  const meeting =
    version && sameId(version.parent, current.id) ? (version.version as Meeting) : current
  const status = meeting.status as MeetingStatus
  const minutesShown =
    runsGroup ||
    minutesVisibleToMembers.includes(status) ||
    (!member && status === 'minutes-approved')

  const header = <MeetingHeader {...section} group={group} meeting={meeting} />
  if (!member) {
    return (
      <div className="stack-lg">
        {header}
        <MembersOnly
          locale={locale}
          t={t}
          group={group}
          meeting={meeting}
          loginHref={user ? null : loginHref(locale, page)}
          minutesShown={minutesShown}
        />
      </div>
    )
  }

  const [{ docs: comments }, { docs: versions }] = await Promise.all([
    payload.find({
      collection: 'minutes-comments',
      where: { meeting: { equals: current.id } },
      sort: 'createdAt',
      pagination: false,
      depth: 1,
      overrideAccess: false,
      user,
    }),
    payload.findVersions({
      collection: 'meetings',
      where: {
        and: [
          { parent: { equals: current.id } },
          { 'version.status': { equals: 'minutes-approved' } },
        ],
      },
      sort: '-updatedAt',
      limit: 50,
      depth: 0,
      overrideAccess: false,
      user,
    }),
  ])
  // the invitation's answers: the member's own, and for the coordinator everyone's
  const people = [
    ...new Set(
      [...(group.members ?? []), ...(group.coordinators ?? [])].map((person) =>
        String(idFrom(person)),
      ),
    ),
  ]
  const invited = Boolean(user && people.includes(String(user.id)))
  const rsvps = current.rsvps ?? []
  const myAnswer = user ? rsvps.find((row) => sameId(row.member, user.id))?.answer : undefined
  const silent =
    runsGroup && !version && current.status === 'planned'
      ? (
          await payload.find({
            collection: 'users',
            where: {
              id: {
                in: people.filter((person) => !rsvps.some((row) => sameId(row.member, person))),
              },
            },
            select: { name: true },
            sort: 'name',
            pagination: false,
            depth: 0,
            overrideAccess: false,
            user,
          })
        ).docs
      : []
  const inReview = status === 'minutes-review' && !version
  const nextStatuses = version ? [] : meetingTransitions[status]
  const unresolved = comments.filter(
    (comment) => !comment.resolved && comment.replyTo == null,
  ).length
  const failedItem = typeof query.item === 'string' ? query.item : null
  const statusError =
    query.error === 'status'
      ? unresolved > 0
        ? t('errors.unresolvedComments', { count: unresolved })
        : t('pages.outcome.errors.invalid')
      : null

  return (
    <div className="stack-lg">
      {header}
      {status === 'minutes-approved' ? (
        <ApprovedRecord
          locale={locale}
          t={t}
          group={group}
          meeting={meeting}
          // the approved record's number: its place among the approved versions
          versionNumber={
            version
              ? versions.length - versions.findIndex((entry) => sameId(entry.id, version.id))
              : versions.length
          }
          savedAt={(version ?? versions[0] ?? current).updatedAt}
        />
      ) : null}
      <Outcome t={t} query={failedItem ? {} : query} extra={statusError} />
      {version ? (
        <p className="notice notice--warning no-print" role="note">
          {t('pages.meeting.viewingVersion', {
            date: formatDate(locale, version.updatedAt, { timeStyle: 'short' }),
          })}{' '}
          <a href={page}>{t('pages.meeting.current')}</a>
        </p>
      ) : null}
      <dl className="facts no-print">
        {meeting.onlineUrl ? (
          <>
            <dt>{t('fields.onlineUrl')}</dt>
            <dd>
              <a href={meeting.onlineUrl} rel="noopener noreferrer">
                {meeting.onlineUrl}
              </a>
            </dd>
          </>
        ) : null}
        <dt>{t('pages.meeting.calendar')}</dt>
        <dd>
          <a href={`${page}/calendar.ics`} download>
            {t('pages.meeting.calendarFile')}
          </a>
        </dd>
      </dl>
      {invited && !version && rsvpOpen(current) ? (
        <InvitationAnswer {...section} meetingId={current.id} myAnswer={myAnswer} />
      ) : null}
      {runsGroup && !version && (rsvps.length > 0 || current.status === 'planned') ? (
        <InvitationAnswers
          t={t}
          rsvps={rsvps}
          planned={current.status === 'planned'}
          silent={silent}
        />
      ) : null}
      {meeting.invitation ? (
        <section aria-labelledby="invitation" className="stack no-print">
          <h2 id="invitation">{t('fields.invitation')}</h2>
          <p lang={group.language} className="prewrap">
            {meeting.invitation}
          </p>
        </section>
      ) : null}

      {runsGroup && nextStatuses.length > 0 ? (
        <MinutesWorkflow
          {...section}
          meetingId={current.id}
          inReview={inReview}
          unresolved={unresolved}
          nextStatuses={nextStatuses}
        />
      ) : null}

      <MeetingAgenda
        {...section}
        group={group}
        meeting={meeting}
        meetingId={current.id}
        status={status}
        minutesShown={minutesShown}
        comments={comments}
        inReview={inReview}
        runsGroup={runsGroup}
        failedItem={failedItem}
        query={query}
      />

      {(meeting.attendance ?? []).length > 0 || (meeting.guests ?? []).length > 0 ? (
        <MeetingAttendance t={t} meeting={meeting} />
      ) : null}

      {(meeting.actionItems ?? []).length > 0 ? (
        <MeetingActionItems
          locale={locale}
          t={t}
          group={group}
          meeting={meeting}
          meetingId={current.id}
          isVersion={Boolean(version)}
          user={user}
          runsGroup={runsGroup}
          page={page}
        />
      ) : null}

      {versions.length > 0 ? (
        <MinutesVersions t={t} locale={locale} versions={versions} page={page} />
      ) : null}
    </div>
  )
}
