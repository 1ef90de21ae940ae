import type { TFunction } from 'i18next'

import { FilterForm } from '@/components/FilterForm'
import { regionOptions } from '@/components/filterOptions'
import { eventLanguages, eventModes, eventTypes } from '@/events/constants'
import type { EventFilters as Filters, EventTaxonomies } from '@/events/listing'

type Props = {
  t: TFunction
  centres: TFunction
  common: TFunction
  filters: Filters
  taxonomies: EventTaxonomies
}

export function EventFilters({ t, centres, common, filters, taxonomies }: Props) {
  return (
    <FilterForm
      label={t('filters.heading')}
      anyLabel={t('filters.any')}
      applyLabel={t('filters.apply')}
      hidden={{
        when: filters.when,
        view: filters.view,
        ...(filters.view === 'calendar' ? { month: filters.month } : {}),
      }}
      selects={[
        {
          key: 'type',
          label: t('filters.type'),
          value: filters.type,
          options: eventTypes.map((value) => ({ value, label: t(`types.${value}`) })),
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
          options: taxonomies.themes.map((theme) => ({ value: theme.code, label: theme.name })),
        },
        {
          key: 'language',
          label: t('filters.language'),
          value: filters.language,
          options: eventLanguages.map((value) => ({ value, label: centres(`languages.${value}`) })),
        },
        {
          key: 'mode',
          label: t('filters.mode'),
          value: filters.mode,
          options: eventModes.map((value) => ({ value, label: t(`modes.${value}`) })),
        },
      ]}
    />
  )
}
