import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { cache } from 'react'

import { isGroupMember } from '@/access/groupMembership'
import { idFrom, sameId } from '@/utilities/ids'
import { Highlight } from '@/components/Highlight'
import { formatEventTime } from '@/events/describe'
import { type Locale } from '@/i18n/locales'
import { formatDate, formatNumber, getT } from '@/i18n/server'
import { pageMetadata } from '@/utilities/metadata'
import type { Meeting, User } from '@/payload-types'
import { materialExtensions, MAX_MATERIAL_BYTES } from '@/workingGroups/constants'
import { materialPath, meetingPath } from '@/workingGroups/links'
import {
  isCoordinatorOf,
  materialVersions,
  meetingsOf,
  namesOf,
  openActionsOf,
} from '@/workingGroups/pages'
import { session } from '@/account/session'
import { findBySlug, type SlugQuery } from '@/utilities/findBySlug'
import { searchGroup } from '@/workingGroups/search'

import { uploadMaterial } from '../actions'
import { MarkDoneForm } from '@/components/workingGroups/MarkDoneForm'
import { Outcome } from '@/components/workingGroups/Outcome'
import { routeParams } from '@/i18n/routeParams'

type Props = {
  params: Promise<{ locale: string; slug: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

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

const nameOf = (user: unknown) => (user && typeof user === 'object' ? (user as User).name : null)

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
  const meetingName = (meeting: Meeting) =>
    meeting.title || t('meeting.numbered', { number: meeting.number })
  const when = (meeting: Meeting) => formatEventTime(locale, meeting)

  if (!member) {
    const publicItems = (meeting: Meeting) => (meeting.agenda ?? []).filter((item) => item.public)
    return (
      <div className="stack-lg">
        <div className="stack">
          <p>
            <Link href={`/${locale}/working-groups`}>← {t('pages.list.title')}</Link>
          </p>
          <h1>{group.name}</h1>
          {group.purpose ? <p className="lead">{group.purpose}</p> : null}
          {group.publicDescription ? <p>{group.publicDescription}</p> : null}
          <p className="notice">
            {t('pages.group.membersOnly')}{' '}
            {user ? null : (
              <Link
                href={`/${locale}/login?next=${encodeURIComponent(`/${locale}/working-groups/${slug}`)}`}
              >
                {getT(locale, 'account')('login.title')}
              </Link>
            )}
          </p>
        </div>
        <section aria-labelledby="upcoming" className="stack">
          <h2 id="upcoming">{t('pages.group.upcoming')}</h2>
          {upcoming.length === 0 ? <p>{t('pages.list.noNextMeeting')}</p> : null}
          <ul className="result-list">
            {upcoming.map((meeting) => (
              <li key={meeting.id} className="stack">
                <p>
                  <strong>{meetingName(meeting)}</strong> · {when(meeting)}
                </p>
                {publicItems(meeting).length > 0 ? (
                  <ul>
                    {publicItems(meeting).map((item) => (
                      <li key={item.id}>{item.title}</li>
                    ))}
                  </ul>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
        {past.some((meeting) => publicItems(meeting).length > 0) ? (
          <section aria-labelledby="public-records" className="stack">
            <h2 id="public-records">{t('pages.group.publicItems')}</h2>
            <ul className="result-list">
              {past
                .filter((meeting) => publicItems(meeting).length > 0)
                .map((meeting) => (
                  <li key={meeting.id} className="stack">
                    <p>
                      <strong>{meetingName(meeting)}</strong> ·{' '}
                      {formatDate(locale, meeting.startsAt)}
                    </p>
                    {publicItems(meeting).map((item) => (
                      <div key={item.id} lang={group.language}>
                        <p>{item.title}</p>
                        {item.decision ? <p className="muted">{item.decision}</p> : null}
                      </div>
                    ))}
                  </li>
                ))}
            </ul>
          </section>
        ) : null}
      </div>
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
  const path = `/${locale}/working-groups/${slug}`

  const meetingList = (meetings: Meeting[]) => (
    <ul className="result-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <Link href={meetingPath(locale, slug, meeting.id)}>{meetingName(meeting)}</Link> ·{' '}
          {when(meeting)} <span className="tag">{t(`statuses.${meeting.status}`)}</span>
        </li>
      ))}
    </ul>
  )

  return (
    <div className="stack-lg">
      <div className="stack">
        <p>
          <Link href={`/${locale}/account`}>← {getT(locale, 'account')('page.title')}</Link>
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

      <section aria-labelledby="search-heading" className="stack">
        <h2 id="search-heading">{t('pages.group.search')}</h2>
        <form method="get" role="search" className="search-row" action={path}>
          <label htmlFor="group-search">{t('pages.group.searchLabel')}</label>
          <div className="search-row__controls">
            <input
              id="group-search"
              type="search"
              name="q"
              defaultValue={search}
              maxLength={100}
              minLength={2}
            />
            <button type="submit">{t('pages.group.searchButton')}</button>
          </div>
        </form>
        {search ? (
          <div className="stack" aria-live="polite">
            <p>{t('pages.group.results', { count: hits.length, query: search })}</p>
            <ul className="result-list">
              {hits.map((hit, index) =>
                hit.kind === 'minutes' ? (
                  <li key={`m-${index}`}>
                    <Link href={meetingPath(locale, slug, hit.meeting.id)}>
                      {meetingName(hit.meeting)}: {hit.item}
                    </Link>
                    <p lang={group.language}>
                      <Highlight snippet={hit.snippet} />
                    </p>
                  </li>
                ) : (
                  <li key={`f-${index}`}>
                    <a href={materialPath(locale, slug, hit.material.id)}>{hit.material.title}</a>
                    <p>
                      <Highlight snippet={hit.snippet} />
                    </p>
                  </li>
                ),
              )}
            </ul>
          </div>
        ) : null}
      </section>

      <section aria-labelledby="upcoming" className="stack">
        <h2 id="upcoming">{t('pages.group.upcoming')}</h2>
        {upcoming.length === 0 ? <p>{t('pages.list.noNextMeeting')}</p> : meetingList(upcoming)}
      </section>

      <section aria-labelledby="past" className="stack">
        <h2 id="past">{t('pages.group.past')}</h2>
        {meetingList(past)}
      </section>

      {isCoordinator && actions.some(({ overdue }) => overdue) ? (
        <section aria-labelledby="overdue-heading" id="overdue" className="stack">
          <h2 id="overdue-heading">{t('pages.group.overdue')}</h2>
          <ul className="result-list">
            {actions
              .filter(({ overdue }) => overdue)
              .map(({ meeting, item, owner }) => (
                <li key={item.id}>
                  <strong>{item.task}</strong>
                  <p className="muted">
                    {owner ?? '—'} · {t('pages.member.due')}: {formatDate(locale, item.dueDate!)} ·{' '}
                    <Link href={meetingPath(locale, slug, meeting.id)}>{meetingName(meeting)}</Link>
                  </p>
                </li>
              ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="actions-heading" id="actions" className="stack">
        <h2 id="actions-heading">{t('pages.group.actionItems')}</h2>
        {actions.length === 0 ? <p>{t('pages.member.noActions')}</p> : null}
        <ul className="result-list">
          {actions.map(({ meeting, item, owner, overdue }) => (
            <li key={item.id}>
              <strong>{item.task}</strong>{' '}
              {overdue ? <span className="tag">{t('pages.member.overdue')}</span> : null}
              <p className="muted">
                {owner ?? '—'}
                {item.dueDate
                  ? ` · ${t('pages.member.due')}: ${formatDate(locale, item.dueDate)}`
                  : ''}{' '}
                · {t(`actionStatuses.${item.status}`)} ·{' '}
                <Link href={meetingPath(locale, slug, meeting.id)}>{meetingName(meeting)}</Link>
              </p>
              {user && (isCoordinator || sameId(item.assignee, user.id)) ? (
                <MarkDoneForm
                  locale={locale}
                  meetingId={meeting.id}
                  item={item}
                  back={path}
                  label={t('pages.member.markDone')}
                />
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="materials-heading" id="materials" className="stack">
        <h2 id="materials-heading">{t('pages.group.materials')}</h2>
        {materials.length === 0 ? <p>{t('pages.group.noMaterials')}</p> : null}
        <ul className="result-list">
          {shelves.map(({ material, earlier }) => (
            <li key={material.id} className="stack">
              <p>
                <a href={materialPath(locale, slug, material.id)}>{material.title}</a>{' '}
                <span className="muted">
                  ({(material.filename?.split('.').pop() ?? '').toUpperCase()},{' '}
                  {formatNumber(locale, (material.filesize ?? 0) / 1024 / 1024, {
                    maximumFractionDigits: 1,
                  })}{' '}
                  MB,{' '}
                  {t('pages.material.uploaded', {
                    name: uploaders.get(String(idFrom(material.uploadedBy))) ?? '—',
                    date: formatDate(locale, material.createdAt),
                  })}
                  )
                </span>
              </p>
              {material.description ? <p>{material.description}</p> : null}
              {earlier.length > 0 ? (
                <details className="material-versions">
                  <summary>
                    {t('pages.material.versions')} ({formatNumber(locale, earlier.length)})
                  </summary>
                  <ol>
                    {earlier.map((version) => (
                      <li key={version.id}>
                        <a href={materialPath(locale, slug, version.id)}>{version.title}</a>{' '}
                        <span className="muted">
                          {t('pages.material.uploaded', {
                            name: uploaders.get(String(idFrom(version.uploadedBy))) ?? '—',
                            date: formatDate(locale, version.createdAt, { timeStyle: 'short' }),
                          })}
                        </span>
                      </li>
                    ))}
                  </ol>
                </details>
              ) : null}
            </li>
          ))}
        </ul>
        <form
          action={uploadMaterial.bind(null, locale, slug, String(group.id))}
          className="register-form stack"
        >
          <h3>{t('pages.group.upload')}</h3>
          <div className="field">
            <label htmlFor="material-title">{t('fields.materialTitle')}</label>
            <input id="material-title" name="title" required maxLength={300} />
          </div>
          <div className="field">
            <label htmlFor="material-meeting">{t('fields.meeting')}</label>
            <select id="material-meeting" name="meeting" defaultValue="">
              <option value="">—</option>
              {[...upcoming, ...past].map((meeting) => (
                <option key={meeting.id} value={String(meeting.id)}>
                  {meetingName(meeting)} ({formatDate(locale, meeting.startsAt)})
                </option>
              ))}
            </select>
          </div>
          {shelves.length > 0 ? (
            <div className="field">
              <label htmlFor="material-replaces">{t('pages.material.newVersion')}</label>
              <select id="material-replaces" name="replaces" defaultValue="">
                <option value="">—</option>
                {shelves.map(({ material }) => (
                  <option key={material.id} value={String(material.id)}>
                    {material.title}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
          <div className="field">
            <label htmlFor="material-file">{t('pages.group.uploadFile')}</label>
            <input
              id="material-file"
              name="file"
              type="file"
              required
              accept={materialExtensions.map((extension) => `.${extension}`).join(',')}
              aria-describedby="material-hint"
            />
            <p id="material-hint" className="muted">
              {t('pages.group.uploadHint', {
                types: materialExtensions.map((e) => e.toUpperCase()).join(', '),
                max: MAX_MATERIAL_BYTES / 1024 / 1024,
              })}
            </p>
          </div>
          <button type="submit">{t('pages.group.uploadButton')}</button>
        </form>
      </section>
    </div>
  )
}
