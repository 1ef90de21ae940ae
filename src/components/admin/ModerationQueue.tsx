import { Pill, Table } from '@payloadcms/ui'
import type { Payload, Where } from 'payload'

import { hasRole } from '@/access/roles'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { formatDateTime, getT } from '@/i18n/server'
import type { User } from '@/payload-types'
import { moderationQueue } from '@/registry/moderationQueue'
import { narrowedToRegions } from '@/utilities/regionScope'
import { whereQuery } from '@/utilities/whereQuery'

import { ModerationAction } from './ModerationAction'
import { RegionScope, regionScopeOf } from './RegionScope'
import { tableColumn } from './tableColumn'

type Props = {
  payload: Payload
  user?: User | null
  i18n?: { language?: string }
  searchParams?: Record<string, unknown>
}

/**
 * On the admin dashboard: what editors have to moderate, oldest first, and who applied; a
 * regional editor's opens on their regions (`?all=1` for every region).
 */
export async function ModerationQueue({ payload, user, i18n, searchParams }: Props) {
  if (!user || !hasRole(user, 'admin', 'editor')) return null
  const locale = isLocale(i18n?.language) ? i18n.language : defaultLocale
  const t = getT(locale, 'admin')
  const scope = regionScopeOf(user, searchParams)
  const { regions } = scope
  const { organisations, centres, requests, caseStudies, rows } = await moderationQueue(
    payload,
    user,
    { regions },
  )
  // each count links to the list it counts, narrowed to the same regions
  const listOf = (
    collection: 'organisations' | 'centres' | 'case-studies',
    where: Where,
    sort: string,
  ) =>
    `/admin/collections/${collection}?${whereQuery(narrowedToRegions(collection, where, regions))}&sort=${sort}`
  const pending: Where = { status: { equals: 'pending' } }
  const total =
    organisations.totalDocs + centres.totalDocs + requests.totalDocs + caseStudies.totalDocs
  return (
    <section className="moderation-queue" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2>{t('moderation.heading')}</h2>
      <RegionScope
        {...scope}
        payload={payload}
        user={user}
        uiLocale={locale}
        t={t}
        className="moderation-queue__scope"
        textKey="moderation"
      />
      {total === 0 ? (
        <p>{t('moderation.empty')}</p>
      ) : (
        <>
          <div
            style={{
              display: 'flex',
              flexWrap: 'wrap',
              gap: 'calc(var(--base) / 2)',
              margin: 'var(--base) 0',
            }}
          >
            {[
              [
                listOf('organisations', pending, 'createdAt'),
                t('moderation.organisations', { count: organisations.totalDocs }),
              ],
              [
                listOf('centres', pending, 'createdAt'),
                t('moderation.centres', { count: centres.totalDocs }),
              ],
              [
                listOf('organisations', { pendingRepresentatives: { exists: true } }, 'updatedAt'),
                t('moderation.requests', { count: requests.totalDocs }),
              ],
              [
                listOf('case-studies', { 'review.state': { equals: 'submitted' } }, 'updatedAt'),
                t('moderation.caseStudies', { count: caseStudies.totalDocs }),
              ],
            ].map(([href, label]) => (
              <Pill key={href} to={href} pillStyle="light">
                {label}
              </Pill>
            ))}
          </div>
          {rows.length > 0 && (
            <Table
              columns={[
                tableColumn(
                  'record',
                  t('moderation.columns.record'),
                  rows.map((row) => (
                    <>
                      <a href={`/admin/collections/${row.slug}/${row.id}`}>{row.name}</a>{' '}
                      <Pill pillStyle="light-gray" size="small">
                        {t(`moderation.kind.${row.slug}`)}
                      </Pill>
                      {row.resubmitted && (
                        <div>
                          <span data-resubmitted>
                            <Pill pillStyle="warning" size="small">
                              {t('moderation.resubmitted')}
                            </Pill>
                          </span>{' '}
                          <a href={row.resubmitted.compare}>{t('moderation.compare')}</a>
                        </div>
                      )}
                    </>
                  )),
                ),
                tableColumn(
                  'submitted',
                  t('moderation.columns.submitted'),
                  rows.map((row, index) => (
                    <time key={index} dateTime={row.submittedAt}>
                      {formatDateTime(locale, row.submittedAt)}
                    </time>
                  )),
                ),
                tableColumn(
                  'applicant',
                  t('moderation.columns.applicant'),
                  rows.map((row) => (
                    <>
                      {row.applicants.length === 0 ? (
                        t('moderation.noApplicant')
                      ) : (
                        <ul style={{ margin: 0, paddingLeft: 0, listStyle: 'none' }}>
                          {row.applicants.map((applicant) => (
                            <li key={String(applicant.id)} data-verified={applicant.verified}>
                              <a href={`/admin/collections/users/${applicant.id}`}>
                                {applicant.name}
                              </a>{' '}
                              ({applicant.email}){' '}
                              <Pill
                                pillStyle={applicant.verified ? 'success' : 'warning'}
                                size="small"
                              >
                                {t(
                                  applicant.verified
                                    ? 'moderation.verified'
                                    : 'moderation.notVerified',
                                )}
                              </Pill>
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
                    </>
                  )),
                ),
              ]}
              // the row's data-id names the record (`centres/12`)
              data={rows.map((row) => ({ id: `${row.slug}/${row.id}` }))}
            />
          )}
          <p>{t('moderation.hint')}</p>
        </>
      )}
    </section>
  )
}
