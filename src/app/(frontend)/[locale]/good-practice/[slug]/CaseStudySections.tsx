import type { TFunction } from 'i18next'

import { ShareBar } from '@/components/charts/BarChart'
import { countWithUnit } from '@/goodPractice/units'
import type { Locale } from '@/i18n/locales'
import { formatDate, formatNumber } from '@/i18n/server'
import type { CaseStudy, Centre, Document, Event, IndicatorType } from '@/payload-types'

type Section = { locale: Locale; t: TFunction }

const paragraphs = (text: string | null | undefined) =>
  (text ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)

export function Prose({ text, lang }: { text?: string | null; lang?: string }) {
  return (
    <div className="prose" lang={lang}>
      {paragraphs(text).map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </div>
  )
}

/** A titled section of prose, left out when there is no text. */
function ProseSection({
  id,
  heading,
  text,
  lang,
}: {
  id: string
  heading: string
  text?: string | null
  lang: string
}) {
  return text ? (
    <section aria-labelledby={id}>
      <h2 id={id}>{heading}</h2>
      <Prose lang={lang} text={text} />
    </section>
  ) : null
}

/** The figures the project reports, each with its unit in the form the number takes. */
export function CaseStudyIndicators({
  locale,
  t,
  indicators,
}: Section & { indicators: NonNullable<CaseStudy['indicators']> }) {
  return (
    <section aria-labelledby="figures-heading" className="stack">
      <h2 id="figures-heading">{t('detail.indicators')}</h2>
      <ul className="figure-list">
        {indicators.map((indicator) => {
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
  )
}

/** The story: the problem, the goals, the activities and the results, in the content language. */
export function CaseStudyNarrative({
  t,
  study,
  shown,
}: {
  t: TFunction
  study: CaseStudy
  shown: string
}) {
  return (
    <>
      <ProseSection
        id="problem-heading"
        heading={t('detail.problem')}
        lang={shown}
        text={study.problem}
      />
      <ProseSection
        id="goals-heading"
        heading={t('detail.goals')}
        lang={shown}
        text={study.goals}
      />
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
      <ProseSection
        id="results-heading"
        heading={t('detail.results')}
        lang={shown}
        text={study.results}
      />
    </>
  )
}

/** Where the money came from: shares as a chart, amounts as a table, or just the sources. */
export function CaseStudyFunding({
  locale,
  t,
  funding,
}: Section & { funding: NonNullable<CaseStudy['funding']> }) {
  return (
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
  )
}

/** What it took and what others can learn: resources, lessons and transferability. */
export function CaseStudyLessons({
  t,
  study,
  shown,
}: {
  t: TFunction
  study: CaseStudy
  shown: string
}) {
  return (
    <>
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
      <ProseSection
        id="lessons-heading"
        heading={t('detail.lessons')}
        lang={shown}
        text={study.lessons}
      />
      <ProseSection
        id="transfer-heading"
        heading={t('detail.transferability')}
        lang={shown}
        text={study.transferability}
      />
    </>
  )
}

/** The case study's documents with their size. */
export function CaseStudyAttachments({
  locale,
  t,
  attachments,
}: Section & { attachments: Document[] }) {
  return (
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
  )
}

/** The contact person, readable only when signed in (field access); visitors get a login link. */
export function CaseStudyContact({
  locale,
  t,
  study,
  signedIn,
}: Section & { study: CaseStudy; signedIn: boolean }) {
  return (
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t('detail.contact')}</h2>
      {signedIn ? (
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
  )
}

/** The registry's centres and the events the case study is linked to. */
export function LinkedCentresAndEvents({
  locale,
  t,
  centres,
  events,
}: Section & { centres: Centre[]; events: Event[] }) {
  return (
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
                <a href={`/${locale}/centres/${centre.slug}`}>{centre.name}</a>
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
                <a href={`/${locale}/events/${event.slug}`}>{event.title}</a>{' '}
                <span className="muted">({formatDate(locale, event.startsAt)})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

/** Up to three other case studies on the same themes (or of the same organisation). */
export function RelatedCaseStudies({
  locale,
  t,
  related,
}: Section & { related: Pick<CaseStudy, 'id' | 'slug' | 'title' | 'summary'>[] }) {
  return (
    <section aria-labelledby="related-heading">
      <h2 id="related-heading">{t('detail.related')}</h2>
      <ul className="cards">
        {related.map((other) => (
          <li key={other.id} className="card">
            <h3>
              <a href={`/${locale}/good-practice/${other.slug}`}>{other.title}</a>
            </h3>
            <p>{other.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  )
}
