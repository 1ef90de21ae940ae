import type { Payload } from 'payload'

import type { Locale } from '@/i18n/locales'
import type { Strategy } from '@/payload-types'
import { type ID, idFrom } from '@/utilities/ids'

export type WorkKind = 'centres' | 'caseStudies' | 'events'

/** The public strategies' measures that a centre, case study or event serves (the other side of the link). */
export async function measuresServedBy(payload: Payload, locale: Locale, kind: WorkKind, id: ID) {
  const { docs } = await payload.find({
    collection: 'strategies',
    overrideAccess: false,
    user: null,
    locale,
    where: { [`themes.goals.measures.${kind}`]: { in: [id] } },
    pagination: false,
    depth: 0,
    // no `select` here: with one, Payload 3.90 on SQLite returns the measures' nested
    // relationship lists empty
  })
  return (docs as Strategy[]).flatMap((strategy) =>
    (strategy.themes ?? []).flatMap((theme) =>
      (theme.goals ?? []).flatMap((goal) =>
        (goal.measures ?? [])
          .filter((measure) =>
            ((measure[kind] ?? []) as unknown[]).some(
              (linked) => String(idFrom(linked)) === String(id),
            ),
          )
          .map((measure) => ({
            strategy: strategy.title,
            slug: strategy.slug,
            code: measure.code,
            title: measure.title,
            anchor: `measure-${measure.code}`,
          })),
      ),
    ),
  )
}
