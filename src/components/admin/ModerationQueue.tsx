import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { defaultLocale, isLocale, type Locale, localeTags } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { User } from '@/payload-types'
import { moderationQueue } from '@/registry/moderationQueue'

import { ModerationAction } from './ModerationAction'

type Props = { payload: Payload; user?: User | null; i18n?: { language?: string } }

const pendingList = (collection: string) =>
  `/admin/collections/${collection}?where[status][equals]=pending&sort=createdAt`

// numeric day, month, year and a 24-hour time in the admin's language (1. 12. 2026 9:00)
const formatWhen = (locale: Locale, value: string) =>
  new Intl.DateTimeFormat(localeTags[locale], {
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'Europe/Bratislava',
  }).format(new Date(value))

/** On the admin dashboard: what editors have to moderate, oldest first, and who applied. */
export async function ModerationQueue({ payload, user, i18n }: Props) {
  if (!user || !hasRole(user, 'admin', 'editor')) return null
  const locale = isLocale(i18n?.language) ? i18n.language : defaultLocale
  const t = getT(locale, 'admin')
  const { organisations, centres, requests, caseStudies, rows } = await moderationQueue(
    payload,
    user,
  )
  const total =
    organisations.totalDocs + centres.totalDocs + requests.totalDocs + caseStudies.totalDocs
  return (
    <section className="moderation-queue" style={{ marginBottom: '2rem' }}>
      <h2>{t('moderation.heading')}</h2>
      {total === 0 ? (
        <p>{t('moderation.empty')}</p>
      ) : (
        <>
          <ul>
            <li>
              <a href={pendingList('organisations')}>
                {t('moderation.organisations', { count: organisations.totalDocs })}
              </a>
            </li>
            <li>
              <a href={pendingList('centres')}>
                {t('moderation.centres', { count: centres.totalDocs })}
              </a>
            </li>
            <li>
              <a href="/admin/collections/organisations?where[pendingRepresentatives][exists]=true&sort=updatedAt">
                {t('moderation.requests', { count: requests.totalDocs })}
              </a>
            </li>
            <li>
              <a href="/admin/collections/case-studies?where[review.state][equals]=submitted&sort=updatedAt">
                {t('moderation.caseStudies', { count: caseStudies.totalDocs })}
              </a>
            </li>
          </ul>
          {rows.length > 0 && (
            <div className="table" style={{ marginBottom: '1rem' }}>
              <table cellPadding={0} cellSpacing={0}>
                <thead>
                  <tr>
                    <th>{t('moderation.columns.record')}</th>
                    <th>{t('moderation.columns.submitted')}</th>
                    <th>{t('moderation.columns.applicant')}</th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <tr key={`${row.slug}-${row.id}`} data-record={`${row.slug}/${row.id}`}>
                      <td>
                        <a href={`/admin/collections/${row.slug}/${row.id}`}>{row.name}</a>
                        <br />
                        <small>{t(`moderation.kind.${row.slug}`)}</small>
                        {row.resubmitted && (
                          <>
                            <br />
                            <span className="moderation-queue__resubmitted" data-resubmitted>
                              {t('moderation.resubmitted')}
                            </span>{' '}
                            — <a href={row.resubmitted.compare}>{t('moderation.compare')}</a>
                          </>
                        )}
                      </td>
                      <td>
                        <time dateTime={row.submittedAt}>
                          {formatWhen(locale, row.submittedAt)}
                        </time>
                      </td>
                      <td>
                        {row.applicants.length === 0 ? (
                          t('moderation.noApplicant')
                        ) : (
                          <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
                            {row.applicants.map((applicant) => (
                              <li key={String(applicant.id)} data-verified={applicant.verified}>
                                <a href={`/admin/collections/users/${applicant.id}`}>
                                  {applicant.name}
                                </a>{' '}
                                ({applicant.email}) —{' '}
                                {t(
                                  applicant.verified
                                    ? 'moderation.verified'
                                    : 'moderation.notVerified',
                                )}
                              </li>
                            ))}
                          </ul>
                        )}
                        {row.applicants.some((applicant) => !applicant.verified) && (
                          <ModerationAction
                            action={`/api/organisations/${row.organisation}/resend-verification`}
                            buttonStyle="secondary"
                            label={t('moderation.resendVerification')}
                          />
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <p>{t('moderation.hint')}</p>
        </>
      )}
    </section>
  )
}
