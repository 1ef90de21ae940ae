import type { TFunction } from 'i18next'
import type { TypeWithVersion } from 'payload'
import { Fragment } from 'react'

import { MarkDoneForm } from '@/components/workingGroups/MarkDoneForm'
import { Outcome } from '@/components/workingGroups/Outcome'
import type { Locale } from '@/i18n/locales'
import { formatEventTime } from '@/events/describe'
import { formatDate, getT } from '@/i18n/server'
import type { Material, Meeting, MinutesComment, User, WorkingGroup } from '@/payload-types'
import { sameId } from '@/utilities/ids'
import { type MeetingStatus, type RsvpAnswer, rsvpAnswers } from '@/workingGroups/constants'
import { groupPath, materialPath } from '@/workingGroups/links'
import { nameOf } from '@/workingGroups/pages'

import { addComment, answerInvitation, changeMeetingStatus, resolveComment } from '../../../actions'

type Section = { locale: Locale; slug: string; t: TFunction }

/** The meeting's name, time, place, status and the way back to its group. */
export function MeetingHeader({
  locale,
  slug,
  t,
  group,
  meeting,
}: Section & { group: WorkingGroup; meeting: Meeting }) {
  return (
    <div className="stack">
      <p className="no-print">
        <a href={groupPath(locale, slug)}>← {group.name}</a>
      </p>
      <h1>{meeting.title || t('meeting.numbered', { number: meeting.number })}</h1>
      <p className="lead">
        {formatEventTime(locale, meeting)}
        {meeting.venue ? ` · ${meeting.venue}` : ''}
      </p>
      {meeting.event && typeof meeting.event === 'object' && meeting.event.slug ? (
        <p>
          <a href={`/${locale}/events/${meeting.event.slug}`}>{t('pages.meeting.eventPage')}</a>
        </p>
      ) : null}
      <p>
        <span className="tag">{t(`statuses.${meeting.status}`)}</span>
        {meeting.approvedAt
          ? ` ${t('pages.meeting.approvedOn', { date: formatDate(locale, meeting.approvedAt) })}`
          : ''}
      </p>
    </div>
  )
}

/** What anyone else sees of a meeting: that it is for members, and its public agenda. */
export function MembersOnly({
  locale,
  t,
  group,
  meeting,
  loginHref,
  minutesShown,
}: Omit<Section, 'slug'> & {
  group: WorkingGroup
  meeting: Meeting
  /** where to sign in, for a reader who has not */
  loginHref: string | null
  /** the decisions too, once the minutes are approved */
  minutesShown: boolean
}) {
  const agenda = meeting.agenda ?? []
  return (
    <>
      <p className="notice" role="note">
        {t('pages.meeting.membersOnly')}{' '}
        {loginHref ? <a href={loginHref}>{getT(locale, 'account')('login.title')}</a> : null}
      </p>
      {agenda.length > 0 ? (
        <section aria-labelledby="agenda" className="stack">
          <h2 id="agenda">{t('pages.meeting.publicAgenda')}</h2>
          <ol>
            {agenda.map((item) => (
              <li key={item.id} lang={group.language}>
                {item.title}
                {minutesShown && item.decision ? <p className="muted">{item.decision}</p> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </>
  )
}

/** The approved minutes as a document: what a printed or saved copy must say about itself. */
export function ApprovedRecord({
  locale,
  t,
  group,
  meeting,
  versionNumber,
  savedAt,
}: Omit<Section, 'slug'> & {
  group: WorkingGroup
  meeting: Meeting
  versionNumber: number
  savedAt: string
}) {
  return (
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
          date: formatDate(locale, savedAt, { timeStyle: 'short' }),
        })}
        {meeting.amendmentReason
          ? ` · ${t('fields.amendmentReason')}: ${meeting.amendmentReason}`
          : ''}
      </dd>
    </dl>
  )
}

/** The member's own answer to the invitation, changed with one click. */
export function InvitationAnswer({
  locale,
  slug,
  t,
  meetingId,
  myAnswer,
}: Section & { meetingId: Meeting['id']; myAnswer?: RsvpAnswer | null }) {
  return (
    <section aria-labelledby="rsvp-heading" id="rsvp" className="stack no-print">
      <h2 id="rsvp-heading">{t('pages.rsvp.heading')}</h2>
      <p>
        {myAnswer
          ? t('pages.rsvp.yourAnswer', { answer: t(`rsvpAnswers.${myAnswer}`) })
          : t('pages.rsvp.noAnswer')}
      </p>
      <form
        action={answerInvitation.bind(null, locale, slug, String(meetingId))}
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
  )
}

/** For those who run the group: who answered what, and who has not answered yet. */
export function InvitationAnswers({
  t,
  rsvps,
  planned,
  silent,
}: {
  t: TFunction
  rsvps: NonNullable<Meeting['rsvps']>
  planned: boolean
  silent: Pick<User, 'id' | 'name'>[]
}) {
  return (
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
        {planned ? (
          <>
            <dt>{t('pages.rsvp.notAnswered')}</dt>
            <dd>{silent.map((person) => person.name).join(', ') || '—'}</dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}

/** For those who run the group: the next steps of the minutes (held, draft, review, approved). */
export function MinutesWorkflow({
  locale,
  slug,
  t,
  meetingId,
  inReview,
  unresolved,
  nextStatuses,
}: Section & {
  meetingId: Meeting['id']
  inReview: boolean
  unresolved: number
  nextStatuses: MeetingStatus[]
}) {
  return (
    <section aria-labelledby="workflow-heading" id="workflow" className="stack no-print">
      <h2 id="workflow-heading">{t('pages.meeting.workflow')}</h2>
      {inReview && unresolved > 0 ? (
        <p>{t('errors.unresolvedComments', { count: unresolved })}</p>
      ) : null}
      <div className="registrant__actions">
        {nextStatuses.map((next) => (
          <form key={next} action={changeMeetingStatus.bind(null, locale, slug, String(meetingId))}>
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
        <a href={`/admin/collections/meetings/${meetingId}`}>{t('pages.meeting.adminLink')}</a>
      </p>
    </section>
  )
}

/** The agenda with each item's materials and minutes, and the review comments and replies. */
export function MeetingAgenda({
  locale,
  slug,
  t,
  group,
  meeting,
  meetingId,
  status,
  minutesShown,
  comments,
  inReview,
  runsGroup,
  failedItem,
  query,
}: Section & {
  group: WorkingGroup
  meeting: Meeting
  meetingId: Meeting['id']
  status: MeetingStatus
  minutesShown: boolean
  comments: MinutesComment[]
  inReview: boolean
  runsGroup: boolean
  failedItem: string | null
  query: Record<string, unknown>
}) {
  const commentsOn = (itemId: string | null | undefined) =>
    comments.filter(
      (comment: MinutesComment) => comment.agendaItem === itemId && comment.replyTo == null,
    )
  const repliesTo = (comment: MinutesComment) =>
    comments.filter((reply) => reply.replyTo != null && sameId(reply.replyTo, comment.id))
  return (
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
                          action={addComment.bind(null, locale, slug, String(meetingId))}
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
                          action={resolveComment.bind(null, locale, slug, String(meetingId))}
                          className="stack"
                        >
                          <input type="hidden" name="comment" value={String(comment.id)} />
                          <div className="field">
                            <label htmlFor={`response-${comment.id}`}>{t('fields.response')}</label>
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
                action={addComment.bind(null, locale, slug, String(meetingId))}
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
  )
}

/** Who attended, was excused or absent, and the guests. */
export function MeetingAttendance({ t, meeting }: { t: TFunction; meeting: Meeting }) {
  return (
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
  )
}

/** The meeting's action items; their owners and those who run the group may mark them done. */
export function MeetingActionItems({
  locale,
  t,
  group,
  meeting,
  meetingId,
  isVersion,
  user,
  runsGroup,
  page,
}: {
  locale: Locale
  t: TFunction
  group: WorkingGroup
  meeting: Meeting
  meetingId: Meeting['id']
  isVersion: boolean
  user: User | null
  runsGroup: boolean
  page: string
}) {
  return (
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
            {!isVersion &&
            item.status !== 'done' &&
            user &&
            (runsGroup || sameId(item.assignee, user.id)) ? (
              <MarkDoneForm
                locale={locale}
                meetingId={meetingId}
                item={item}
                back={page}
                label={t('pages.member.markDone')}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The approved versions of the minutes, each with its reason for the change. */
export function MinutesVersions({
  t,
  locale,
  versions,
  page,
}: {
  t: TFunction
  locale: Locale
  versions: TypeWithVersion<Meeting>[]
  page: string
}) {
  return (
    <section aria-labelledby="versions" className="stack no-print">
      <h2 id="versions">{t('pages.meeting.versions')}</h2>
      <ul className="result-list">
        {versions.map((entry) => (
          <li key={entry.id}>
            <a href={`${page}?version=${entry.id}`}>
              {formatDate(locale, entry.updatedAt, { timeStyle: 'short' })}
            </a>
            {entry.version.amendmentReason
              ? ` · ${t('fields.amendmentReason')}: ${entry.version.amendmentReason}`
              : ''}
          </li>
        ))}
      </ul>
    </section>
  )
}
