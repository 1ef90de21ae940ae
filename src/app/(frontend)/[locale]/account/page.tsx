import type { Metadata } from 'next'
import { redirect } from 'next/navigation'

import { hasRole } from '@/access/roles'
import { idFrom, sameId } from '@/utilities/ids'
import { formatEventTime } from '@/events/describe'
import { formatDate, getT } from '@/i18n/server'
import { meetingPath } from '@/workingGroups/links'
import { isCoordinatorOf, meetingsOf, myGroups, openActionsOf } from '@/workingGroups/pages'
import { session } from '@/account/session'

import { logOut } from '../login/actions'
import { requestEmailChange, requestErasure, saveEmailSharing } from './actions'
import { saveNotificationSettings } from '../working-groups/actions'
import { MarkDoneForm } from '@/components/workingGroups/MarkDoneForm'
import { FocusHere } from '@/components/FocusHere'
import { Outcome } from '@/components/workingGroups/Outcome'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'
import { loginHref } from '@/utilities/safeNext'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

const accountOutcomes = ['emailPending', 'emailInvalid', 'sharingSaved', 'unexpected'] as const
// shown beside the button that caused them, not at the top of this long page
const besideTheirForms = ['settings', 'erasure']

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  return {
    title: getT(locale, 'account')('page.title'),
    robots: { index: false, follow: false },
  }
}

/** A member's own page: their groups, next meetings, minutes to comment on, tasks and settings. */
export default async function AccountPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const query = await searchParams
  const t = getT(locale, 'workingGroups')
  const own = getT(locale, 'account')
  const admin = getT(locale, 'admin')
  const { payload, user } = await session()
  if (!user) redirect(loginHref(locale, `/${locale}/account`))
  const groups = await myGroups(payload, user, locale)
  const groupIds = groups.map((group) => group.id)
  const slugOf = (meeting: { workingGroup: unknown }) =>
    groups.find((group) => sameId(group.id, meeting.workingGroup))
  const [upcoming, inReview, actions] = await Promise.all([
    meetingsOf(payload, user, groupIds, { from: new Date(), limit: 10 }),
    meetingsOf(payload, user, groupIds, { status: ['minutes-review'], sort: '-startsAt' }),
    openActionsOf(payload, user),
  ])
  const muted = new Set((user.mutedGroups ?? []).map((group) => String(idFrom(group))))
  // outcomes of this page's own forms, from known codes only
  const accountOutcome = accountOutcomes.find((code) => code === query.account)
  const meetingName = (meeting: { title?: string | null; number?: number | null }) =>
    meeting.title || t('meeting.numbered', { number: meeting.number })

  return (
    <div className="stack-lg">
      <div className="stack">
        <h1>{own('page.title')}</h1>
        <p className="lead">{own('page.greeting', { name: user.name })}</p>
        <Outcome t={t} query={query} except={besideTheirForms} />
        <form action={logOut.bind(null, locale)}>
          <button type="submit" className="button--secondary">
            {own('login.logout')}
          </button>
        </form>
        {hasRole(user, 'admin', 'editor', 'ngo') ? (
          <p>
            {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- the admin is another root layout: a full page load */}
            <a href="/admin">{own('page.admin')}</a>
          </p>
        ) : null}
      </div>

      <section aria-labelledby="my-groups" className="stack">
        <h2 id="my-groups">{t('pages.member.groups')}</h2>
        {groups.length === 0 ? <p>{t('pages.member.noGroups')}</p> : null}
        <ul className="result-list">
          {groups.map((group) => (
            <li key={group.id}>
              <a href={`/${locale}/working-groups/${group.slug}`}>{group.name}</a>
              {isCoordinatorOf(group, user) ? (
                <span className="tag">{t('pages.member.coordinator')}</span>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="next-meetings" className="stack">
        <h2 id="next-meetings">{t('pages.member.nextMeetings')}</h2>
        {upcoming.length === 0 ? <p>{t('pages.member.noMeetings')}</p> : null}
        <ul className="result-list">
          {upcoming.map((meeting) => {
            const group = slugOf(meeting)
            const path = meetingPath(locale, group?.slug, meeting.id)
            return (
              <li key={meeting.id}>
                <a href={path}>
                  {group?.name}: {meetingName(meeting)}
                </a>
                <br />
                <span>{formatEventTime(locale, meeting)}</span> ·{' '}
                <a href={`${path}/calendar.ics`} download>
                  {t('pages.meeting.calendar')}
                  <span className="visually-hidden"> {meetingName(meeting)}</span>
                </a>
              </li>
            )
          })}
        </ul>
      </section>

      <section aria-labelledby="in-review" className="stack">
        <h2 id="in-review">{t('pages.member.review')}</h2>
        {inReview.length === 0 ? <p>{t('pages.member.noReview')}</p> : null}
        <ul className="result-list">
          {inReview.map((meeting) => (
            <li key={meeting.id}>
              <a href={meetingPath(locale, slugOf(meeting)?.slug, meeting.id)}>
                {slugOf(meeting)?.name}: {meetingName(meeting)}
              </a>{' '}
              <span className="muted">{formatDate(locale, meeting.startsAt)}</span>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="actions-heading" id="actions" className="stack">
        <h2 id="actions-heading">{t('pages.member.actions')}</h2>
        {actions.length === 0 ? <p>{t('pages.member.noActions')}</p> : null}
        <ul className="result-list">
          {actions.map(({ meeting, item, overdue }) => (
            <li key={item.id} className="stack">
              <p lang={slugOf(meeting)?.language}>
                <strong>{item.task}</strong>
                {overdue ? (
                  <span className="tag" lang={locale}>
                    {' '}
                    {t('pages.member.overdue')}
                  </span>
                ) : null}
              </p>
              <p className="muted">
                {item.dueDate
                  ? `${t('pages.member.due')}: ${formatDate(locale, item.dueDate)} · `
                  : ''}
                {t(`actionStatuses.${item.status}`)} ·{' '}
                <a href={meetingPath(locale, slugOf(meeting)?.slug, meeting.id)}>
                  {slugOf(meeting)?.name}: {meetingName(meeting)}
                </a>
              </p>
              <MarkDoneForm
                locale={locale}
                meetingId={meeting.id}
                item={item}
                back={`/${locale}/account`}
                label={t('pages.member.markDone')}
              />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="notifications-heading" id="notifications" className="stack">
        <h2 id="notifications-heading">{t('pages.member.notifications')}</h2>
        <form action={saveNotificationSettings.bind(null, locale)} className="register-form stack">
          <fieldset className="choice">
            <legend>{t('fields.notificationMode')}</legend>
            {(['immediate', 'digest'] as const).map((mode) => (
              <div className="field--checkbox" key={mode}>
                <input
                  type="radio"
                  id={`mode-${mode}`}
                  name="mode"
                  value={mode}
                  defaultChecked={(user.notificationMode ?? 'immediate') === mode}
                />
                <label htmlFor={`mode-${mode}`}>{t(`notificationModes.${mode}`)}</label>
              </div>
            ))}
          </fieldset>
          {groups.length > 0 ? (
            <fieldset className="checkbox-group">
              <legend>{t('fields.mutedGroups')}</legend>
              <p className="muted">{t('pages.member.mutedHint')}</p>
              {groups.map((group) => (
                <div className="field--checkbox" key={group.id}>
                  <input
                    type="checkbox"
                    id={`mute-${group.id}`}
                    name="muted"
                    value={String(group.id)}
                    defaultChecked={muted.has(String(group.id))}
                  />
                  <label htmlFor={`mute-${group.id}`}>{group.name}</label>
                </div>
              ))}
            </fieldset>
          ) : null}
          <button type="submit">{t('pages.member.save')}</button>
        </form>
        <Outcome t={t} query={query} only={['settings']} />
      </section>

      <section aria-labelledby="email-heading" id="email" className="stack">
        <h2 id="email-heading">{own('page.email')}</h2>
        {accountOutcome ? (
          <FocusHere
            id="account-outcome"
            role={
              accountOutcome === 'emailPending' || accountOutcome === 'sharingSaved'
                ? 'status'
                : 'alert'
            }
            className={
              accountOutcome === 'emailPending' || accountOutcome === 'sharingSaved'
                ? 'notice'
                : 'field-error'
            }
          >
            {own(`page.outcomes.${accountOutcome}`)}
          </FocusHere>
        ) : null}
        <dl className="facts">
          <dt>{own('page.currentEmail')}</dt>
          <dd>{user.email}</dd>
          {user.pendingEmail ? (
            <>
              <dt>{admin('users.pendingEmail')}</dt>
              <dd>
                {user.pendingEmail} <span className="tag">{own('page.awaitingConfirmation')}</span>
              </dd>
            </>
          ) : null}
        </dl>
        <form action={requestEmailChange.bind(null, locale)} className="register-form stack">
          <div className="field">
            <label htmlFor="new-email">{own('page.newEmail')}</label>
            <input
              id="new-email"
              name="email"
              type="email"
              autoComplete="email"
              required
              maxLength={254}
              aria-describedby="new-email-hint"
            />
            <p id="new-email-hint" className="muted">
              {own('page.newEmailHint')}
            </p>
          </div>
          <button type="submit">{own('page.changeEmail')}</button>
        </form>
        <form
          action={saveEmailSharing.bind(null, locale)}
          id="sharing"
          className="register-form stack"
        >
          <div className="field--checkbox">
            <input
              type="checkbox"
              id="show-email"
              name="showEmailToGroups"
              defaultChecked={user.showEmailToGroups === true}
              aria-describedby="show-email-hint"
            />
            <label htmlFor="show-email">{admin('users.showEmailToGroups')}</label>
          </div>
          <p id="show-email-hint" className="muted">
            {own('page.showEmailHint')}
          </p>
          <button type="submit">{own('page.save')}</button>
        </form>
      </section>

      <section aria-labelledby="privacy-heading" id="privacy" className="stack">
        <h2 id="privacy-heading">{own('page.privacy')}</h2>
        <p>{own('page.downloadHint')}</p>
        <p>
          <a href={`/${locale}/account/data.json`} download>
            {own('page.download')}
          </a>
        </p>
        <p className="muted">{own('page.erasureHint')}</p>
        <form action={requestErasure.bind(null, locale)}>
          <button type="submit" className="button--secondary">
            {own('page.erasure')}
          </button>
        </form>
        <Outcome t={t} query={query} only={['erasure']} />
      </section>
    </div>
  )
}
