import type { TFunction } from 'i18next'

import type { Locale } from '@/i18n/locales'
import { formatNumber } from '@/i18n/server'
import type { DirectoryFilters, FacetCounts, FacetKey, Taxonomies } from '@/registry/directory'
import { countryOptions } from '@/components/filterOptions'

type Option = { value: string; label: string; lang?: string }

type Props = {
  locale: Locale
  t: TFunction
  common: TFunction
  filters: DirectoryFilters
  counts: FacetCounts
  taxonomies: Taxonomies
}

/**
 * The directory's filters as a plain GET form: shareable URLs, and it works without
 * JavaScript. Options with no matching centre are hidden unless already selected.
 */
export function CentreFilters({ locale, t, common, filters, counts, taxonomies }: Props) {
  const facets: { key: FacetKey; options: Option[] }[] = [
    {
      key: 'country',
      options: countryOptions(common),
    },
    {
      key: 'region',
      options: taxonomies.regions.map((r) => ({ value: r.code, label: r.name })),
    },
    {
      key: 'service',
      options: taxonomies.services.map((s) => ({
        value: s.code,
        label: s.name,
      })),
    },
    { key: 'group', options: taxonomies.groups.map((g) => ({ value: g.code, label: g.name })) },
    {
      key: 'language',
      options: ['sk', 'cs', 'hu', 'rom', 'en', 'de', 'uk'].map((value) => ({
        value,
        label: t(`languages.${value}`),
      })),
    },
    {
      key: 'form',
      options: ['residential', 'day', 'outreach'].map((value) => ({
        value,
        label: t(`forms.${value}`),
      })),
    },
  ]

  const active = facets.reduce((sum, { key }) => sum + filters[key].length, 0)
  return (
    <form method="get" className="filters" role="search" aria-label={t('filters.heading')}>
      <div className="search-row">
        <label htmlFor="centre-search">{t('search.label')}</label>
        <div className="search-row__controls">
          <input
            id="centre-search"
            type="search"
            name="q"
            defaultValue={filters.q}
            maxLength={100}
          />
          <button type="submit">{t('search.submit')}</button>
        </div>
      </div>
      <h2 className="visually-hidden">{t('filters.heading')}</h2>
      {/* folded on a phone so the results come first; always open on a wide screen (CSS) */}
      <details className="filters__more">
        <summary>
          {t('filters.show')}
          {active > 0 ? ` (${formatNumber(locale, active)})` : ''}
        </summary>
        {facets.map(({ key, options }) => {
          const visible = options.filter(
            (option) => (counts[key][option.value] ?? 0) > 0 || filters[key].includes(option.value),
          )
          if (visible.length === 0) return null
          return (
            <fieldset key={key} className="facet">
              <legend>{t(`facets.${key}`)}</legend>
              <ul>
                {visible.map((option) => {
                  const id = `f-${key}-${option.value}`
                  return (
                    <li key={option.value}>
                      <input
                        type="checkbox"
                        id={id}
                        name={key}
                        value={option.value}
                        defaultChecked={filters[key].includes(option.value)}
                      />
                      <label htmlFor={id}>
                        {option.label}{' '}
                        <span className="count">
                          ({formatNumber(locale, counts[key][option.value] ?? 0)})
                        </span>
                      </label>
                    </li>
                  )
                })}
              </ul>
            </fieldset>
          )
        })}
        <div className="filters__actions">
          <button type="submit">{t('filters.apply')}</button>
          <a href="?">{t('search.reset')}</a>
        </div>
      </details>
    </form>
  )
}
