import { countryOptions } from '@/components/filterOptions'
import { CentreMapScript } from '@/components/registry/CentreMap'
import { RegisterForm } from '@/components/registry/RegisterForm'
import { countryLanguage } from '@/fields/country'
import { resources } from '@/i18n/resources'
import { MAP_ATTRIBUTION, mapTileUrl } from '@/config/map'
import { getT } from '@/i18n/server'
import { sectionMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import { loadTaxonomies } from '@/registry/directory'

import { submitRegistration } from './actions'
import { countries } from '@/fields/country'
import { routeParams } from '@/i18n/routeParams'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('register', '/register')

export default async function RegisterPage({ params }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'register')
  const common = getT(locale, 'common')
  const payload = await getPayloadClient()
  const [taxonomies, organisations] = await Promise.all([
    loadTaxonomies(payload, locale),
    payload.find({
      collection: 'organisations',
      overrideAccess: false,
      user: null,
      depth: 0,
      pagination: false,
      sort: 'name',
      select: { name: true, slug: true, country: true },
    }),
  ])
  const byCountry = <T extends { country: string }>(
    items: T[],
    toOption: (item: T) => { value: string; label: string },
  ) =>
    countries.map((country) => ({
      country,
      label: common(`countries.${country}`),
      options: items.filter((item) => item.country === country).map(toOption),
    }))

  return (
    <div className="stack">
      <h1>{t('title')}</h1>
      <p className="lead">{t('lead')}</p>
      <RegisterForm
        locale={locale}
        action={submitRegistration.bind(null, locale)}
        messages={resources[locale].register}
        kinds={Object.entries(resources[locale].common.kinds).map(([value, label]) => ({
          value,
          label,
        }))}
        countries={countryOptions(common)}
        regions={byCountry(taxonomies.regions, (r) => ({ value: r.code, label: r.name }))}
        services={byCountry(taxonomies.services, (s) => ({ value: s.code, label: s.name }))}
        map={{ tileUrl: mapTileUrl(), attribution: MAP_ATTRIBUTION }}
        organisations={organisations.docs.map((o) => ({
          value: o.slug,
          label: o.name,
          lang: countryLanguage[o.country],
        }))}
      />
      {/* the position picker's, which is not a React island: the page goes without the framework */}
      <CentreMapScript />
    </div>
  )
}
