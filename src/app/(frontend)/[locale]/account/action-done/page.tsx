import type { Metadata } from 'next'

import { sameId } from '@/utilities/ids'
import { formatDate, getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'
import { meetingPath } from '@/workingGroups/links'
import { linkedMeeting } from '@/workingGroups/memberLinks'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

import { markActionDoneFromLink } from '../../working-groups/actions'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

const results = ['done', 'forbidden', 'expired', 'invalid'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await routeParams(params)
  return {
    title: getT(locale, 'workingGroups')('pages.actionDone.title'),
    robots: { index: false, follow: false },
  }
}

/**
 * The "mark as done" link from a mail lands here. Opening it changes nothing; the button does,
 * so a mail scanner that follows links cannot close a task on its owner's behalf.
 */
export default async function ActionDonePage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'workingGroups')
  const query = await searchParams
  const payload = await getPayloadClient()
  const {
    check,
    link,
    meeting,
    group: linkedGroup,
  } = await linkedMeeting(payload, 'actionDone', query.token, locale)
  const item =
    link && meeting ? (meeting.actionItems ?? []).find((row) => row.id === link.item) : undefined
  // the link speaks for the item's owner only: one reassigned since shows nothing
  const owned = Boolean(link && item && sameId(item.assignee, link.user))
  const group = owned ? linkedGroup : null
  const given = results.find((value) => value === query.result)
  const status =
    given ??
    (check.status !== 'valid'
      ? check.status
      : !owned
        ? 'forbidden'
        : item?.status === 'done'
          ? 'done'
          : null)

  return (
    <section className="stack" aria-labelledby="action-heading">
      <h1 id="action-heading">{t('pages.actionDone.title')}</h1>
      {item && owned && group ? (
        <div className="stack">
          <p lang={group.language ?? undefined}>
            <strong>{item.task}</strong>
          </p>
          <p className="muted">
            {group.name}
            {item.dueDate ? ` · ${t('pages.member.due')}: ${formatDate(locale, item.dueDate)}` : ''}
          </p>
        </div>
      ) : null}
      {status === 'done' ? (
        <p role="status" className="notice">
          {t('pages.outcome.done.action')}
        </p>
      ) : status ? (
        <p role="alert" className="field-error">
          {t(`pages.actionDone.${status}`)}
        </p>
      ) : (
        <form action={markActionDoneFromLink.bind(null, locale)} className="stack">
          <input type="hidden" name="token" value={String(query.token)} />
          <button type="submit">{t('pages.member.markDone')}</button>
        </form>
      )}
      {meeting && group ? (
        <p>
          <a href={meetingPath(locale, group.slug, meeting.id)}>
            {meeting.title || t('meeting.numbered', { number: meeting.number })}
          </a>
        </p>
      ) : null}
    </section>
  )
}
