import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

export type LighthouseScores = {
  performance: number
  accessibility: number
  bestPractices: number
  seo: number
  /** largest contentful paint and total blocking time, ms */
  lcpMs: number
  tbtMs: number
  failed: string[]
  /** the run's full report (JSON), while its directory exists */
  reportFile: string
}

// Debian's chromium, the flags STACK.md lists for this machine
const CHROME_FLAGS =
  '--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync'

/** Lighthouse's mobile profile (its default) against one URL; the four category scores, 0–100. */
export async function runLighthouse(url: string, dir: string): Promise<LighthouseScores> {
  const output = path.join(dir, `lighthouse-${Date.now()}.json`)
  const result = spawnSync(
    'node_modules/.bin/lighthouse',
    [
      url,
      '--quiet',
      '--output=json',
      `--output-path=${output}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      '--only-categories=performance,accessibility,best-practices,seo',
    ],
    {
      env: { ...process.env, CHROME_PATH: process.env.CHROME_PATH || '/usr/bin/chromium' },
      encoding: 'utf8',
      timeout: 180_000,
    },
  )
  if (!fs.existsSync(output))
    throw new Error(`Lighthouse failed on ${url}: ${result.stderr?.slice(-2000)}`)
  const report = JSON.parse(fs.readFileSync(output, 'utf8')) as {
    categories: Record<
      string,
      { score: number | null; auditRefs: { id: string; weight: number }[] }
    >
    audits: Record<string, { score: number | null; numericValue?: number }>
  }
  const { categories, audits } = report
  const score = (key: string) => Math.round((categories[key]?.score ?? 0) * 100)
  // what cost points, so a score below target says why
  const failed = Object.values(categories)
    .flatMap((category) => category.auditRefs)
    .filter(
      (ref) =>
        ref.weight > 0 && audits[ref.id]?.score !== null && (audits[ref.id]?.score ?? 1) < 0.9,
    )
    .map((ref) => ref.id)
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    failed: [...new Set(failed)],
    reportFile: output,
  }
}

/**
 * A single Lighthouse run on a shared machine varies by ±10 points: the median of `runs` runs,
 * each figure on its own, and the audits that failed in most of them.
 */
export async function medianLighthouse(
  url: string,
  dir: string,
  runs: number,
): Promise<LighthouseScores & { runs: number[] }> {
  const results: LighthouseScores[] = []
  for (let run = 0; run < runs; run += 1) results.push(await runLighthouse(url, dir))
  const median = (pick: (scores: LighthouseScores) => number) => {
    const values = results.map(pick).sort((a, b) => a - b)
    const middle = Math.floor(values.length / 2)
    return values.length % 2
      ? values[middle]
      : Math.round((values[middle - 1] + values[middle]) / 2)
  }
  const counts = new Map<string, number>()
  for (const id of results.flatMap((result) => result.failed))
    counts.set(id, (counts.get(id) ?? 0) + 1)
  return {
    performance: median((r) => r.performance),
    accessibility: median((r) => r.accessibility),
    bestPractices: median((r) => r.bestPractices),
    seo: median((r) => r.seo),
    lcpMs: median((r) => r.lcpMs),
    tbtMs: median((r) => r.tbtMs),
    failed: [...counts].filter(([, count]) => count * 2 > runs).map(([id]) => id),
    runs: results.map((result) => result.performance),
    // the run with the median performance, to read where its time went
    reportFile: [...results].sort((a, b) => a.performance - b.performance)[
      Math.floor((results.length - 1) / 2)
    ].reportFile,
  }
}

type Details = {
  items?: Record<string, unknown>[]
  type?: string
  [key: string]: unknown
}
type Report = {
  audits: Record<
    string,
    { score: number | null; numericValue?: number; displayValue?: string; details?: Details }
  >
}

/**
 * Where one run's time went, in a few lines: the metrics' scores, the scripts' main-thread
 * time, the long tasks, the LCP element and its phases, render-blocking requests and the
 * document's size — what decides which change can raise the score.
 */
export function describeRun(reportFile: string): string {
  const { audits } = JSON.parse(fs.readFileSync(reportFile, 'utf8')) as Report
  const lines: string[] = []
  const short = (url: unknown) => String(url ?? '').replace(/^https?:\/\/[^/]+/, '')
  const ms = (value: unknown) => `${Math.round(Number(value ?? 0))} ms`
  lines.push(
    `    metrics: ${[
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]
      .map((id) => `${id} ${audits[id]?.displayValue ?? '?'} (score ${audits[id]?.score ?? '?'})`)
      .join(' · ')}`,
  )
  const items = (id: string) => audits[id]?.details?.items ?? []
  lines.push(
    `    main thread: ${items('mainthread-work-breakdown')
      .map((item) => `${item.groupLabel ?? item.group} ${ms(item.duration)}`)
      .join(', ')}`,
  )
  lines.push(
    `    scripts (total / scripting / parse+compile): ${items('bootup-time')
      .map(
        (item) =>
          `${short(item.url) || 'other'} ${ms(item.total)} / ${ms(item.scripting)} / ${ms(item.scriptParseCompile)}`,
      )
      .join('; ')}`,
  )
  lines.push(
    `    long tasks: ${items('long-tasks')
      .map((item) => `${short(item.url) || 'other'} ${ms(item.duration)} at ${ms(item.startTime)}`)
      .join('; ')}`,
  )
  // the insights' details are lists of tables and nodes: their rows and elements, briefly
  const rows = (details: unknown): Record<string, unknown>[] => {
    const value = details as Details | undefined
    if (!value) return []
    if (value.type === 'list') return (value.items ?? []).flatMap((item) => rows(item))
    if (value.type === 'node') return [{ element: value.selector }]
    return value.items ?? []
  }
  const cell = (value: unknown): string =>
    typeof value === 'number'
      ? String(Math.round(value))
      : typeof value === 'object' && value !== null
        ? String((value as { value?: unknown }).value ?? '')
        : short(value)
  for (const id of [
    'lcp-breakdown-insight',
    'render-blocking-insight',
    'dom-size-insight',
    'font-display-insight',
    'unused-javascript',
  ]) {
    const audit = audits[id]
    if (!audit) continue
    const described = rows(audit.details)
      .map((row) =>
        ['element', 'label', 'statistic', 'url', 'duration', 'value', 'wastedMs', 'wastedBytes']
          .filter((key) => row[key] !== undefined)
          .map((key) => cell(row[key]))
          .join(' '),
      )
      .join('; ')
    lines.push(`    ${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}: ${described}`)
  }
  return lines.join('\n')
}
