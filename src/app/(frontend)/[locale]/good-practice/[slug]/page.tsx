import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FallbackNotice } from '@/components/FallbackNotice'
import { Photos } from '@/components/Photos'
import { JsonLd } from '@/components/JsonLd'
import { ServedMeasures } from '@/components/strategies/ServedMeasures'
import { readServerUrl } from '@/config/environment'
import { contentLanguage } from '@/i18n/fallback'
import { type Locale } from '@/i18n/locales'
import { formatDate, getT } from '@/i18n/server'
import { findBySlug, type SlugQuery } from '@/utilities/findBySlug'
import { pageMetadata } from '@/utilities/metadata'
import type {
  Centre,
  Document,
  Event,
  Media,
  Organisation,
  Region,
  TargetGroup,
  Theme,
  User,
} from '@/payload-types'
import { routeParams } from '@/i18n/routeParams'
import { session } from '@/account/session'

import {
  CaseStudyAttachments,
  CaseStudyContact,
  CaseStudyFunding,
  CaseStudyIndicators,
  CaseStudyLessons,
  CaseStudyNarrative,
  LinkedCentresAndEvents,
  RelatedCaseStudies,
} from './CaseStudySections'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'

const caseStudyQuery = {
  where: { _status: { equals: 'published' } },
  depth: 1,
  populate: {
    organisations: { name: true, slug: true, website: true },
    centres: { name: true, slug: true },
    events: { title: true, slug: true, startsAt: true, status: true },
    regions: { name: true },
    themes: { name: true },
    'target-groups': { name: true },
    'indicator-types': { name: true, unit: true, unitForms: true },
    media: { alt: true, url: true, sizes: true },
    documents: { title: true, url: true, filesize: true },
  },
} satisfies SlugQuery

const findCaseStudy = (locale: Locale, slug: string, user: User | null = null) =>
  findBySlug('case-studies', slug, locale, user, caseStudyQuery)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await routeParams(params)
  const study = await findCaseStudy(locale, slug)
  if (!study) return {}
  return pageMetadata(locale, `/good-practice/${slug}`, {
    title: study.title,
    description: study.summary,
  })
}

export default async function CaseStudyPage({ params }: Props) {
  const { locale, slug } = await routeParams(params)
  const { payload, user } = await session()
  // the contact person is only readable for logged-in users (field access), so read as them
  const study = await findCaseStudy(locale, slug, user)
  if (!study) notFound()
  const t = getT(locale, 'goodPractice')
  const common = getT(locale, 'common')
  const section = { locale, t }
  const shown = await contentLanguage(payload, 'case-studies', study.id, locale)
  const organisation = study.organisation as Organisation
  const partners = (study.partners ?? []) as Organisation[]
  const regions = (study.regions ?? []) as Region[]
  const themes = (study.themes ?? []) as Theme[]
  const groups = (study.targetGroups ?? []) as TargetGroup[]
  const centres = (study.centres ?? []) as Centre[]
  const events = ((study.events ?? []) as Event[]).filter(
    (event) => typeof event === 'object' && event.status !== 'draft',
  )
  const photos = ((study.photos ?? []) as Media[]).filter((photo) => typeof photo === 'object')
  const attachments = ((study.attachments ?? []) as Document[]).filter(
    (doc) => typeof doc === 'object',
  )
  const month = (value: string) =>
    formatDate(locale, value, { year: 'numeric', month: 'long', dateStyle: undefined })
  const period = study.period?.to
    ? `${month(study.period.from)} – ${month(study.period.to)}`
    : t('detail.since', { date: month(study.period.from) })
  const funding = study.funding ?? []
  const related = await payload.find({
    collection: 'case-studies',
    overrideAccess: false,
    user: null,
    locale,
    where: {
      and: [
        { id: { not_equals: study.id } },
        themes.length > 0
          ? { themes: { in: themes.map((theme) => theme.id) } }
          : { organisation: { equals: organisation?.id } },
      ],
    },
    limit: 3,
    depth: 0,
    select: { title: true, slug: true, summary: true },
  })
  const url = `${readServerUrl()}/${locale}/good-practice/${study.slug}`
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Article',
    headline: study.title,
    abstract: study.summary,
    url,
    inLanguage: locale,
    dateModified: study.updatedAt,
    author: organisation
      ? { '@type': 'Organization', name: organisation.name, url: organisation.website ?? undefined }
      : undefined,
    about: themes.map((theme) => ({ '@type': 'Thing', name: theme.name })),
    spatialCoverage: regions.map((region) => ({
      '@type': 'AdministrativeArea',
      name: region.name,
    })),
    temporalCoverage: `${study.period.from.slice(0, 10)}/${study.period.to ? study.period.to.slice(0, 10) : '..'}`,
    identifier: study.projectNumber ?? undefined,
  }

  return (
    <article className="stack-lg">
      <JsonLd data={jsonLd} />
      <p>
        <a href={`/${locale}/good-practice`}>← {t('detail.back')}</a>
      </p>
      <header className="stack">
        <p className="tag">
          {t(`tiers.${study.evidenceTier}`)}{' '}
          <span className="muted">({t(`tierHints.${study.evidenceTier}`)})</span>
        </p>
        <FallbackNotice locale={locale} shown={shown} />
        <h1 lang={shown}>{study.title}</h1>
        <p className="lead" lang={shown}>
          {study.summary}
        </p>
      </header>
      <dl className="facts">
        <dt>{t('detail.period')}</dt>
        <dd>
          {period} · {t(`statuses.${study.status}`)}
        </dd>
        <dt>{t('detail.where')}</dt>
        <dd>
          {[
            study.municipality,
            ...regions.map((region) => region.name),
            study.country ? common(`countries.${study.country}`) : null,
          ]
            .filter(Boolean)
            .join(', ')}
        </dd>
        <dt>{t('detail.lead')}</dt>
        <dd>
          {organisation?.slug ? (
            <a href={`/${locale}/organisations/${organisation.slug}`}>{organisation.name}</a>
          ) : (
            organisation?.name
          )}
        </dd>
        {partners.length > 0 ? (
          <>
            <dt>{t('detail.partners')}</dt>
            <dd>
              {partners.map((partner, index) => (
                <span key={partner.id}>
                  {index > 0 ? ', ' : ''}
                  {partner.slug ? (
                    <a href={`/${locale}/organisations/${partner.slug}`}>{partner.name}</a>
                  ) : (
                    partner.name
                  )}
                </span>
              ))}
            </dd>
          </>
        ) : null}
        {study.projectNumber ? (
          <>
            <dt>{t('detail.projectNumber')}</dt>
            <dd>{study.projectNumber}</dd>
          </>
        ) : null}
        {themes.length > 0 ? (
          <>
            <dt>{t('detail.themes')}</dt>
            <dd>{themes.map((theme) => theme.name).join(', ')}</dd>
          </>
        ) : null}
        {groups.length > 0 ? (
          <>
            <dt>{t('detail.targetGroups')}</dt>
            <dd>{groups.map((group) => group.name).join(', ')}</dd>
          </>
        ) : null}
      </dl>

      {(study.indicators ?? []).length > 0 ? (
        <CaseStudyIndicators {...section} indicators={study.indicators ?? []} />
      ) : null}

      <CaseStudyNarrative t={t} study={study} shown={shown} />

      {funding.length > 0 ? <CaseStudyFunding {...section} funding={funding} /> : null}

      <CaseStudyLessons t={t} study={study} shown={shown} />

      <Photos heading={t('detail.photos')} photos={photos} />
      {attachments.length > 0 ? (
        <CaseStudyAttachments {...section} attachments={attachments} />
      ) : null}

      <CaseStudyContact {...section} study={study} signedIn={Boolean(user)} />

      {centres.length > 0 || events.length > 0 ? (
        <LinkedCentresAndEvents {...section} centres={centres} events={events} />
      ) : null}

      <ServedMeasures locale={locale} kind="caseStudies" id={study.id} />

      {related.docs.length > 0 ? <RelatedCaseStudies {...section} related={related.docs} /> : null}
    </article>
  )
}
