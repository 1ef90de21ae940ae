import { FilterForm } from '@/components/FilterForm'
import { countryOptions, regionOptions, withCounts } from '@/components/filterOptions'
import { Pagination } from '@/components/Pagination'
import { formatDate, formatNumber, getT } from '@/i18n/server'
import { countryLanguage } from '@/fields/country'
import { organisationKinds } from '@/registry/organisationKinds'
import {
  findOrganisations,
  organisationFacetCounts,
  organisationFiltersToQuery,
  parseOrganisationFilters,
} from '@/registry/organisationList'
import { getPayloadClient } from '@/utilities/payload'
import { sectionMetadata } from '@/utilities/metadata'
import { taxonomy } from '@/utilities/taxonomies'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'
import { WebsiteLink } from '@/components/registry/WebsiteLink'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('organisations', '/organisations')

export default async function OrganisationsPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'organisations')
  const common = getT(locale, 'common')
  const payload = await getPayloadClient()
  const filters = parseOrganisationFilters(await searchParams)
  const regions = await taxonomy(payload, 'regions', locale, 'name')
  const [organisations, counts] = await Promise.all([
    findOrganisations(payload, locale, filters, regions),
    organisationFacetCounts(payload, filters, regions),
  ])
  const count = (value: number) => formatNumber(locale, value)
  const filtered = Boolean(filters.q || filters.country || filters.region || filters.kind)
  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <FilterForm
        label={t('filters.heading')}
        anyLabel={t('filters.any')}
        applyLabel={t('filters.apply')}
        selects={[
          {
            key: 'country',
            label: t('filters.country'),
            value: filters.country,
            options: withCounts(countryOptions(common), counts.country, filters.country, count),
          },
          {
            key: 'region',
            label: t('filters.region'),
            value: filters.region,
            options: withCounts(
              regionOptions(regions, common),
              counts.region,
              filters.region,
              count,
            ),
          },
          {
            key: 'kind',
            label: t('filters.kind'),
            value: filters.kind,
            options: withCounts(
              organisationKinds.map((value) => ({ value, label: common(`kinds.${value}`) })),
              counts.kind,
              filters.kind,
              count,
            ),
          },
        ]}
      >
        <div className="field">
          <label htmlFor="organisation-search">{t('filters.search')}</label>
          <input
            id="organisation-search"
            type="search"
            name="q"
            defaultValue={filters.q}
            maxLength={100}
          />
        </div>
      </FilterForm>
      <p id="results-heading" role="status">
        {t('count', { count: organisations.totalDocs })}
      </p>
      {organisations.totalDocs === 0 ? (
        <p>{filtered ? t('noResults') : t('empty')}</p>
      ) : organisations.docs.length === 0 ? null : (
        <ul className="cards">
          {organisations.docs.map((organisation) => (
            <li key={organisation.id} className="card">
              {/* proper names stay in the organisation's own language */}
              <h2 className="card__title" lang={countryLanguage[organisation.country]}>
                <a href={`/${locale}/organisations/${organisation.slug}`}>{organisation.name}</a>
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
                      <WebsiteLink url={organisation.website} />
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
      <Pagination
        locale={locale}
        page={filters.page}
        pages={organisations.totalPages}
        hrefFor={(page) =>
          `/${locale}/organisations${organisationFiltersToQuery(filters, { page })}`
        }
      />
    </div>
  )
}
