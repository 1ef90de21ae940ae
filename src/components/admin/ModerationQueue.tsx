import type { Payload } from 'payload'

import { hasRole } from '@/access/roles'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import type { User } from '@/payload-types'

type Props = { payload: Payload; user?: User | null; i18n?: { language?: string } }

const pendingList = (collection: string) =>
  `/admin/collections/${collection}?where[status][equals]=pending&sort=createdAt`

/** On the admin dashboard: what editors have to moderate, oldest first. */
export async function ModerationQueue({ payload, user, i18n }: Props) {
  if (!hasRole(user, 'admin', 'editor')) return null
  const locale = isLocale(i18n?.language) ? i18n.language : defaultLocale
  const t = getT(locale, 'admin')
  const pending = { status: { equals: 'pending' } } as const
  const [organisations, centres, requests, caseStudies] = await Promise.all([
    payload.count({ collection: 'organisations', where: pending, user, overrideAccess: false }),
    payload.count({ collection: 'centres', where: pending, user, overrideAccess: false }),
    payload.count({
      collection: 'organisations',
      where: { pendingRepresentatives: { exists: true } },
      user,
      overrideAccess: false,
    }),
    // representatives save drafts only, so their latest versions say what waits for review
    payload.findVersions({
      collection: 'case-studies',
      where: { and: [{ latest: { equals: true } }, { 'version.review.state': { equals: 'submitted' } }] },
      limit: 1,
      depth: 0,
      user,
      overrideAccess: false,
    }),
  ])
  const total = organisations.totalDocs + centres.totalDocs + requests.totalDocs + caseStudies.totalDocs
  return (
    <section className="moderation-queue" style={{ marginBottom: '2rem' }}>
      <h2>{t('moderation.heading')}</h2>
      {total === 0 ? (
        <p>{t('moderation.empty')}</p>
      ) : (
        <>
          <ul>
            <li>
              <a href={pendingList('organisations')}>{t('moderation.organisations', { count: organisations.totalDocs })}</a>
            </li>
            <li>
              <a href={pendingList('centres')}>{t('moderation.centres', { count: centres.totalDocs })}</a>
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
          <p>{t('moderation.hint')}</p>
        </>
      )}
    </section>
  )
}
