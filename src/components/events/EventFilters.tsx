import type { TFunction } from 'i18next'

import { eventLanguages, eventModes, eventTypes } from '@/events/constants'
import type { EventFilters as Filters, EventTaxonomies } from '@/events/listing'

type Props = { t: TFunction; centres: TFunction; common: TFunction; filters: Filters; taxonomies: EventTaxonomies }

/** The listing's filters as a plain GET form: shareable URLs, works without JavaScript. */
export function EventFilters({ t, centres, common, filters, taxonomies }: Props) {
  const selects: { key: keyof Filters; label: string; options: { value: string; label: string }[] }[] = [
    { key: 'type', label: t('filters.type'), options: eventTypes.map((value) => ({ value, label: t(`types.${value}`) })) },
    {
      key: 'region',
      label: t('filters.region'),
      options: taxonomies.regions.map((r) => ({ value: r.code, label: `${r.name} (${common(`countries.${r.country}`)})` })),
    },
    { key: 'theme', label: t('filters.theme'), options: taxonomies.themes.map((theme) => ({ value: theme.code, label: theme.name })) },
    { key: 'language', label: t('filters.language'), options: eventLanguages.map((value) => ({ value, label: centres(`languages.${value}`) })) },
    { key: 'mode', label: t('filters.mode'), options: eventModes.map((value) => ({ value, label: t(`modes.${value}`) })) },
  ]
  return (
    <form method="get" className="event-filters" aria-label={t('filters.heading')}>
      <input type="hidden" name="when" value={filters.when} />
      <input type="hidden" name="view" value={filters.view} />
      {filters.view === 'calendar' ? <input type="hidden" name="month" value={filters.month} /> : null}
      {selects.map(({ key, label, options }) => (
        <div className="field" key={key}>
          <label htmlFor={`filter-${key}`}>{label}</label>
          <select id={`filter-${key}`} name={key} defaultValue={String(filters[key] ?? '')}>
            <option value="">{t('filters.any')}</option>
            {options.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ))}
      <div className="filters__actions">
        <button type="submit">{t('filters.apply')}</button>
      </div>
    </form>
  )
}
