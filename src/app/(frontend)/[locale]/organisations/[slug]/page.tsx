import { RichText } from '@payloadcms/richtext-lexical/react'
import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FallbackNotice } from '@/components/FallbackNotice'
import { JsonLd } from '@/components/JsonLd'
import { readServerUrl } from '@/config/environment'
import { countryLanguage } from '@/fields/country'
import { contentLanguage } from '@/i18n/fallback'
import { type Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { findBySlug, type SlugQuery } from '@/utilities/findBySlug'
import { pageMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import type { Region } from '@/payload-types'
import { routeParams } from '@/i18n/routeParams'
import { WebsiteLink } from '@/components/registry/WebsiteLink'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'

const organisationQuery = {
  depth: 1,
  select: {
    name: true,
    slug: true,
    kind: true,
    country: true,
    registrationNumber: true,
    address: true,
    region: true,
    website: true,
    email: true,
    phone: true,
    description: true,
  },
  populate: { regions: { name: true } },
} satisfies SlugQuery

const findOrganisation = (locale: Locale, slug: string) =>
  findBySlug('organisations', slug, locale, null, organisationQuery)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await routeParams(params)
  const organisation = await findOrganisation(locale, slug)
  if (!organisation) return {}
  const common = getT(locale, 'common')
  return pageMetadata(locale, `/organisations/${slug}`, {
    title: organisation.name,
    description: common(`kinds.${organisation.kind}`),
  })
}

export default async function OrganisationPage({ params }: Props) {
  const { locale, slug } = await routeParams(params)
  const organisation = await findOrganisation(locale, slug)
  if (!organisation) notFound()
  const t = getT(locale, 'centres')
  const common = getT(locale, 'common')
  const payload = await getPayloadClient()
  const descriptionLang = organisation.description
    ? await contentLanguage(payload, 'organisations', organisation.id, locale, 'description')
    : locale
  const centres = await payload.find({
    collection: 'centres',
    overrideAccess: false,
    user: null,
    locale,
    where: { organisation: { equals: organisation.id } },
    sort: 'name',
    depth: 0,
    limit: 100,
    select: { name: true, slug: true, address: { municipality: true } },
  })
  const region = organisation.region as Region | null
  const address = [
    organisation.address?.street,
    [organisation.address?.postcode, organisation.address?.municipality].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ')
  const lang = countryLanguage[organisation.country]

  const jsonLd = {
    '@context': 'https://schema.org',
    '@type':
      organisation.kind === 'municipality' || organisation.kind === 'regional-authority'
        ? 'GovernmentOrganization'
        : 'Organization',
    name: organisation.name,
    url: organisation.website ?? `${readServerUrl()}/${locale}/organisations/${organisation.slug}`,
    email: organisation.email ?? undefined,
    telephone: organisation.phone ?? undefined,
    taxID: organisation.registrationNumber ?? undefined,
    address: {
      '@type': 'PostalAddress',
      streetAddress: organisation.address?.street ?? undefined,
      postalCode: organisation.address?.postcode ?? undefined,
      addressLocality: organisation.address?.municipality ?? undefined,
      addressRegion: region?.name,
      addressCountry: organisation.country,
    },
  }

  return (
    <article className="stack">
      <JsonLd data={jsonLd} />
      <p>
        <a href={`/${locale}/organisations`}>← {common('nav.organisations')}</a>
      </p>
      <h1 lang={lang}>{organisation.name}</h1>
      <dl className="facts">
        <dt>{t('detail.kind')}</dt>
        <dd>{common(`kinds.${organisation.kind}`)}</dd>
        {address ? (
          <>
            <dt>{t('detail.address')}</dt>
            <dd>
              {address}
              {region ? `, ${region.name}` : ''}, {common(`countries.${organisation.country}`)}
            </dd>
          </>
        ) : null}
        {organisation.website ? (
          <>
            <dt>{t('detail.website')}</dt>
            <dd>
              <WebsiteLink url={organisation.website} />
            </dd>
          </>
        ) : null}
        {organisation.email ? (
          <>
            <dt>{t('detail.email')}</dt>
            <dd>
              <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
            </dd>
          </>
        ) : null}
        {organisation.phone ? (
          <>
            <dt>{t('detail.phone')}</dt>
            <dd>{organisation.phone}</dd>
          </>
        ) : null}
      </dl>
      {organisation.description ? (
        <>
          <FallbackNotice locale={locale} shown={descriptionLang} />
          <div lang={descriptionLang}>
            <RichText data={organisation.description} className="prose" />
          </div>
        </>
      ) : null}
      {centres.docs.length ? (
        <section aria-labelledby="centres-heading">
          <h2 id="centres-heading">{t('detail.centres')}</h2>
          <ul>
            {centres.docs.map((centre) => (
              <li key={centre.id}>
                <a href={`/${locale}/centres/${centre.slug}`} lang={lang}>
                  {centre.name}
                </a>
                {centre.address?.municipality ? `, ${centre.address.municipality}` : ''}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
