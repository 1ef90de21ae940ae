import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import { FallbackNotice } from '@/components/FallbackNotice'
import { Photos } from '@/components/Photos'
import { JsonLd } from '@/components/JsonLd'
import { ShareBar } from '@/components/charts/BarChart'
import { ServedMeasures } from '@/components/strategies/ServedMeasures'
import { readServerUrl } from '@/config/environment'
import { contentLanguage } from '@/i18n/fallback'
import { type Locale } from '@/i18n/locales'
import { formatDate, formatNumber, getT } from '@/i18n/server'
import { findBySlug, type SlugQuery } from '@/utilities/findBySlug'
import { pageMetadata } from '@/utilities/metadata'
import { countWithUnit } from '@/goodPractice/units'
import type {
  Centre,
  Document,
  Event,
  IndicatorType,
  Media,
  Organisation,
  Region,
  TargetGroup,
  Theme,
  User,
} from '@/payload-types'
import { routeParams } from '@/i18n/routeParams'
import { session } from '@/account/session'

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

const paragraphs = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

function Prose({ text, lang }: { text?: string | null; lang?: string }) {
  return (
    <div className="prose" lang={lang}>
      {paragraphs(text).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  )
}

export default async function CaseStudyPage({ params }: Props) {
  const { locale, slug } = await routeParams(params)
  const { payload, user } = await session()
  // the contact person is only readable for logged-in users (field access), so read as them
  const study = await findCaseStudy(locale, slug, user)
  if (!study) notFound()
  const t = getT(locale, 'goodPractice')
  const common = getT(locale, 'common')
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
        <Link href={`/${locale}/good-practice`}>← {t('detail.back')}</Link>
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
            <Link href={`/${locale}/organisations/${organisation.slug}`}>{organisation.name}</Link>
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
                    <Link href={`/${locale}/organisations/${partner.slug}`}>{partner.name}</Link>
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
        <section aria-labelledby="figures-heading" className="stack">
          <h2 id="figures-heading">{t('detail.indicators')}</h2>
          <ul className="figure-list">
            {(study.indicators ?? []).map((indicator) => {
              const type = indicator.type as IndicatorType
              return (
                <li key={indicator.id}>
                  <strong>
                    {type?.unit
                      ? countWithUnit(locale, indicator.value, type)
                      : formatNumber(locale, indicator.value)}
                  </strong>{' '}
                  — {type?.name}
                  {indicator.note ? <span className="muted"> — {indicator.note}</span> : null}
                </li>
              )
            })}
          </ul>
        </section>
      ) : null}

      {study.problem ? (
        <section aria-labelledby="problem-heading">
          <h2 id="problem-heading">{t('detail.problem')}</h2>
          <Prose lang={shown} text={study.problem} />
        </section>
      ) : null}
      {study.goals ? (
        <section aria-labelledby="goals-heading">
          <h2 id="goals-heading">{t('detail.goals')}</h2>
          <Prose lang={shown} text={study.goals} />
        </section>
      ) : null}
      {(study.activities ?? []).length > 0 ? (
        <section aria-labelledby="activities-heading">
          <h2 id="activities-heading">{t('detail.activities')}</h2>
          <ol className="stack">
            {(study.activities ?? []).map((activity) => (
              <li key={activity.id}>
                <strong>{activity.title}</strong>
                {activity.description ? <Prose lang={shown} text={activity.description} /> : null}
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      {study.results ? (
        <section aria-labelledby="results-heading">
          <h2 id="results-heading">{t('detail.results')}</h2>
          <Prose lang={shown} text={study.results} />
        </section>
      ) : null}

      {funding.length > 0 ? (
        <section aria-labelledby="funding-heading" className="stack">
          <h2 id="funding-heading">{t('detail.funding')}</h2>
          {funding.some((row) => typeof row.sharePercent === 'number') ? (
            <ShareBar
              id="funding-chart"
              title={t('detail.fundingChart')}
              labelHeading={t('detail.source')}
              valueHeading={t('detail.share')}
              segments={funding.map((row) => ({
                label: row.source,
                share: row.sharePercent ?? 0,
                display:
                  typeof row.sharePercent === 'number'
                    ? formatNumber(locale, row.sharePercent / 100, {
                        style: 'percent',
                        maximumFractionDigits: 1,
                      })
                    : t('detail.unspecified'),
              }))}
            />
          ) : null}
          {funding.some((row) => typeof row.amount === 'number') ? (
            <table className="chart__table">
              <caption className="visually-hidden">{t('detail.funding')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('detail.source')}</th>
                  <th scope="col">{t('detail.amount')}</th>
                </tr>
              </thead>
              <tbody>
                {funding.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.source}</th>
                    <td>
                      {typeof row.amount === 'number'
                        ? formatNumber(locale, row.amount, {
                            style: 'currency',
                            currency: row.currency ?? 'EUR',
                            maximumFractionDigits: 0,
                          })
                        : t('detail.unspecified')}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
          {!funding.some(
            (row) => typeof row.sharePercent === 'number' || typeof row.amount === 'number',
          ) ? (
            <ul>
              {funding.map((row) => (
                <li key={row.id}>{row.source}</li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : null}

      {study.resources?.staff || study.resources?.budget || study.resources?.premises ? (
        <section aria-labelledby="resources-heading">
          <h2 id="resources-heading">{t('detail.resources')}</h2>
          <dl className="facts">
            {(['staff', 'budget', 'premises'] as const).map((key) =>
              study.resources?.[key] ? (
                <div key={key}>
                  <dt>{t(`detail.${key}`)}</dt>
                  <dd>
                    <Prose lang={shown} text={study.resources[key]} />
                  </dd>
                </div>
              ) : null,
            )}
          </dl>
        </section>
      ) : null}
      {study.lessons ? (
        <section aria-labelledby="lessons-heading">
          <h2 id="lessons-heading">{t('detail.lessons')}</h2>
          <Prose lang={shown} text={study.lessons} />
        </section>
      ) : null}
      {study.transferability ? (
        <section aria-labelledby="transfer-heading">
          <h2 id="transfer-heading">{t('detail.transferability')}</h2>
          <Prose lang={shown} text={study.transferability} />
        </section>
      ) : null}

      <Photos heading={t('detail.photos')} photos={photos} />
      {attachments.length > 0 ? (
        <section aria-labelledby="attachments-heading">
          <h2 id="attachments-heading">{t('detail.attachments')}</h2>
          <ul>
            {attachments.map((doc) => (
              <li key={doc.id}>
                <a href={doc.url ?? '#'}>{doc.title}</a>{' '}
                <span className="muted">
                  (PDF,{' '}
                  {formatNumber(locale, (doc.filesize ?? 0) / 1024 / 1024, {
                    maximumFractionDigits: 1,
                  })}{' '}
                  MB)
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="contact-heading">
        <h2 id="contact-heading">{t('detail.contact')}</h2>
        {user ? (
          study.contactPerson?.name ? (
            <p>
              {study.contactPerson.name}
              {study.contactPerson.email ? (
                <>
                  {' · '}
                  <a href={`mailto:${study.contactPerson.email}`}>{study.contactPerson.email}</a>
                </>
              ) : null}
              {study.contactPerson.phone ? ` · ${study.contactPerson.phone}` : null}
            </p>
          ) : (
            <p>{t('detail.unspecified')}</p>
          )
        ) : (
          <p>
            <a
              href={`/admin/login?redirect=${encodeURIComponent(`/${locale}/good-practice/${study.slug}`)}`}
            >
              {t('detail.contactLogin')}
            </a>
          </p>
        )}
      </section>

      {centres.length > 0 || events.length > 0 ? (
        <section aria-labelledby="linked-heading" className="detail-grid">
          <h2 id="linked-heading" className="visually-hidden">
            {t('detail.centres')} · {t('detail.events')}
          </h2>
          {centres.length > 0 ? (
            <div>
              <h3>{t('detail.centres')}</h3>
              <ul>
                {centres.map((centre) => (
                  <li key={centre.id}>
                    <Link href={`/${locale}/centres/${centre.slug}`}>{centre.name}</Link>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {events.length > 0 ? (
            <div>
              <h3>{t('detail.events')}</h3>
              <ul>
                {events.map((event) => (
                  <li key={event.id}>
                    <Link href={`/${locale}/events/${event.slug}`}>{event.title}</Link>{' '}
                    <span className="muted">({formatDate(locale, event.startsAt)})</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}

      <ServedMeasures locale={locale} kind="caseStudies" id={study.id} />

      {related.docs.length > 0 ? (
        <section aria-labelledby="related-heading">
          <h2 id="related-heading">{t('detail.related')}</h2>
          <ul className="cards">
            {related.docs.map((other) => (
              <li key={other.id} className="card">
                <h3>
                  <Link href={`/${locale}/good-practice/${other.slug}`}>{other.title}</Link>
                </h3>
                <p>{other.summary}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  )
}
