import { BarChart } from '@/components/charts/BarChart'
import { aggregateImpact, impactStudies } from '@/goodPractice/impact'
import { loadCaseStudyTaxonomies, parseCaseStudyFilters } from '@/goodPractice/listing'
import { countWithUnit } from '@/goodPractice/units'
import { formatNumber, getT } from '@/i18n/server'
import { sectionMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('goodPractice', '/impact', {
  title: 'impact.title',
  description: 'impact.lead',
})

export default async function ImpactPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'goodPractice')
  const common = getT(locale, 'common')
  const { from, to } = parseCaseStudyFilters(await searchParams)
  const payload = await getPayloadClient()
  const [taxonomies, studies] = await Promise.all([
    loadCaseStudyTaxonomies(payload, locale),
    impactStudies(payload),
  ])
  const impact = aggregateImpact(studies, from, to)
  const name = (list: { id: number | string; name: string }[], id: string) =>
    list.find((item) => String(item.id) === id)?.name ?? id
  const years = Array.from({ length: new Date().getFullYear() - 2004 }, (_, i) =>
    String(new Date().getFullYear() - i),
  )

  return (
    <div className="stack-lg">
      <header className="stack">
        <h1>{t('impact.title')}</h1>
        <p className="lead">{t('impact.lead')}</p>
        <p>
          <a href={`/${locale}/good-practice`}>{t('title')} →</a>
        </p>
      </header>
      <form method="get" className="event-filters" aria-label={t('impact.period')}>
        {(['from', 'to'] as const).map((key) => (
          <div className="field" key={key}>
            <label htmlFor={`impact-${key}`}>{t(`impact.${key}`)}</label>
            <select
              id={`impact-${key}`}
              name={key}
              defaultValue={key === 'from' ? (from ?? '') : (to ?? '')}
            >
              <option value="">{t('filters.any')}</option>
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
        ))}
        <div className="filters__actions">
          <button type="submit">{t('impact.apply')}</button>
        </div>
      </form>
      <p className="muted">{t('impact.method')}</p>
      {impact.length === 0 ? <p>{t('impact.none')}</p> : null}
      {impact.map((indicator) => {
        const type = taxonomies.indicatorTypes.find((item) => String(item.id) === indicator.type)
        const title = type?.name ?? indicator.type
        const display = (value: number) =>
          type ? countWithUnit(locale, value, type) : formatNumber(locale, value)
        const charts = [
          {
            key: 'byCountry',
            rows: indicator.byCountry.map((row) => ({
              label: common(`countries.${row.key}`),
              value: row.value,
              display: display(row.value),
            })),
          },
          {
            key: 'byRegion',
            rows: indicator.byRegion.map((row) => ({
              label: name(taxonomies.regions, row.key),
              value: row.value,
              display: display(row.value),
            })),
          },
          {
            key: 'byTheme',
            rows: indicator.byTheme.map((row) => ({
              label: name(taxonomies.themes, row.key),
              value: row.value,
              display: display(row.value),
            })),
          },
        ].filter((chart) => chart.rows.length > 0)
        return (
          <section
            key={indicator.type}
            aria-labelledby={`indicator-${indicator.type}`}
            className="stack impact-indicator"
            data-indicator={type?.code}
          >
            <h2 id={`indicator-${indicator.type}`}>{title}</h2>
            <p>
              {t('impact.total')}: <strong data-total>{display(indicator.total)}</strong>{' '}
              <span className="muted">({t('impact.studies', { count: indicator.studies })})</span>
            </p>
            {charts.map((chart) => (
              <BarChart
                key={chart.key}
                id={`chart-${indicator.type}-${chart.key}`}
                title={`${title}: ${t(`impact.${chart.key}`).toLowerCase()}`}
                rows={chart.rows}
                labelHeading={t(`impact.${chart.key}`)}
                valueHeading={t('impact.value')}
              />
            ))}
          </section>
        )
      })}
    </div>
  )
}
