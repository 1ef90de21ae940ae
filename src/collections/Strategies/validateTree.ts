import { type CollectionBeforeValidateHook, ValidationError } from 'payload'

import { endsBeforeStart } from '@/fields/period'
import { requestLocale } from '@/i18n/requestLocale'
import { getT } from '@/i18n/server'

type Node = { code?: string | null }
type Tree = (Node & {
  goals?:
    | (Node & {
        measures?:
          | (Node & {
              indicators?: { target?: unknown; actual?: unknown; baseline?: unknown }[] | null
            })[]
          | null
      })[]
    | null
})[]

/**
 * The tree is nested (theme → goal → measure), so no item can be its own ancestor; what can go
 * wrong is the same code twice (an item listed under two parents) or a code that does not sit
 * under its parent's (1.2 under theme 3). Both are refused, as is a period that ends before it
 * starts and an indicator value that is not a number.
 */
export const validateStrategy: CollectionBeforeValidateHook = ({
  data,
  originalDoc,
  req,
  collection,
}) => {
  if (!data) return data
  const t = getT(requestLocale(req), 'strategies')
  const errors: { path: string; message: string }[] = []
  const period = data.period ?? originalDoc?.period
  if (endsBeforeStart(period)) {
    errors.push({ path: 'period.to', message: t('errors.periodOrder') })
  }
  const seen = new Set<string>()
  const check = (code: string | null | undefined, path: string, parent?: string | null) => {
    if (!code) return
    if (seen.has(code))
      errors.push({ path: `${path}.code`, message: t('errors.duplicateCode', { code }) })
    seen.add(code)
    if (parent && !code.startsWith(`${parent}.`))
      errors.push({ path: `${path}.code`, message: t('errors.codePrefix', { code, parent }) })
  }
  const themes = (data.themes ?? []) as Tree
  themes.forEach((theme, i) => {
    check(theme.code, `themes.${i}`)
    ;(theme.goals ?? []).forEach((goal, j) => {
      check(goal.code, `themes.${i}.goals.${j}`, theme.code)
      ;(goal.measures ?? []).forEach((measure, k) => {
        check(measure.code, `themes.${i}.goals.${j}.measures.${k}`, goal.code)
        ;(measure.indicators ?? []).forEach((indicator, l) => {
          for (const key of ['baseline', 'target', 'actual'] as const) {
            const value = indicator?.[key]
            const path = `themes.${i}.goals.${j}.measures.${k}.indicators.${l}.${key}`
            if (value === null || value === undefined || value === '') continue
            if (typeof value !== 'number' || !Number.isFinite(value))
              errors.push({ path, message: t('errors.number') })
            else if (value < 0) errors.push({ path, message: t('errors.negative') })
          }
        })
      })
    })
  })
  if (errors.length > 0) throw new ValidationError({ collection: collection.slug, errors })
  return data
}
