/*
 * Progress of a strategy, from its measures' indicators. Pure functions: the page and the tests
 * use the same arithmetic.
 */

export type IndicatorValues = { baseline?: number | null; target: number; actual?: number | null }
export type MeasureLike = {
  status: 'not-started' | 'in-progress' | 'done' | 'dropped'
  indicators?: IndicatorValues[] | null
}
export type GoalLike = { measures?: MeasureLike[] | null }
export type ThemeLike = { goals?: GoalLike[] | null }

const clamp = (value: number) => Math.min(1, Math.max(0, value))

/** From baseline (default 0) to target, capped to 0…1; nothing measured yet counts as 0. */
export function indicatorProgress({ baseline, target, actual }: IndicatorValues): number {
  if (actual === null || actual === undefined) return 0
  const from = baseline ?? 0
  if (target === from) return actual >= target ? 1 : 0
  return clamp((actual - from) / (target - from))
}

/** A done measure is complete; a dropped one has no progress (null: left out of averages). */
export function measureProgress(measure: MeasureLike): number | null {
  if (measure.status === 'dropped') return null
  if (measure.status === 'done') return 1
  const indicators = measure.indicators ?? []
  if (indicators.length === 0) return 0
  return (
    indicators.reduce((sum, indicator) => sum + indicatorProgress(indicator), 0) / indicators.length
  )
}

const average = (values: (number | null)[]) => {
  const counted = values.filter((value): value is number => value !== null)
  return counted.length === 0
    ? null
    : counted.reduce((sum, value) => sum + value, 0) / counted.length
}

export const measuresOf = (theme: ThemeLike) =>
  (theme.goals ?? []).flatMap((goal) => goal.measures ?? [])

/** The average of the theme's measures (null when all are dropped or there are none). */
export const themeProgress = (theme: ThemeLike) => average(measuresOf(theme).map(measureProgress))

/** The average over every measure of the strategy, not over themes: each measure weighs the same. */
export const strategyProgress = (themes: ThemeLike[]) =>
  average(themes.flatMap(measuresOf).map(measureProgress))

export function statusCounts(themes: ThemeLike[]) {
  const counts: Record<MeasureLike['status'], number> = {
    'not-started': 0,
    'in-progress': 0,
    done: 0,
    dropped: 0,
  }
  for (const measure of themes.flatMap(measuresOf)) counts[measure.status] += 1
  return counts
}
