import type { TFunction } from 'i18next'

import { Highlight } from '@/components/Highlight'
import { MarkDoneForm } from '@/components/workingGroups/MarkDoneForm'
import { formatEventTime } from '@/events/describe'
import type { Locale } from '@/i18n/locales'
import { formatDate, formatNumber, getT } from '@/i18n/server'
import type { Material, Meeting, User, WorkingGroup } from '@/payload-types'
import { idFrom, sameId } from '@/utilities/ids'
import { materialExtensions, MAX_MATERIAL_BYTES } from '@/workingGroups/constants'
import { materialPath, meetingPath } from '@/workingGroups/links'
import type { materialVersions, OpenAction } from '@/workingGroups/pages'
import type { GroupHit } from '@/workingGroups/search'

import { uploadMaterial } from '../actions'
import { loginHref } from '@/utilities/safeNext'

type Section = { locale: Locale; slug: string; t: TFunction }

const meetingName = (t: TFunction, meeting: Meeting) =>
  meeting.title || t('meeting.numbered', { number: meeting.number })

/** What a visitor (or a member of another group) sees: the purpose, dates and public items. */
export function GroupPublicView({
  locale,
  slug,
  t,
  group,
  signedIn,
  upcoming,
  past,
}: Section & { group: WorkingGroup; signedIn: boolean; upcoming: Meeting[]; past: Meeting[] }) {
  const publicItems = (meeting: Meeting) => (meeting.agenda ?? []).filter((item) => item.public)
  return (
    <div className="stack-lg">
      <div className="stack">
        <p>
          <a href={`/${locale}/working-groups`}>← {t('pages.list.title')}</a>
        </p>
        <h1>{group.name}</h1>
        {group.purpose ? <p className="lead">{group.purpose}</p> : null}
        {group.publicDescription ? <p>{group.publicDescription}</p> : null}
        <p className="notice">
          {t('pages.group.membersOnly')}{' '}
          {signedIn ? null : (
            <a href={loginHref(locale, `/${locale}/working-groups/${slug}`)}>
              {getT(locale, 'account')('login.title')}
            </a>
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
                <strong>{meetingName(t, meeting)}</strong> · {formatEventTime(locale, meeting)}
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
                    <strong>{meetingName(t, meeting)}</strong> ·{' '}
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

/** The members' search within the group's minutes and materials, with its hits. */
export function GroupSearch({
  locale,
  slug,
  t,
  group,
  search,
  hits,
}: Section & { group: WorkingGroup; search: string; hits: GroupHit[] }) {
  return (
    <section aria-labelledby="search-heading" className="stack">
      <h2 id="search-heading">{t('pages.group.search')}</h2>
      <form
        method="get"
        role="search"
        className="search-row"
        action={`/${locale}/working-groups/${slug}`}
      >
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
                  <a href={meetingPath(locale, slug, hit.meeting.id)}>
                    {meetingName(t, hit.meeting)}: {hit.item}
                  </a>
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
  )
}

/** Meetings as links with their date and status. */
export function MeetingList({ locale, slug, t, meetings }: Section & { meetings: Meeting[] }) {
  return (
    <ul className="result-list">
      {meetings.map((meeting) => (
        <li key={meeting.id}>
          <a href={meetingPath(locale, slug, meeting.id)}>{meetingName(t, meeting)}</a> ·{' '}
          {formatEventTime(locale, meeting)}{' '}
          <span className="tag">{t(`statuses.${meeting.status}`)}</span>
        </li>
      ))}
    </ul>
  )
}

/** For the group's coordinators: the action items past their due date, and whose they are. */
export function OverdueActions({ locale, slug, t, actions }: Section & { actions: OpenAction[] }) {
  return (
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
                <a href={meetingPath(locale, slug, meeting.id)}>{meetingName(t, meeting)}</a>
              </p>
            </li>
          ))}
      </ul>
    </section>
  )
}

/** The group's open action items; their owners and the coordinators may mark them done. */
export function GroupActionItems({
  locale,
  slug,
  t,
  actions,
  user,
  isCoordinator,
}: Section & { actions: OpenAction[]; user: User | null; isCoordinator: boolean }) {
  return (
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
              <a href={meetingPath(locale, slug, meeting.id)}>{meetingName(t, meeting)}</a>
            </p>
            {user && (isCoordinator || sameId(item.assignee, user.id)) ? (
              <MarkDoneForm
                locale={locale}
                meetingId={meeting.id}
                item={item}
                back={`/${locale}/working-groups/${slug}`}
                label={t('pages.member.markDone')}
              />
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}

/** The group's materials, newest version first with the earlier ones, and the upload form. */
export function GroupMaterials({
  locale,
  slug,
  t,
  group,
  materials,
  shelves,
  uploaders,
  meetings,
}: Section & {
  group: WorkingGroup
  materials: Material[]
  shelves: ReturnType<typeof materialVersions>
  uploaders: Map<string, string>
  meetings: Meeting[]
}) {
  return (
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
            {meetings.map((meeting) => (
              <option key={meeting.id} value={String(meeting.id)}>
                {meetingName(t, meeting)} ({formatDate(locale, meeting.startsAt)})
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
  )
}
