import type { Metadata } from 'next'
import Link from 'next/link'
import { cache, Fragment } from 'react'
import { notFound } from 'next/navigation'

import { coordinatesGroup, isGroupMember } from '@/access/groupMembership'
import { idFrom, sameId } from '@/utilities/ids'
import { formatEventTime } from '@/events/describe'
import { type Locale } from '@/i18n/locales'
import { formatDate, getT } from '@/i18n/server'
import type { Material, Meeting, MinutesComment, User } from '@/payload-types'
import {
  type MeetingStatus,
  meetingTransitions,
  minutesVisibleToMembers,
  rsvpAnswers,
} from '@/workingGroups/constants'
import { groupPath, materialPath, meetingPath } from '@/workingGroups/links'
import { session } from '@/account/session'
import { findBySlug } from '@/utilities/findBySlug'
import { rsvpOpen } from '@/workingGroups/rsvp'

import { addComment, answerInvitation, changeMeetingStatus, resolveComment } from '../../../actions'
import { MarkDoneForm } from '@/components/workingGroups/MarkDoneForm'
import { Outcome } from '@/components/workingGroups/Outcome'
import { routeParams } from '@/i18n/routeParams'

type Props = {
  params: Promise<{ locale: string; slug: string; id: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

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

const nameOf = (user: unknown) => (user && typeof user === 'object' ? (user as User).name : null)

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
  const name = meeting.title || t('meeting.numbered', { number: meeting.number })
  const status = meeting.status as MeetingStatus
  const minutesShown =
    runsGroup ||
    minutesVisibleToMembers.includes(status) ||
    (!member && status === 'minutes-approved')

  const header = (
    <div className="stack">
      <p className="no-print">
        <Link href={groupPath(locale, slug)}>← {group.name}</Link>
      </p>
      <h1>{name}</h1>
      <p className="lead">
        {formatEventTime(locale, meeting)}
        {meeting.venue ? ` · ${meeting.venue}` : ''}
      </p>
      {meeting.event && typeof meeting.event === 'object' && meeting.event.slug ? (
        <p>
          <Link href={`/${locale}/events/${meeting.event.slug}`}>
            {t('pages.meeting.eventPage')}
          </Link>
        </p>
      ) : null}
      <p>
        <span className="tag">{t(`statuses.${status}`)}</span>
        {meeting.approvedAt
          ? ` ${t('pages.meeting.approvedOn', { date: formatDate(locale, meeting.approvedAt) })}`
          : ''}
      </p>
    </div>
  )

  if (!member) {
    return (
      <div className="stack-lg">
        {header}
        <p className="notice" role="note">
          {t('pages.meeting.membersOnly')}{' '}
          {user ? null : (
            <Link href={`/${locale}/login?next=${encodeURIComponent(page)}`}>
              {getT(locale, 'account')('login.title')}
            </Link>
          )}
        </p>
        {(meeting.agenda ?? []).length > 0 ? (
          <section aria-labelledby="agenda" className="stack">
            <h2 id="agenda">{t('pages.meeting.publicAgenda')}</h2>
            <ol>
              {(meeting.agenda ?? []).map((item) => (
                <li key={item.id} lang={group.language}>
                  {item.title}
                  {minutesShown && item.decision ? <p className="muted">{item.decision}</p> : null}
                </li>
              ))}
            </ol>
          </section>
        ) : null}
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
  const commentsOn = (itemId: string | null | undefined) =>
    comments.filter(
      (comment: MinutesComment) => comment.agendaItem === itemId && comment.replyTo == null,
    )
  const repliesTo = (comment: MinutesComment) =>
    comments.filter((reply) => reply.replyTo != null && sameId(reply.replyTo, comment.id))
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

  // the approved record as a document: what a printed or saved copy must say about itself
  const versionNumber = version
    ? versions.length - versions.findIndex((entry) => sameId(entry.id, version.id))
    : versions.length
  const record =
    status === 'minutes-approved' ? (
      <dl className="facts print-record">
        <dt>{t('fields.workingGroup')}</dt>
        <dd>{group.name}</dd>
        <dt>{t('fields.number')}</dt>
        <dd>{meeting.number ?? '—'}</dd>
        <dt>{t('fields.startsAt')}</dt>
        <dd>{formatEventTime(locale, meeting)}</dd>
        <dt>{t('fields.venue')}</dt>
        <dd>{meeting.venue || '—'}</dd>
        <dt>{t('fields.approvedAt')}</dt>
        <dd>{meeting.approvedAt ? formatDate(locale, meeting.approvedAt) : '—'}</dd>
        <dt>{t('fields.approvedBy')}</dt>
        <dd>{nameOf(meeting.approvedBy) ?? '—'}</dd>
        <dt>{t('pages.print.version')}</dt>
        <dd>
          {t('pages.print.versionOf', {
            number: Math.max(versionNumber, 1),
            date: formatDate(locale, (version ?? versions[0] ?? current).updatedAt, {
              timeStyle: 'short',
            }),
          })}
          {meeting.amendmentReason
            ? ` · ${t('fields.amendmentReason')}: ${meeting.amendmentReason}`
            : ''}
        </dd>
      </dl>
    ) : null

  return (
    <div className="stack-lg">
      {header}
      {record}
      <Outcome t={t} query={failedItem ? {} : query} extra={statusError} />
      {version ? (
        <p className="notice notice--warning no-print" role="note">
          {t('pages.meeting.viewingVersion', {
            date: formatDate(locale, version.updatedAt, { timeStyle: 'short' }),
          })}{' '}
          <Link href={page}>{t('pages.meeting.current')}</Link>
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
        <section aria-labelledby="rsvp-heading" id="rsvp" className="stack no-print">
          <h2 id="rsvp-heading">{t('pages.rsvp.heading')}</h2>
          <p>
            {myAnswer
              ? t('pages.rsvp.yourAnswer', { answer: t(`rsvpAnswers.${myAnswer}`) })
              : t('pages.rsvp.noAnswer')}
          </p>
          <form
            action={answerInvitation.bind(null, locale, slug, String(current.id))}
            className="registrant__actions"
          >
            {rsvpAnswers.map((answer) => (
              <button
                key={answer}
                type="submit"
                name="answer"
                value={answer}
                aria-pressed={myAnswer === answer}
                className={myAnswer === answer ? undefined : 'button--secondary'}
              >
                {t(`rsvpAnswers.${answer}`)}
              </button>
            ))}
          </form>
        </section>
      ) : null}
      {runsGroup && !version && (rsvps.length > 0 || current.status === 'planned') ? (
        <section aria-labelledby="rsvps-heading" id="rsvps" className="stack no-print">
          <h2 id="rsvps-heading">{t('pages.rsvp.answers')}</h2>
          <dl className="facts">
            {rsvpAnswers.map((answer) => (
              <Fragment key={answer}>
                <dt>{t(`rsvpAnswers.${answer}`)}</dt>
                <dd>
                  {rsvps
                    .filter((row) => row.answer === answer)
                    .map((row) => nameOf(row.member) ?? '—')
                    .join(', ') || '—'}
                </dd>
              </Fragment>
            ))}
            {current.status === 'planned' ? (
              <>
                <dt>{t('pages.rsvp.notAnswered')}</dt>
                <dd>{silent.map((person) => person.name).join(', ') || '—'}</dd>
              </>
            ) : null}
          </dl>
        </section>
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
        <section aria-labelledby="workflow-heading" id="workflow" className="stack no-print">
          <h2 id="workflow-heading">{t('pages.meeting.workflow')}</h2>
          {inReview && unresolved > 0 ? (
            <p>{t('errors.unresolvedComments', { count: unresolved })}</p>
          ) : null}
          <div className="registrant__actions">
            {nextStatuses.map((next) => (
              <form
                key={next}
                action={changeMeetingStatus.bind(null, locale, slug, String(current.id))}
              >
                <input type="hidden" name="status" value={next} />
                <button
                  type="submit"
                  className={next === 'minutes-draft' ? 'button--secondary' : undefined}
                >
                  {t(`pages.meeting.moveTo.${next}`)}
                </button>
              </form>
            ))}
          </div>
          <p className="muted">
            {t('pages.meeting.editInAdmin')}{' '}
            <a href={`/admin/collections/meetings/${current.id}`}>{t('pages.meeting.adminLink')}</a>
          </p>
        </section>
      ) : null}

      <section aria-labelledby="agenda" className="stack">
        <h2 id="agenda">{t('fields.agenda')}</h2>
        {!minutesShown ? (
          <p className="muted">
            {t(
              status === 'planned'
                ? 'pages.meeting.minutesAfterMeeting'
                : 'pages.meeting.minutesNotYet',
            )}
          </p>
        ) : null}
        <ol className="stack">
          {(meeting.agenda ?? []).map((item) => (
            <li key={item.id} id={`item-${item.id}`} className="stack">
              <h3 lang={group.language}>
                {item.title}
                {item.presenter ? <span className="muted"> · {item.presenter}</span> : null}
              </h3>
              {(item.materials ?? []).length > 0 ? (
                <ul>
                  {(item.materials ?? []).map((material) =>
                    typeof material === 'object' ? (
                      <li key={material.id}>
                        <a href={materialPath(locale, slug, material.id)}>
                          {(material as Material).title}
                        </a>
                      </li>
                    ) : null,
                  )}
                </ul>
              ) : null}
              {minutesShown && item.discussion ? (
                <p lang={group.language} className="prewrap">
                  {item.discussion}
                </p>
              ) : null}
              {minutesShown && item.decision ? (
                <p lang={group.language}>
                  <strong>{t('fields.decision')}:</strong> {item.decision}
                </p>
              ) : null}
              {commentsOn(item.id).length > 0 ? (
                <div className="stack no-print">
                  <h4>{t('fields.comments')}</h4>
                  <ul className="result-list">
                    {commentsOn(item.id).map((comment) => (
                      <li key={comment.id} id={`comment-${comment.id}`} className="stack">
                        <p>
                          <strong>{nameOf(comment.author) ?? '—'}</strong>{' '}
                          <span className="muted">
                            {formatDate(locale, comment.createdAt, { timeStyle: 'short' })}
                          </span>{' '}
                          <span className="tag">
                            {comment.resolved ? t('fields.resolved') : t('pages.meeting.open')}
                          </span>
                        </p>
                        <p className="prewrap">{comment.body}</p>
                        {comment.response ? (
                          <p>
                            <strong>{t('fields.response')}:</strong> {comment.response}
                          </p>
                        ) : null}
                        {repliesTo(comment).length > 0 ? (
                          <ul className="comment-replies">
                            {repliesTo(comment).map((reply) => (
                              <li key={reply.id} id={`comment-${reply.id}`}>
                                <p>
                                  <strong>{nameOf(reply.author) ?? '—'}</strong>{' '}
                                  <span className="muted">
                                    {formatDate(locale, reply.createdAt, { timeStyle: 'short' })}
                                  </span>
                                </p>
                                <p className="prewrap">{reply.body}</p>
                              </li>
                            ))}
                          </ul>
                        ) : null}
                        {inReview ? (
                          <form
                            action={addComment.bind(null, locale, slug, String(current.id))}
                            className="stack"
                          >
                            <input type="hidden" name="agendaItem" value={item.id ?? ''} />
                            <input type="hidden" name="replyTo" value={String(comment.id)} />
                            <div className="field">
                              <label htmlFor={`reply-${comment.id}`}>
                                {t('pages.meeting.replyLabel')}
                              </label>
                              <textarea
                                id={`reply-${comment.id}`}
                                name="reply"
                                rows={2}
                                required
                                maxLength={4000}
                              />
                            </div>
                            <button type="submit" className="button--secondary">
                              {t('pages.meeting.reply')}
                            </button>
                          </form>
                        ) : null}
                        {runsGroup && inReview && !comment.resolved ? (
                          <form
                            action={resolveComment.bind(null, locale, slug, String(current.id))}
                            className="stack"
                          >
                            <input type="hidden" name="comment" value={String(comment.id)} />
                            <div className="field">
                              <label htmlFor={`response-${comment.id}`}>
                                {t('fields.response')}
                              </label>
                              <textarea
                                id={`response-${comment.id}`}
                                name="response"
                                rows={2}
                                maxLength={4000}
                              />
                            </div>
                            <button type="submit">{t('pages.meeting.resolve')}</button>
                          </form>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {inReview ? (
                <form
                  action={addComment.bind(null, locale, slug, String(current.id))}
                  className="stack no-print"
                >
                  <input type="hidden" name="agendaItem" value={item.id ?? ''} />
                  {failedItem === item.id ? <Outcome t={t} query={query} /> : null}
                  <div className="field">
                    <label htmlFor={`comment-on-${item.id}`}>
                      {t('pages.meeting.commentLabel')}
                      <span className="visually-hidden">: {item.title}</span>
                    </label>
                    <textarea
                      id={`comment-on-${item.id}`}
                      name="body"
                      rows={3}
                      required
                      maxLength={4000}
                      aria-invalid={failedItem === item.id ? true : undefined}
                    />
                  </div>
                  <button type="submit">{t('pages.meeting.send')}</button>
                </form>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      {(meeting.attendance ?? []).length > 0 || (meeting.guests ?? []).length > 0 ? (
        <section aria-labelledby="attendance" className="stack">
          <h2 id="attendance">{t('fields.attendance')}</h2>
          <ul>
            {(meeting.attendance ?? []).map((row) => (
              <li key={row.id}>
                {nameOf(row.member) ?? '—'}: {t(`attendanceStatuses.${row.status}`)}
              </li>
            ))}
            {(meeting.guests ?? []).map((guest) => (
              <li key={guest.id}>
                {guest.name}
                {guest.organisation ? ` (${guest.organisation})` : ''}: {t('fields.guestName')}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {(meeting.actionItems ?? []).length > 0 ? (
        <section aria-labelledby="action-items" id="actions" className="stack">
          <h2 id="action-items">{t('fields.actionItems')}</h2>
          <ul className="result-list">
            {(meeting.actionItems ?? []).map((item) => (
              <li key={item.id}>
                <strong lang={group.language}>{item.task}</strong>
                <p className="muted">
                  {nameOf(item.assignee) ?? item.assigneeName ?? '—'}
                  {item.dueDate
                    ? ` · ${t('pages.member.due')}: ${formatDate(locale, item.dueDate)}`
                    : ''}{' '}
                  · {t(`actionStatuses.${item.status}`)}
                </p>
                {!version &&
                item.status !== 'done' &&
                user &&
                (runsGroup || sameId(item.assignee, user.id)) ? (
                  <MarkDoneForm
                    locale={locale}
                    meetingId={current.id}
                    item={item}
                    back={page}
                    label={t('pages.member.markDone')}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {versions.length > 0 ? (
        <section aria-labelledby="versions" className="stack no-print">
          <h2 id="versions">{t('pages.meeting.versions')}</h2>
          <ul className="result-list">
            {versions.map((entry) => (
              <li key={entry.id}>
                <Link href={`${page}?version=${entry.id}`}>
                  {formatDate(locale, entry.updatedAt, { timeStyle: 'short' })}
                </Link>
                {entry.version.amendmentReason
                  ? ` · ${t('fields.amendmentReason')}: ${entry.version.amendmentReason}`
                  : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
