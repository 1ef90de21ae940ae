import { Pagination } from '@/components/Pagination'
import { CentreFilters } from '@/components/registry/CentreFilters'
import { CentreMap } from '@/components/registry/CentreMap'
import { MAP_ATTRIBUTION, mapTileUrl } from '@/config/map'
import { countryLanguage } from '@/fields/country'
import { getT } from '@/i18n/server'
import { sectionMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import { filtersToQuery, loadTaxonomies, PAGE_SIZE, parseFilters } from '@/registry/directory'
import { directoryIndex } from '@/registry/directoryIndex'
import { type LocalePageProps, routeParams } from '@/i18n/routeParams'

type Props = LocalePageProps

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('centres', '/centres')

export default async function CentresPage({ params, searchParams }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'centres')
  const common = getT(locale, 'common')
  const filters = parseFilters(await searchParams)
  const payload = await getPayloadClient()
  // filtering, counting, the map and the 20 cards come from the in-memory index of what the
  // public may read (a Payload find of 20 centres cost more than the rest of the page's data)
  const [taxonomies, index] = await Promise.all([
    loadTaxonomies(payload, locale),
    directoryIndex(payload),
  ])
  const { slots: matches, counts } = index.search(filters, locale)
  const totalPages = Math.ceil(matches.length / PAGE_SIZE)
  const results = matches
    .slice((filters.page - 1) * PAGE_SIZE, filters.page * PAGE_SIZE)
    .map((slot) => index.card(slot, locale))
  const tileUrl = mapTileUrl()
  const regionName = (code: string | null) => taxonomies.regions.find((r) => r.code === code)?.name
  const serviceNames = (codes: string[]) =>
    codes
      .map((code) => taxonomies.services.find((s) => s.code === code)?.name)
      .filter(Boolean)
      .join(' · ')

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <div className="directory">
        <CentreFilters
          locale={locale}
          t={t}
          common={common}
          filters={filters}
          counts={counts}
          taxonomies={taxonomies}
        />
        <section aria-labelledby="results-heading" className="directory__results">
          <h2 id="results-heading" aria-live="polite">
            {t('results', { count: matches.length })}
          </h2>
          {/* a map of nothing helps nobody: an empty result shows none */}
          {matches.length > 0 ? (
            <CentreMap
              pointsUrl={`/${locale}/centres/map.json${filtersToQuery({ ...filters, page: 1 })}`}
              tileUrl={tileUrl}
              attribution={MAP_ATTRIBUTION}
              label={t('map.label')}
              fallback={t('map.fallback')}
              tilesOff={t('map.tilesOff')}
            />
          ) : null}
          {matches.length === 0 ? (
            <p>{t('noResults')}</p>
          ) : results.length === 0 ? null : (
            <ul className="result-list">
              {results.map((centre) => (
                <li key={centre.id} className="card">
                  <h3 className="card__title">
                    <a
                      href={`/${locale}/centres/${centre.slug}`}
                      lang={countryLanguage[centre.country ?? 'SK']}
                    >
                      {centre.name}
                    </a>
                  </h3>
                  <p className="muted">
                    {[
                      centre.municipality,
                      regionName(centre.region),
                      common(`countries.${centre.country}`),
                    ]
                      .filter(Boolean)
                      .join(', ')}
                  </p>
                  {centre.summary ? <p>{centre.summary}</p> : null}
                  <p className="tags">{serviceNames(centre.services)}</p>
                </li>
              ))}
            </ul>
          )}
          <Pagination
            locale={locale}
            page={filters.page}
            pages={totalPages}
            hrefFor={(page) => `/${locale}/centres${filtersToQuery(filters, { page })}`}
          />
        </section>
      </div>
    </div>
  )
}
