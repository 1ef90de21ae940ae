import { FilterForm } from '@/components/FilterForm'
import { countryOptions, regionOptions } from '@/components/filterOptions'
import { Pagination } from '@/components/Pagination'
import { evidenceTiers } from '@/goodPractice/evidence'
import {
  CASE_STUDIES_PAGE_SIZE,
  caseStudyFiltersToQuery,
  caseStudyWhere,
  loadCaseStudyTaxonomies,
  parseCaseStudyFilters,
} from '@/goodPractice/listing'
import { formatDate, getT } from '@/i18n/server'
import { sectionMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import type { Organisation } from '@/payload-types'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('goodPractice', '/good-practice')

export default async function GoodPracticePage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'goodPractice')
  const common = getT(locale, 'common')
  const filters = parseCaseStudyFilters(await searchParams)
  const payload = await getPayloadClient()
  const taxonomies = await loadCaseStudyTaxonomies(payload, locale)
  const results = await payload.find({
    collection: 'case-studies',
    overrideAccess: false,
    user: null,
    locale,
    where: caseStudyWhere(filters, taxonomies),
    sort: '-period.from',
    limit: CASE_STUDIES_PAGE_SIZE,
    page: filters.page,
    depth: 1,
    select: {
      title: true,
      slug: true,
      summary: true,
      country: true,
      organisation: true,
      period: true,
      status: true,
      evidenceTier: true,
      themes: true,
    },
    populate: { organisations: { name: true }, themes: { name: true } },
  })
  const years = Array.from({ length: new Date().getFullYear() - 2004 }, (_, i) =>
    String(new Date().getFullYear() - i),
  )
  const href = (overrides: Parameters<typeof caseStudyFiltersToQuery>[1]) =>
    `/${locale}/good-practice${caseStudyFiltersToQuery(filters, overrides)}`

  return (
    <div className="stack-lg">
      <header className="stack">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
        <p>
          <a href={`/${locale}/impact`}>{getT(locale, 'goodPractice')('impact.title')} →</a>
        </p>
      </header>
      <FilterForm
        label={t('filters.heading')}
        anyLabel={t('filters.any')}
        applyLabel={t('filters.apply')}
        selects={[
          {
            key: 'country',
            label: t('filters.country'),
            value: filters.country,
            options: countryOptions(common),
          },
          {
            key: 'region',
            label: t('filters.region'),
            value: filters.region,
            options: regionOptions(taxonomies.regions, common),
          },
          {
            key: 'theme',
            label: t('filters.theme'),
            value: filters.theme,
            options: taxonomies.themes.map((x) => ({ value: x.code, label: x.name })),
          },
          {
            key: 'group',
            label: t('filters.group'),
            value: filters.group,
            options: taxonomies.groups.map((x) => ({ value: x.code, label: x.name })),
          },
          {
            key: 'tier',
            label: t('filters.tier'),
            value: filters.tier,
            options: evidenceTiers.map((value) => ({ value, label: t(`tiers.${value}`) })),
          },
          {
            key: 'from',
            label: t('filters.from'),
            value: filters.from ? String(filters.from) : '',
            options: years.map((value) => ({ value, label: value })),
          },
          {
            key: 'to',
            label: t('filters.to'),
            value: filters.to ? String(filters.to) : '',
            options: years.map((value) => ({ value, label: value })),
          },
        ]}
      >
        <div className="field">
          <label htmlFor="case-search">{t('search.label')}</label>
          <input id="case-search" type="search" name="q" defaultValue={filters.q} maxLength={100} />
        </div>
      </FilterForm>
      <section aria-labelledby="results-heading" className="stack">
        <h2 id="results-heading">{t('results', { count: results.totalDocs })}</h2>
        {results.docs.length === 0 ? <p>{t('noResults')}</p> : null}
        <ul className="result-list">
          {results.docs.map((study) => (
            <li key={study.id}>
              <article className="event-summary">
                <p className="event-summary__meta">
                  <span className="tag">{t(`tiers.${study.evidenceTier}`)}</span> ·{' '}
                  {common(`countries.${study.country}`)} ·{' '}
                  {study.period?.from
                    ? formatDate(locale, study.period.from, {
                        year: 'numeric',
                        month: 'long',
                        dateStyle: undefined,
                      })
                    : ''}
                  {study.period?.to
                    ? `–${formatDate(locale, study.period.to, { year: 'numeric', month: 'long', dateStyle: undefined })}`
                    : ''}
                </p>
                <h3 className="event-summary__title">
                  <a href={`/${locale}/good-practice/${study.slug}`}>{study.title}</a>
                </h3>
                <p className="muted">{(study.organisation as Organisation | undefined)?.name}</p>
                <p>{study.summary}</p>
              </article>
            </li>
          ))}
        </ul>
        <Pagination
          locale={locale}
          page={results.page ?? 1}
          pages={results.totalPages}
          hrefFor={(page) => href({ page })}
        />
      </section>
    </div>
  )
}
