import { ProgressBar } from '@/components/strategies/ProgressBar'
import { formatDate, formatNumber, getT } from '@/i18n/server'
import { sectionMetadata } from '@/utilities/metadata'
import { getPayloadClient } from '@/utilities/payload'
import type { Organisation, Region, Strategy } from '@/payload-types'
import { strategyProgress } from '@/strategies/progress'
import { routeParams } from '@/i18n/routeParams'

type Props = { params: Promise<{ locale: string }> }

export const dynamic = 'force-dynamic'

export const generateMetadata = sectionMetadata('strategies', '/strategies')

export default async function StrategiesPage({ params }: Props) {
  const { locale } = await routeParams(params)
  const t = getT(locale, 'strategies')
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'strategies',
    overrideAccess: false,
    user: null,
    locale,
    pagination: false,
    depth: 1,
    populate: { regions: { name: true }, organisations: { name: true } },
  })
  const year = (value?: string | null) =>
    value ? formatDate(locale, value, { year: 'numeric', dateStyle: undefined }) : '…'
  return (
    <div className="stack-lg">
      <header className="stack">
        <h1>{t('title')}</h1>
        <p className="lead">{t('lead')}</p>
      </header>
      {docs.length === 0 ? <p>{t('list.none')}</p> : null}
      <ul className="result-list">
        {(docs as Strategy[]).map((strategy) => {
          const progress = strategyProgress(strategy.themes ?? [])
          const percent = formatNumber(locale, progress ?? 0, { style: 'percent' })
          return (
            <li key={strategy.id}>
              <article className="event-summary">
                <p className="event-summary__meta">
                  <span className="tag">{t(`kinds.${strategy.kind}`)}</span> ·{' '}
                  {(strategy.region as Region | undefined)?.name} · {year(strategy.period.from)}–
                  {year(strategy.period.to)} · {t(`statuses.${strategy.status}`)}
                </p>
                <h2 className="event-summary__title">
                  <a href={`/${locale}/strategies/${strategy.slug}`}>{strategy.title}</a>
                </h2>
                <p className="muted">{(strategy.organisation as Organisation | undefined)?.name}</p>
                {strategy.summary ? <p>{strategy.summary}</p> : null}
                <ProgressBar
                  value={progress}
                  label={t('detail.overall')}
                  display={t('list.progress', { percent })}
                />
              </article>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
