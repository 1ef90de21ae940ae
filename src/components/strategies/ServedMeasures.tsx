import type { Locale } from '@/i18n/locales'
import { getT } from '@/i18n/server'
import { getPayloadClient } from '@/utilities/payload'
import { measuresServedBy, type WorkKind } from '@/strategies/links'

/** On a centre, case study or event page: the strategy measures it serves. */
export async function ServedMeasures({
  locale,
  kind,
  id,
}: {
  locale: Locale
  kind: WorkKind
  id: number | string
}) {
  const measures = await measuresServedBy(await getPayloadClient(), locale, kind, id)
  if (measures.length === 0) return null
  const t = getT(locale, 'strategies')
  return (
    <section aria-labelledby="served-heading">
      <h2 id="served-heading">{t('servedBy.heading')}</h2>
      <ul>
        {measures.map((measure) => (
          <li key={`${measure.slug}-${measure.code}`}>
            <a href={`/${locale}/strategies/${measure.slug}#${measure.anchor}`}>
              {t('servedBy.item', {
                strategy: measure.strategy,
                code: measure.code,
                measure: measure.title,
              })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  )
}
