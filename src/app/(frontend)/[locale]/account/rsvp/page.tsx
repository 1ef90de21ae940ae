import type { Metadata } from 'next'

import { sameId } from '@/utilities/ids'
import { formatEventTime } from '@/events/describe'
import { getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'
import { rsvpAnswers } from '@/workingGroups/constants'
import { meetingPath } from '@/workingGroups/links'
import { linkedMeeting } from '@/workingGroups/memberLinks'
import { rsvpOpen } from '@/workingGroups/rsvp'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

import { answerInvitationFromLink } from '../../working-groups/actions'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

const results = ['answered', 'closed', 'forbidden', 'expired', 'invalid'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  return {
    title: getT(locale, 'workingGroups')('pages.rsvp.title'),
    robots: { index: false, follow: false },
  }
}

/**
 * The RSVP link from an invitation lands here. Opening it records nothing; the button does, so
 * a mail scanner that follows links cannot answer on the member's behalf.
 */
export default async function RsvpPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'workingGroups')
  const query = await searchParams
  const payload = await getPayloadClient()
  const { check, link, meeting, group } = await linkedMeeting(payload, 'rsvp', query.token, locale)
  const belongs = Boolean(
    link &&
    group &&
    [...(group.members ?? []), ...(group.coordinators ?? [])].some((person) =>
      sameId(person, link.user),
    ),
  )
  const given = results.find((value) => value === query.result)
  const status =
    given ??
    (check.status !== 'valid'
      ? check.status
      : !meeting || !belongs
        ? 'forbidden'
        : !rsvpOpen(meeting)
          ? 'closed'
          : null)
  const current =
    link && meeting ? (meeting.rsvps ?? []).find((row) => sameId(row.member, link.user)) : undefined
  const preferred = rsvpAnswers.find((answer) => answer === query.answer) ?? 'attend'
  const ordered = [preferred, ...rsvpAnswers.filter((answer) => answer !== preferred)]
  const name = meeting ? meeting.title || t('meeting.numbered', { number: meeting.number }) : ''

  return (
    <section className="stack" aria-labelledby="rsvp-heading">
      <h1 id="rsvp-heading">{t('pages.rsvp.title')}</h1>
      {meeting && group && belongs ? (
        <p>
          {t('pages.rsvp.intro', {
            meeting: name,
            group: group.name,
            when: formatEventTime(locale, meeting),
          })}
        </p>
      ) : null}
      {status === 'answered' ? (
        <p role="status" className="notice">
          {t('pages.rsvp.answered', { answer: current ? t(`rsvpAnswers.${current.answer}`) : '' })}
        </p>
      ) : status ? (
        <p role="alert" className="field-error">
          {t(`pages.rsvp.${status}`)}
        </p>
      ) : (
        <form action={answerInvitationFromLink.bind(null, locale)} className="stack">
          {current ? (
            <p>{t('pages.rsvp.current', { answer: t(`rsvpAnswers.${current.answer}`) })}</p>
          ) : null}
          <p>{t('pages.rsvp.confirm')}</p>
          <input type="hidden" name="token" value={String(query.token)} />
          <div className="registrant__actions">
            {ordered.map((answer, index) => (
              <button
                key={answer}
                type="submit"
                name="answer"
                value={answer}
                className={index > 0 ? 'button--secondary' : undefined}
              >
                {t(`rsvpAnswers.${answer}`)}
              </button>
            ))}
          </div>
        </form>
      )}
      {meeting && group && belongs ? (
        <p>
          <a href={meetingPath(locale, group.slug, meeting.id)}>{name}</a>
        </p>
      ) : null}
    </section>
  )
}
