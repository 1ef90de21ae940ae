// `npm run bench`: builds the site, fills a throw-away SQLite file with a large data set, serves
// it with `next start` and measures it. Prints a table and writes the figures as JSON
// (bench-results/) so runs can be compared. Options: --skip-build (reuse .next), --small (a
// tenth of the data, for a quick look), --centres N (that many centres), --skip-lighthouse,
// --no-page-cache (every page rendered per request, as before the page cache), --lighthouse-runs N
// (runs per page, median reported; 3 unless told), --db FILE (measure a copy of a data set an
// earlier run generated, brought to the current migrations, instead of generating one: 10,000
// centres take 12 minutes to generate here).
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { serverEnv, startServer, stopServer } from '../../tests/helpers/server'
import { CHROMIUM, ensureChromium } from '../lib.mjs'
import { DOOR_LIST_SIZE, DoorListMissing, measureDoorList } from './doorList'
import { directoryVocabulary, unseenQueries } from './directoryQueries'
import { editViewTable, measureEditViews } from './editViews'
import { medianLighthouse, type LighthouseScores } from './lighthouse'
import { firstLink, publicTemplates } from './templates'

const args = process.argv.slice(3)
const options = new Set(args)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const small = options.has('--small')
const centresOption = args.includes('--centres')
  ? Number(args[args.indexOf('--centres') + 1])
  : undefined
if (centresOption !== undefined && !(Number.isInteger(centresOption) && centresOption > 0))
  throw new Error('--centres takes a whole number, e.g. --centres 50000')
const existingDb = option('--db')
if (existingDb !== undefined && !fs.existsSync(existingDb))
  throw new Error(`--db names a SQLite file: ${existingDb} does not exist`)
if (existingDb !== undefined && (centresOption !== undefined || small))
  throw new Error('--db measures the data set as it is: --centres and --small do not apply')
const sizes = {
  BENCH_CENTRES: String(centresOption ?? (small ? 1000 : 10000)),
  BENCH_ORGANISATIONS: small ? '200' : '2000',
  BENCH_CASE_STUDIES: small ? '200' : '2000',
  BENCH_EVENTS: small ? '500' : '5000',
  BENCH_REGISTRATIONS: small ? '5000' : '50000',
}
const BUDGET = {
  directoryP95Ms: 50,
  // over the App Router's own floor: what the build's prerendered 404 page loads
  firstLoadJsOverFloorKb: 5,
  ratioToStatic: 0.5,
  p975Ms: 150,
  editViewMs: 2000,
}
const LOAD_CONNECTIONS = 50
const SAMPLES = 50
// the directory's budget is a p95: of 50 requests that is the third slowest, which one pause of
// the collector or of a neighbour on a shared machine decides; of 200, the tenth
const DIRECTORY_SAMPLES = 200
/** The sequential rows' same-run reference (see the routes). */
const FLOOR = 'floor: /sk/about, uncached'

const step = (text: string) => console.log(`\n▶ ${text}`)
const ms = (value: number) => Math.round(value * 10) / 10

function quantiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { p50: ms(at(0.5)), p95: ms(at(0.95)), p99: ms(at(0.99)) }
}

const WARM_UP = 10

/**
 * Server time as a client on the same machine sees it: sequential requests after a warm-up.
 * `url` may make a new address per request (the directory's unseen filter combinations).
 */
async function timeRequests(target: string | (() => string), samples = SAMPLES) {
  const times: number[] = []
  let bytes = 0
  // the first requests after a start compile and fill caches: steady state is what is measured
  for (let i = 0; i < samples + WARM_UP; i += 1) {
    const url = typeof target === 'string' ? target : target()
    const started = performance.now()
    // uncompressed, as the load rows ask: unpacking a gzip answer took this client 1 ms of the
    // same two cores, not the server's time (compressing a page takes the server 0.2–0.5 ms)
    const response = await fetch(url, { headers: { 'accept-encoding': 'identity' } })
    const body = await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    if (i >= WARM_UP) times.push(performance.now() - started)
    bytes = body.byteLength
  }
  return { ...quantiles(times), kB: Math.round(bytes / 1024) }
}

/**
 * The machine's CPU time so far, in clock ticks, from /proc/stat: all of it and the part the
 * hypervisor gave to other guests ("steal"). On a shared virtual machine that part can reach a
 * third while a row runs, and every timing with it — so each row, sequential or under load,
 * prints its share.
 */
function cpuTicks(): { total: number; steal: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]
  const values = line.trim().split(/\s+/).slice(1).map(Number)
  // user nice system idle iowait irq softirq steal (guest time is counted in user already)
  return { total: values.slice(0, 8).reduce((sum, value) => sum + value, 0), steal: values[7] ?? 0 }
}
const stolenPercent = (before: ReturnType<typeof cpuTicks>, after: ReturnType<typeof cpuTicks>) =>
  after.total > before.total
    ? Math.round((1000 * (after.steal - before.steal)) / (after.total - before.total)) / 10
    : 0

/** Peak resident memory (VmHWM) of the server's processes, summed over its process group. */
function peakMemoryMb(groupId: number): number {
  const listed = spawnSync('ps', ['-o', 'pid=', '-g', String(groupId)], { encoding: 'utf8' }).stdout
  let kb = 0
  for (const pid of listed.split(/\s+/).filter(Boolean)) {
    try {
      const match = /VmHWM:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (match) kb += Number(match[1])
    } catch {
      // the process ended meanwhile
    }
  }
  return Math.round(kb / 1024)
}

/** JavaScript a first visit downloads: the page's <script src> files, gzip-compressed. */
async function firstLoadJs(url: string) {
  return scriptsOf(await (await fetch(url)).text(), url)
}

/**
 * The scripts of a page and their size, gzip-compressed: the build's from its files, a page's
 * own (the centres' map, served by a route) from the server at `base`.
 */
async function scriptsOf(html: string, base?: string) {
  // noModule scripts are polyfills only browsers without ES modules download
  const tags = [...html.matchAll(/<script[^>]*>/g)]
    .map((match) => match[0])
    .filter((tag) => !/nomodule/i.test(tag))
  const sources = [
    ...new Set(
      tags
        .map((tag) => /src="([^"]+\.js)[^"]*"/.exec(tag)?.[1])
        .filter((src): src is string => Boolean(src)),
    ),
  ]
  let gzip = 0
  for (const source of sources) {
    const code = source.startsWith('/_next/')
      ? fs.readFileSync(path.join('.next', decodeURIComponent(source.slice('/_next/'.length))))
      : Buffer.from(await (await fetch(new URL(source, base))).arrayBuffer())
    gzip += zlib.gzipSync(code).byteLength
  }
  return { scripts: sources.length, sources, kB: Math.round((gzip / 1024) * 10) / 10 }
}

/** The App Router's own floor: what the build's prerendered 404 page loads (gzip kB). */
const floorScripts = () => scriptsOf(fs.readFileSync('.next/server/app/_not-found.html', 'utf8'))

type Load = {
  requestsPerSecond: number
  p50: number
  p95: number
  p975: number
  p99: number
  errors: number
  /** % of the machine's CPU the host gave to other guests during the measurement */
  stolen?: number
}

function runLoad(url: string, seconds = 10, connections = LOAD_CONNECTIONS): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['scripts/bench/load.mjs', url, String(seconds), String(connections)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    )
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(out.trim().split('\n').pop()!))
        : reject(new Error(`load exited ${code}`)),
    )
  })
}

/** What a data set holds, as the sizes of a generated one are reported. */
async function countRows(file: string) {
  const { createClient } = await import('@libsql/client')
  const client = createClient({ url: `file:${file}` })
  const count = async (table: string) =>
    String((await client.execute(`select count(*) as n from ${table}`)).rows[0].n)
  try {
    return {
      BENCH_CENTRES: await count('centres'),
      BENCH_ORGANISATIONS: await count('organisations'),
      BENCH_CASE_STUDIES: await count('case_studies'),
      BENCH_EVENTS: await count('events'),
      BENCH_REGISTRATIONS: await count('event_registrations'),
    }
  } finally {
    client.close()
  }
}

const report: Record<string, unknown> = {
  startedAt: new Date().toISOString(),
  machine: {
    cpus: os.cpus().length,
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  sizes,
}
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-bench-'))
let server: ReturnType<typeof spawn> | undefined
try {
  if (!options.has('--skip-build') || !fs.existsSync('.next/BUILD_ID')) {
    step('Building the production site (npm run build)')
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
    if (built.status !== 0) throw new Error('the build failed')
  }

  const { baseURL, env } = await serverEnv(dir, {
    DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
    SEED_ADMIN_PASSWORD: 'bench password 1',
    ...sizes,
    ...(options.has('--no-page-cache') ? { PAGE_CACHE_MB: '0' } : {}),
  })
  report.pageCache = !options.has('--no-page-cache')
  if (existingDb) {
    step(`Measuring a copy of ${existingDb} (not generated), brought to the current migrations`)
    fs.copyFileSync(existingDb, path.join(dir, 'bench.db'))
    const migrated = spawnSync(
      process.execPath,
      ['scripts/run-ts.mjs', 'src/db/run-migrations.ts'],
      { env, stdio: ['ignore', 'ignore', 'inherit'] },
    )
    if (migrated.status !== 0) throw new Error('migrating the copied data set failed')
    report.sizes = await countRows(path.join(dir, 'bench.db'))
    report.dataSet = existingDb
  } else {
    step(
      `Generating ${Number(sizes.BENCH_CENTRES).toLocaleString('en')} centres, ${Number(sizes.BENCH_ORGANISATIONS).toLocaleString('en')} organisations, ${Number(sizes.BENCH_CASE_STUDIES).toLocaleString('en')} case studies, ${Number(sizes.BENCH_EVENTS).toLocaleString('en')} events, ${Number(sizes.BENCH_REGISTRATIONS).toLocaleString('en')} registrations (four languages) in ${dir}`,
    )
    const generateStarted = performance.now()
    const generated = spawnSync(
      process.execPath,
      ['scripts/run-ts.mjs', 'scripts/bench/generate.ts'],
      {
        env: { ...env, SCRIPT_TIMEOUT_SECONDS: '3000' },
        stdio: ['ignore', 'ignore', 'inherit'],
      },
    )
    if (generated.status !== 0) throw new Error('generating the data failed')
    report.generateSeconds = Math.round((performance.now() - generateStarted) / 100) / 10
  }
  report.databaseMb = Math.round(fs.statSync(path.join(dir, 'bench.db')).size / 2 ** 20)

  step('Starting the production server')
  server = await startServer(dir, baseURL, env)

  const caseStudy = await firstLink(`${baseURL}/sk/good-practice`, '/sk/good-practice')
  const event = await firstLink(`${baseURL}/sk/events`, '/sk/events')
  const centre = await firstLink(`${baseURL}/sk/centres`, '/sk/centres')
  // the directory's rows ask a filter combination no request asked before each time: not
  // answered by the page cache or the index's recent searches (the unfiltered list has one
  // combination: each request asks a page not yet asked)
  const unseen = unseenQueries(await directoryVocabulary(baseURL))
  let listPage = 1
  // the same-run reference of the sequential rows: a page that reads nothing, rendered per
  // request (a query string nobody asked before misses the page cache) — the framework's floor,
  // which moves with the machine as the directory's rows do
  let floorPage = 0
  // the events list a page not asked before each time, upcoming and past in turn: its own
  // queries and seat counts, not the page cache (past the last page, an empty list)
  let eventPage = 0
  const unseenEventPage = () => {
    eventPage += 1
    const page = Math.ceil(eventPage / 2) + 1
    return eventPage % 2 ? `/sk/events?page=${page}` : `/sk/events?when=past&page=${page}`
  }
  const routes: Record<string, string | (() => string)> = {
    [FLOOR]: () => `/sk/about?n=${(floorPage += 1)}`,
    'directory, no filter': () => `/sk/centres?page=${(listPage += 1)}`,
    'directory, 1 filter': () => `/sk/centres?${unseen.filters(1)}`,
    'directory, 3 filters': () => `/sk/centres?${unseen.filters(3)}`,
    'directory, text + filter': () => `/hu/centres?${unseen.text()}`,
    'directory map points': () => `/sk/centres/map.json?${unseen.filters(2)}`,
    'search (no accents)': '/cs/search?q=prunerov',
    'event listing': '/sk/events',
    'event listing, unseen page': unseenEventPage,
    'case-study page': caseStudy,
    'centre page': centre,
    'open data CSV': '/api/open-data/centres.csv?locale=sk',
  }
  step(
    `Server time, ${SAMPLES} sequential requests each, the directory's ${DIRECTORY_SAMPLES} (after ${WARM_UP} to warm up)`,
  )
  const timings: Record<string, ReturnType<typeof quantiles> & { kB: number; stolen: number }> = {}
  for (const [name, route] of Object.entries(routes)) {
    const before = cpuTicks()
    const measured = await timeRequests(
      typeof route === 'string' ? `${baseURL}${route}` : () => `${baseURL}${route()}`,
      name === 'open data CSV'
        ? 10
        : name.startsWith('directory') || name === FLOOR
          ? DIRECTORY_SAMPLES
          : SAMPLES,
    )
    timings[name] = { ...measured, stolen: stolenPercent(before, cpuTicks()) }
    console.log(
      `  ${name.padEnd(26)} p50 ${String(timings[name].p50).padStart(7)} ms  p95 ${String(timings[name].p95).padStart(7)} ms  p99 ${String(timings[name].p99).padStart(7)} ms  ${timings[name].kB} kB  CPU stolen by the host ${timings[name].stolen} %`,
    )
  }
  report.serverTime = timings
  report.peakServerMemoryMbAfterServerTime = peakMemoryMb(server.pid!)
  console.log(`  peak server memory so far ${report.peakServerMemoryMbAfterServerTime} MB`)

  step(`The organiser's door list of ${DOOR_LIST_SIZE.toLocaleString('en')} registrants, signed in`)
  try {
    const doorList = await measureDoorList(baseURL, 'bench password 1')
    for (const row of doorList)
      console.log(
        `  ${row.view.padEnd(26)} p50 ${String(row.p50).padStart(7)} ms  p95 ${String(row.p95).padStart(7)} ms  ${row.kB} kB`,
      )
    report.doorList = doorList
  } catch (error) {
    // a data set given with --db may have been generated with fewer registrations
    if (!(existingDb && error instanceof DoorListMissing)) throw error
    console.log(`  not measured: ${error.message}`)
    report.doorList = { notMeasured: error.message }
  }

  const organisation = await firstLink(`${baseURL}/sk/organisations`, '/sk/organisations')
  const strategy = await firstLink(`${baseURL}/sk/strategies`, '/sk/strategies')
  // every anonymous public page against a page this build prerendered, side by side: the
  // reference first and last, so a machine that slows down during the run shows
  const REFERENCE = '/manifest.webmanifest'
  const publicPages: Record<string, string> = {
    home: '/sk',
    directory: '/sk/centres',
    'directory, 2 filters': '/sk/centres?country=SK&language=rom',
    centre,
    organisation,
    'good practice': '/sk/good-practice',
    'case study': caseStudy,
    impact: '/sk/impact',
    events: '/sk/events',
    event,
    strategies: '/sk/strategies',
    strategy,
    'working groups': '/sk/working-groups',
  }
  step(`Load: ${LOAD_CONNECTIONS} connections for 10 s each, from a second process`)
  const load: Record<string, Load> = {}
  // each address gets 2 s of the same load first, not counted: the first requests to a route
  // load its code (routes are loaded on first use) and warm the JIT
  const measure = async (name: string, route: string) => {
    await runLoad(`${baseURL}${route}`, 2)
    const before = cpuTicks()
    load[name] = await runLoad(`${baseURL}${route}`)
    load[name].stolen = stolenPercent(before, cpuTicks())
    console.log(
      `  ${name.padEnd(22)} ${String(load[name].requestsPerSecond).padStart(7)} req/s  p97.5 ${String(load[name].p975).padStart(5)} ms  errors ${load[name].errors}  CPU stolen by the host ${load[name].stolen} %`,
    )
  }
  // for orientation, not a budget: a file Next serves from disk without its render pipeline
  const frameworkScript = (await floorScripts()).sources[0]
  await measure('framework script', frameworkScript)
  await measure('static reference', REFERENCE)
  for (const [name, route] of Object.entries(publicPages)) await measure(name, route)
  await measure('static reference, again', REFERENCE)
  const reference =
    (load['static reference'].requestsPerSecond +
      load['static reference, again'].requestsPerSecond) /
    2
  const ratios = Object.fromEntries(
    Object.keys(publicPages).map((name) => {
      const ratio = Math.round((load[name].requestsPerSecond / reference) * 100) / 100
      const met =
        ratio >= BUDGET.ratioToStatic && load[name].p975 <= BUDGET.p975Ms && load[name].errors === 0
      return [name, { route: publicPages[name], ...load[name], ratio, met }]
    }),
  )
  report.load = load
  report.peakServerMemoryMbAfterLoad = peakMemoryMb(server.pid!)
  console.log(`  peak server memory so far ${report.peakServerMemoryMbAfterLoad} MB`)
  report.ratios = { reference: REFERENCE, referenceRequestsPerSecond: reference, pages: ratios }

  step('First-load JavaScript per public page template (gzip)')
  const templates = await publicTemplates(baseURL, 'sk')
  const javascript: Record<
    string,
    { scripts: number; kB: number; framework: boolean; overFloorKb: number }
  > = {}
  const floor = await floorScripts()
  const floorKb = floor.kB
  for (const [name, route] of Object.entries(templates)) {
    const { scripts, sources, kB } = await firstLoadJs(`${baseURL}${route}`)
    // a page sent without the framework (src/cache/readOnlyPages.js) adds all it loads, its own
    const framework = floor.sources.some((source) => sources.includes(source))
    const over = framework ? kB - floorKb : kB
    javascript[name] = { scripts, kB, framework, overFloorKb: Math.round(over * 10) / 10 }
  }
  report.firstLoadJs = { floorKb, templates: javascript }

  step(
    'Admin edit views: time until the form accepts input (Chromium), median of 3 after a warm-up',
  )
  ensureChromium()
  const editViews = await measureEditViews(baseURL, 'bench password 1', 3)
  report.editViews = editViews
  // the admin's edit views load its own bundle (Payload's UI, the rich-text editor) into the server
  report.peakServerMemoryMb = peakMemoryMb(server.pid!)
  console.log(`  peak server memory with the admin ${report.peakServerMemoryMb} MB`)

  if (!options.has('--skip-lighthouse')) {
    const runs = Number(option('--lighthouse-runs') ?? 3)
    step(`Lighthouse (mobile) on every public template in two languages, median of ${runs} runs`)
    ensureChromium()
    process.env.CHROME_PATH ??= CHROMIUM
    const scores: Record<string, LighthouseScores & { runs: number[] }> = {}
    for (const locale of ['sk', 'hu']) {
      for (const [name, route] of Object.entries(await publicTemplates(baseURL, locale))) {
        const label = `${name} (${locale})`
        scores[label] = await medianLighthouse(`${baseURL}${route}`, dir, runs)
        console.log(`  ${label.padEnd(28)} ${JSON.stringify(scores[label])}`)
      }
    }
    report.lighthouse = scores
  }

  // the table
  const directoryWorst = Math.max(
    ...[
      'directory, no filter',
      'directory, 1 filter',
      'directory, 3 filters',
      'directory, text + filter',
      'directory map points',
    ].map((name) => timings[name].p95),
  )
  const jsWorst = Math.max(...Object.values(javascript).map((entry) => entry.overFloorKb))
  const editViewWorst = Math.max(...editViews.map((entry) => entry.medianMs))
  const loadErrors = Object.values(load).reduce<number>((sum, entry) => sum + entry.errors, 0)
  report.budgets = {
    directoryP95: {
      budgetMs: BUDGET.directoryP95Ms,
      worstMs: directoryWorst,
      floorP95Ms: timings[FLOOR].p95,
      met: directoryWorst <= BUDGET.directoryP95Ms,
    },
    firstLoadJs: {
      floorKb,
      budgetOverFloorKb: BUDGET.firstLoadJsOverFloorKb,
      worstOverFloorKb: jsWorst,
      met: jsWorst <= BUDGET.firstLoadJsOverFloorKb,
    },
    loadErrors: { budget: 0, errors: loadErrors, met: loadErrors === 0 },
    publicPagesAtHalfStatic: { met: Object.values(ratios).every((entry) => entry.met) },
    editView: {
      budgetMs: BUDGET.editViewMs,
      worstMs: editViewWorst,
      met: editViewWorst <= BUDGET.editViewMs,
    },
  }
  console.log(
    '\n| measure | p50 ms | p95 ms | p99 ms | CPU stolen by the host |\n| --- | ---: | ---: | ---: | ---: |',
  )
  for (const [name, t] of Object.entries(timings))
    console.log(`| ${name} | ${t.p50} | ${t.p95} | ${t.p99} | ${t.stolen} % |`)
  console.log(
    `\n| under load (${LOAD_CONNECTIONS} connections, 10 s each) | requests/s | ÷ static | p97.5 ms | errors | ≥ ${BUDGET.ratioToStatic}×, ≤ ${BUDGET.p975Ms} ms, 0 errors |\n| --- | ---: | ---: | ---: | ---: | :---: |`,
  )
  console.log(
    `| static reference (\`${REFERENCE}\`, prerendered; mean of first and last) | ${Math.round(reference)} | 1 | ${load['static reference'].p975} / ${load['static reference, again'].p975} | ${load['static reference'].errors + load['static reference, again'].errors} | |`,
  )
  for (const [name, entry] of Object.entries(ratios))
    console.log(
      `| ${name} | ${entry.requestsPerSecond} | ${entry.ratio} | ${entry.p975} | ${entry.errors} | ${entry.met ? '✓' : '✗'} |`,
    )
  const script = load['framework script']
  console.log(
    `| for orientation: a framework script (\`/_next/static/…\`, from disk) | ${script.requestsPerSecond} | ${Math.round((script.requestsPerSecond / reference) * 100) / 100} | ${script.p975} | ${script.errors} | |`,
  )
  console.log(
    `\n| template | first-load JS (gzip kB) | over the floor (${floorKb} kB) |\n| --- | ---: | ---: |`,
  )
  for (const [name, entry] of Object.entries(javascript))
    console.log(
      `| ${name} | ${entry.kB} | +${entry.overFloorKb}${entry.framework ? '' : ' (no framework)'} |`,
    )
  console.log(`\n${editViewTable(editViews)}`)
  if (report.lighthouse) {
    console.log(
      '\n| Lighthouse (mobile), medians | performance (runs) | LCP ms | TBT ms | accessibility | best practices | SEO |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    )
    for (const [name, s] of Object.entries(
      report.lighthouse as Record<string, LighthouseScores & { runs: number[] }>,
    ))
      console.log(
        `| ${name} | ${s.performance} (${s.runs.join(', ')}) | ${s.lcpMs} | ${s.tbtMs} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`,
      )
  }
  console.log(
    `\n${report.dataSet ? `Data set ${report.dataSet as string}, ${JSON.stringify(report.sizes)}` : `Generated in ${report.generateSeconds} s`} (database ${report.databaseMb} MB); peak server memory ${report.peakServerMemoryMb} MB.`,
  )
  const budgets = report.budgets as Record<string, { met: boolean }>
  console.log(
    `Budgets: directory p95 ${directoryWorst} ms of ${BUDGET.directoryP95Ms} ${budgets.directoryP95.met ? '✓' : '✗'} (the floor's p95 in this run ${timings[FLOOR].p95} ms) · first-load JS +${jsWorst} kB over the floor of ${floorKb}, of +${BUDGET.firstLoadJsOverFloorKb} ${budgets.firstLoadJs.met ? '✓' : '✗'} · errors under load ${loadErrors} ${budgets.loadErrors.met ? '✓' : '✗'} · every public page ≥ ${BUDGET.ratioToStatic}× static with p97.5 ≤ ${BUDGET.p975Ms} ms ${budgets.publicPagesAtHalfStatic.met ? '✓' : '✗'} · slowest edit view ${editViewWorst} ms of ${BUDGET.editViewMs} ${budgets.editView.met ? '✓' : '✗'}`,
  )

  fs.mkdirSync('bench-results', { recursive: true })
  const file = path.join(
    'bench-results',
    `bench-${report.startedAt as string}.json`.replace(/:/g, '-'),
  )
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`Figures written to ${file}`)
} finally {
  if (server) stopServer(server)
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
