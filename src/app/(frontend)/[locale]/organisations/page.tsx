import type { Metadata } from 'next'
import Link from 'next/link'

import { type Locale, isLocale } from '@/i18n/locales'
import { formatDate, getT } from '@/i18n/server'
import { countryLanguage } from '@/fields/country'
import { getPayloadClient } from '@/utilities/payload'
import { pageMetadata } from '@/utilities/metadata'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = (await params) as { locale: Locale }
  const t = getT(locale, 'organisations')
  return pageMetadata(locale, '/organisations', { title: t('title'), description: t('lead') })
}

export default async function OrganisationsPage({ params }: Props) {
  const { locale } = await params
  if (!isLocale(locale)) return null
  const t = getT(locale, 'organisations')
  const common = getT(locale, 'common')
  const payload = await getPayloadClient()
  const organisations = await payload.find({
    collection: 'organisations',
    overrideAccess: false,
    user: null,
    locale,
    depth: 1,
    limit: 100,
    sort: 'name',
    select: {
      name: true,
      slug: true,
      kind: true,
      country: true,
      website: true,
      address: { municipality: true },
      region: true,
      updatedAt: true,
    },
    populate: { regions: { name: true } },
  })
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <p>{t('count', { count: organisations.totalDocs })}</p>
      {organisations.docs.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="cards">
          {organisations.docs.map((organisation) => (
            <li key={organisation.id} className="card">
              {/* proper names stay in the organisation's own language */}
              <h2 className="card__title" lang={countryLanguage[organisation.country]}>
                <Link href={`/${locale}/organisations/${organisation.slug}`}>
                  {organisation.name}
                </Link>
              </h2>
              <dl className="facts">
                <dt>{t('kind')}</dt>
                <dd>{common(`kinds.${organisation.kind}`)}</dd>
                <dt>{t('region')}</dt>
                <dd>
                  {[
                    organisation.address?.municipality,
                    typeof organisation.region === 'object' ? organisation.region?.name : null,
                    common(`countries.${organisation.country}`),
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </dd>
                {organisation.website ? (
                  <>
                    <dt>{t('website')}</dt>
                    <dd>
                      <a href={organisation.website} rel="noopener">
                        {organisation.website.replace(/^https?:\/\//, '')}
                      </a>
                    </dd>
                  </>
                ) : null}
              </dl>
              <p className="muted">
                {t('updated', { date: formatDate(locale, organisation.updatedAt) })}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
