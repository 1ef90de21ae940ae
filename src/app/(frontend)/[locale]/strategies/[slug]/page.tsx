import type { Metadata } from 'next'
import { notFound } from 'next/navigation'

import { FallbackNotice } from '@/components/FallbackNotice'
import { TableScroll } from '@/components/TableScroll'
import { JsonLd } from '@/components/JsonLd'
import { BarChart } from '@/components/charts/BarChart'
import { ProgressBar } from '@/components/strategies/ProgressBar'
import { readServerUrl } from '@/config/environment'
import { contentLanguage } from '@/i18n/fallback'
import { type Locale } from '@/i18n/locales'
import { formatDate, formatNumber, getT } from '@/i18n/server'
import { findBySlug, type SlugQuery } from '@/utilities/findBySlug'
import { pageMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import type { CaseStudy, Centre, Event, Organisation, Region } from '@/payload-types'
import {
  indicatorProgress,
  measureProgress,
  measuresOf,
  statusCounts,
  strategyProgress,
  themeProgress,
} from '@/strategies/progress'
import { routeParams } from '@/i18n/routeParams'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const dynamic = 'force-dynamic'

const strategyQuery = {
  depth: 1,
  populate: {
    regions: { name: true },
    organisations: { name: true, slug: true },
    centres: { name: true, slug: true, status: true },
    'case-studies': { title: true, slug: true, _status: true },
    events: { title: true, slug: true, status: true },
    documents: { title: true, url: true },
  },
} satisfies SlugQuery

const findStrategy = (locale: Locale, slug: string) =>
  findBySlug('strategies', slug, locale, null, strategyQuery)

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await routeParams(params)
  const strategy = await findStrategy(locale, slug)
  if (!strategy) return {}
  return pageMetadata(locale, `/strategies/${slug}`, {
    title: strategy.title,
    description: strategy.summary ?? undefined,
  })
}

export default async function StrategyPage({ params }: Props) {
  const { locale, slug } = await routeParams(params)
  const strategy = await findStrategy(locale, slug)
  if (!strategy) notFound()
  const t = getT(locale, 'strategies')
  const shown = await contentLanguage(await getPayloadClient(), 'strategies', strategy.id, locale)
  const themes = strategy.themes ?? []
  const percent = (value: number | null) =>
    value === null ? '—' : formatNumber(locale, value, { style: 'percent' })
  const overall = strategyProgress(themes)
  const counts = statusCounts(themes)
  const organisation = strategy.organisation as Organisation | undefined
  const region = strategy.region as Region | undefined
  const date = (value?: string | null) => (value ? formatDate(locale, value) : '…')
  // linked records are shown only when the public may see them
  const visible = {
    centres: (list: unknown[] | null | undefined) =>
      ((list ?? []) as Centre[]).filter((c) => typeof c === 'object' && c.status === 'published'),
    caseStudies: (list: unknown[] | null | undefined) =>
      ((list ?? []) as CaseStudy[]).filter(
        (c) => typeof c === 'object' && c._status === 'published',
      ),
    events: (list: unknown[] | null | undefined) =>
      ((list ?? []) as Event[]).filter((e) => typeof e === 'object' && e.status !== 'draft'),
  }
  const url = `${readServerUrl()}/${locale}/strategies/${strategy.slug}`
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    genre: t(`kinds.${strategy.kind}`),
    name: strategy.title,
    abstract: strategy.summary ?? undefined,
    url,
    inLanguage: locale,
    publisher: organisation
      ? { '@type': 'GovernmentOrganization', name: organisation.name }
      : undefined,
    spatialCoverage: region ? { '@type': 'AdministrativeArea', name: region.name } : undefined,
    temporalCoverage: `${strategy.period.from.slice(0, 10)}/${strategy.period.to ? strategy.period.to.slice(0, 10) : '..'}`,
    hasPart: themes.map((theme) => ({
      '@type': 'CreativeWork',
      name: theme.title,
      position: theme.code,
    })),
  }

  return (
    <article className="stack-lg">
      <JsonLd data={jsonLd} />
      <p>
        <a href={`/${locale}/strategies`}>← {t('detail.back')}</a>
      </p>
      <header className="stack">
        <FallbackNotice locale={locale} shown={shown} />
        <p className="tag">{t(`kinds.${strategy.kind}`)}</p>
        <h1 lang={shown}>{strategy.title}</h1>
        {strategy.summary ? (
          <p className="lead" lang={shown}>
            {strategy.summary}
          </p>
        ) : null}
      </header>
      <dl className="facts">
        <dt>{t('detail.region')}</dt>
        <dd>{region?.name}</dd>
        <dt>{t('detail.owner')}</dt>
        <dd>
          {organisation?.slug ? (
            <a href={`/${locale}/organisations/${organisation.slug}`}>{organisation.name}</a>
          ) : (
            organisation?.name
          )}
        </dd>
        <dt>{t('detail.period')}</dt>
        <dd>
          {date(strategy.period.from)} – {date(strategy.period.to)}
        </dd>
        <dt>{t('detail.status')}</dt>
        <dd>{t(`statuses.${strategy.status}`)}</dd>
        <dt>{t('detail.overall')}</dt>
        <dd>
          <ProgressBar value={overall} label={t('detail.overall')} display={percent(overall)} />
        </dd>
        <dt>{t('detail.statusCounts')}</dt>
        <dd>
          {(Object.keys(counts) as (keyof typeof counts)[])
            .map((status) => `${t(`measureStatuses.${status}`)}: ${counts[status]}`)
            .join(' · ')}
        </dd>
      </dl>

      <BarChart
        id="theme-progress"
        title={t('detail.byTheme')}
        labelHeading={t('detail.theme')}
        valueHeading={t('detail.progress')}
        rows={themes.map((theme) => {
          const value = themeProgress(theme)
          return {
            label: `${theme.code}. ${theme.title}`,
            value: value ?? 0,
            display: percent(value),
          }
        })}
      />
      <p className="muted">{t('detail.method')}</p>

      {themes.map((theme) => (
        <section
          key={theme.id}
          aria-labelledby={`theme-${theme.code}`}
          className="stack strategy-theme"
        >
          <h2 id={`theme-${theme.code}`}>
            {theme.code}. {theme.title}
          </h2>
          <p>
            <ProgressBar
              value={themeProgress(theme)}
              label={`${theme.title}: ${t('detail.progress')}`}
              display={percent(themeProgress(theme))}
            />{' '}
            <span className="muted">
              ({t('detail.measures', { count: measuresOf(theme).length })})
            </span>
          </p>
          {(theme.goals ?? []).map((goal) => (
            <section key={goal.id} aria-labelledby={`goal-${goal.code}`} className="stack">
              <h3 id={`goal-${goal.code}`}>
                {t('detail.goal', { code: goal.code })}: {goal.title}
              </h3>
              {goal.description ? <p>{goal.description}</p> : null}
              <ul className="registrant-list">
                {(goal.measures ?? []).map((measure) => {
                  const progress = measureProgress(measure)
                  const responsible = (
                    (measure.responsibleOrganisations ?? []) as Organisation[]
                  ).filter((o) => typeof o === 'object')
                  const work = {
                    centres: visible.centres(measure.centres),
                    caseStudies: visible.caseStudies(measure.caseStudies),
                    events: visible.events(measure.events),
                  }
                  return (
                    <li key={measure.id} id={`measure-${measure.code}`} className="registrant">
                      <h4>
                        {t('detail.measure', { code: measure.code })}: {measure.title}
                      </h4>
                      <p>
                        <span className={`measure-status measure-status--${measure.status}`}>
                          {t(`measureStatuses.${measure.status}`)}
                        </span>{' '}
                        {progress !== null ? (
                          <ProgressBar
                            value={progress}
                            label={`${t('detail.measure', { code: measure.code })}: ${t('detail.progress')}`}
                            display={percent(progress)}
                          />
                        ) : null}
                      </p>
                      {measure.description ? <p>{measure.description}</p> : null}
                      {responsible.length > 0 ? (
                        <p>
                          {t('detail.responsible')}: {responsible.map((o) => o.name).join(', ')}
                        </p>
                      ) : null}
                      {measure.partners ? (
                        <p>
                          {t('detail.partners')}: {measure.partners}
                        </p>
                      ) : null}
                      {(measure.indicators ?? []).length > 0 ? (
                        <TableScroll
                          label={`${t('detail.measure', { code: measure.code })}: ${t('detail.indicator')}`}
                        >
                          <table className="chart__table">
                            <caption className="visually-hidden">{`${t('detail.measure', { code: measure.code })}: ${t('detail.indicator')}`}</caption>
                            <thead>
                              <tr>
                                <th scope="col">{t('detail.indicator')}</th>
                                <th scope="col">{t('detail.baseline')}</th>
                                <th scope="col">{t('detail.target')}</th>
                                <th scope="col">{t('detail.actual')}</th>
                                <th scope="col">{t('detail.progress')}</th>
                              </tr>
                            </thead>
                            <tbody>
                              {(measure.indicators ?? []).map((indicator) => (
                                <tr key={indicator.id}>
                                  <th scope="row">
                                    {indicator.name}
                                    {indicator.unit ? ` (${indicator.unit})` : ''}
                                  </th>
                                  <td>
                                    {typeof indicator.baseline === 'number'
                                      ? formatNumber(locale, indicator.baseline)
                                      : '—'}
                                  </td>
                                  <td>{formatNumber(locale, indicator.target)}</td>
                                  <td>
                                    {typeof indicator.actual === 'number'
                                      ? formatNumber(locale, indicator.actual)
                                      : t('detail.notMeasured')}
                                  </td>
                                  <td>{percent(indicatorProgress(indicator))}</td>
                                </tr>
                              ))}
                            </tbody>
                          </table>
                        </TableScroll>
                      ) : null}
                      {work.centres.length + work.caseStudies.length + work.events.length > 0 ? (
                        <div>
                          <h5>{t('detail.work')}</h5>
                          <ul>
                            {work.centres.map((centre) => (
                              <li key={`c-${centre.id}`}>
                                {t('detail.centres')}:{' '}
                                <a href={`/${locale}/centres/${centre.slug}`}>{centre.name}</a>
                              </li>
                            ))}
                            {work.caseStudies.map((study) => (
                              <li key={`s-${study.id}`}>
                                {t('detail.caseStudies')}:{' '}
                                <a href={`/${locale}/good-practice/${study.slug}`}>{study.title}</a>
                              </li>
                            ))}
                            {work.events.map((event) => (
                              <li key={`e-${event.id}`}>
                                {t('detail.events')}:{' '}
                                <a href={`/${locale}/events/${event.slug}`}>{event.title}</a>
                              </li>
                            ))}
                          </ul>
                        </div>
                      ) : null}
                    </li>
                  )
                })}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </article>
  )
}
