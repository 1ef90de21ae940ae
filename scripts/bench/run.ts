// `npm run bench`: builds the site, fills a throw-away SQLite file with a large data set, serves
// it with `next start` and measures it. Prints a table and writes the figures as JSON
// (bench-results/) so runs can be compared. Options: --skip-build (reuse .next), --small (a
// tenth of the data, for a quick look), --skip-lighthouse.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import zlib from 'node:zlib'

import { serverEnv, startServer, stopServer } from '../../tests/helpers/server'
import { CHROMIUM, ensureChromium } from '../lib.mjs'
import { editViewTable, measureEditViews } from './editViews'
import { runLighthouse, type LighthouseScores } from './lighthouse'

const options = new Set(process.argv.slice(3))
const small = options.has('--small')
const sizes = {
  BENCH_CENTRES: small ? '1000' : '10000',
  BENCH_ORGANISATIONS: small ? '200' : '2000',
  BENCH_CASE_STUDIES: small ? '200' : '2000',
  BENCH_EVENTS: small ? '500' : '5000',
  BENCH_REGISTRATIONS: small ? '5000' : '50000',
}
const BUDGET = { directoryP95Ms: 50, firstLoadJsKb: 110, editViewMs: 2000 }
const SAMPLES = 50

const step = (text: string) => console.log(`\n▶ ${text}`)
const ms = (value: number) => Math.round(value * 10) / 10

function quantiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { p50: ms(at(0.5)), p95: ms(at(0.95)), p99: ms(at(0.99)) }
}

const WARM_UP = 10

/** Server time as a client on the same machine sees it: sequential requests after a warm-up. */
async function timeRequests(url: string, samples = SAMPLES) {
  const times: number[] = []
  let bytes = 0
  // the first requests after a start compile and fill caches: steady state is what is measured
  for (let i = 0; i < samples + WARM_UP; i += 1) {
    const started = performance.now()
    const response = await fetch(url)
    const body = await response.arrayBuffer()
    if (!response.ok) throw new Error(`${url} answered ${response.status}`)
    if (i >= WARM_UP) times.push(performance.now() - started)
    bytes = body.byteLength
  }
  return { ...quantiles(times), kB: Math.round(bytes / 1024) }
}

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
  const html = await (await fetch(url)).text()
  // noModule scripts are polyfills only browsers without ES modules download
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((match) => match[0]).filter((tag) => !/nomodule/i.test(tag))
  const sources = [...new Set(tags.map((tag) => /src="([^"]+\.js)[^"]*"/.exec(tag)?.[1]).filter((src): src is string => Boolean(src)))]
  let gzip = 0
  for (const source of sources) {
    const file = path.join('.next', decodeURIComponent(source.replace(/^\/_next\//, '')))
    gzip += zlib.gzipSync(fs.readFileSync(file)).byteLength
  }
  return { scripts: sources.length, kB: Math.round((gzip / 1024) * 10) / 10 }
}

function runLoad(url: string, seconds = 10): Promise<Record<string, number | string | Record<string, number>>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['scripts/bench/load.mjs', url, String(seconds), '10'], { stdio: ['ignore', 'pipe', 'inherit'] })
    let out = ''
    child.stdout.on('data', (chunk) => (out += chunk))
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out.trim().split('\n').pop()!)) : reject(new Error(`load exited ${code}`))))
  })
}

const firstLink = async (url: string, prefix: string) => {
  const html = await (await fetch(url)).text()
  const match = new RegExp(`href="(${prefix}/[a-z0-9-]+)"`).exec(html)
  if (!match) throw new Error(`no link to ${prefix}/… on ${url}`)
  return match[1]
}

const report: Record<string, unknown> = { startedAt: new Date().toISOString(), machine: { cpus: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), node: process.version }, sizes }
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-bench-'))
let server: ReturnType<typeof spawn> | undefined
try {
  if (!options.has('--skip-build') || !fs.existsSync('.next/BUILD_ID')) {
    step('Building the production site (npm run build)')
    const built = spawnSync('npm', ['run', 'build'], { stdio: 'inherit' })
    if (built.status !== 0) throw new Error('the build failed')
  }

  const { baseURL, env } = await serverEnv(dir, { DATABASE_URI: `file:${path.join(dir, 'bench.db')}`, SEED_ADMIN_PASSWORD: 'bench password 1', ...sizes })
  step(`Generating ${Number(sizes.BENCH_CENTRES).toLocaleString('en')} centres, ${Number(sizes.BENCH_ORGANISATIONS).toLocaleString('en')} organisations, ${Number(sizes.BENCH_CASE_STUDIES).toLocaleString('en')} case studies, ${Number(sizes.BENCH_EVENTS).toLocaleString('en')} events, ${Number(sizes.BENCH_REGISTRATIONS).toLocaleString('en')} registrations (four languages) in ${dir}`)
  const generateStarted = performance.now()
  const generated = spawnSync(process.execPath, ['scripts/run-ts.mjs', 'scripts/bench/generate.ts'], {
    env: { ...env, SCRIPT_TIMEOUT_SECONDS: '3000' },
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  if (generated.status !== 0) throw new Error('generating the data failed')
  report.generateSeconds = Math.round((performance.now() - generateStarted) / 100) / 10
  report.databaseMb = Math.round(fs.statSync(path.join(dir, 'bench.db')).size / 2 ** 20)

  step('Starting the production server')
  server = await startServer(dir, baseURL, env)

  const caseStudy = await firstLink(`${baseURL}/sk/good-practice`, '/sk/good-practice')
  const event = await firstLink(`${baseURL}/sk/events`, '/sk/events')
  const centre = await firstLink(`${baseURL}/sk/centres`, '/sk/centres')
  const routes: Record<string, string> = {
    'directory, no filter': '/sk/centres',
    'directory, 1 filter': '/sk/centres?country=SK',
    'directory, 3 filters': '/sk/centres?country=SK&language=rom&form=field',
    'directory, text + filter': '/hu/centres?q=Eger&country=HU',
    'search (no accents)': '/cs/search?q=prunerov',
    'event listing': '/sk/events',
    'case-study page': caseStudy,
    'centre page': centre,
    'open data CSV': '/api/open-data/centres.csv?locale=sk',
  }
  step(`Server time, ${SAMPLES} sequential requests each (after ${WARM_UP} to warm up)`)
  const timings: Record<string, ReturnType<typeof quantiles> & { kB: number }> = {}
  for (const [name, route] of Object.entries(routes)) {
    timings[name] = await timeRequests(`${baseURL}${route}`, name === 'open data CSV' ? 10 : SAMPLES)
    console.log(`  ${name.padEnd(26)} p50 ${String(timings[name].p50).padStart(7)} ms  p95 ${String(timings[name].p95).padStart(7)} ms  p99 ${String(timings[name].p99).padStart(7)} ms  ${timings[name].kB} kB`)
  }
  report.serverTime = timings

  step('Load: 10 connections for 10 s each, from a second process')
  const load: Record<string, unknown> = {}
  for (const [name, route] of Object.entries({ home: '/sk', directory: '/sk/centres', 'event page': event })) {
    load[name] = await runLoad(`${baseURL}${route}`)
    console.log(`  ${name.padEnd(12)} ${JSON.stringify(load[name])}`)
  }
  report.load = load

  step('First-load JavaScript per public page template (gzip)')
  const templates: Record<string, string> = {
    home: '/sk',
    directory: '/sk/centres',
    centre,
    organisations: '/sk/organisations',
    'good practice': '/sk/good-practice',
    'case study': caseStudy,
    impact: '/sk/impact',
    events: '/sk/events',
    event,
    strategies: '/sk/strategies',
    'working groups': '/sk/working-groups',
    search: '/sk/search?q=centrum',
    register: '/sk/register',
    login: '/sk/login',
    about: '/sk/about',
  }
  const javascript: Record<string, { scripts: number; kB: number }> = {}
  for (const [name, route] of Object.entries(templates)) javascript[name] = await firstLoadJs(`${baseURL}${route}`)
  report.firstLoadJs = javascript

  step('Admin edit views: time until the form accepts input (Chromium), median of 3 after a warm-up')
  ensureChromium()
  const editViews = await measureEditViews(baseURL, 'bench password 1', 3)
  report.editViews = editViews
  report.peakServerMemoryMb = peakMemoryMb(server.pid!)

  if (!options.has('--skip-lighthouse')) {
    step('Lighthouse (mobile) on five pages in two locales')
    ensureChromium()
    process.env.CHROME_PATH ??= CHROMIUM
    const pages = { home: '/sk', directory: '/sk/centres', centre, 'case study': caseStudy, event }
    const scores: Record<string, LighthouseScores> = {}
    for (const locale of ['sk', 'hu']) {
      for (const [name, route] of Object.entries(pages)) {
        const url = `${baseURL}${route.replace(/^\/sk/, `/${locale}`)}`
        scores[`${name} (${locale})`] = await runLighthouse(url, dir)
        console.log(`  ${`${name} (${locale})`.padEnd(20)} ${JSON.stringify(scores[`${name} (${locale})`])}`)
      }
    }
    report.lighthouse = scores
  }

  // the table
  const directoryWorst = Math.max(...['directory, no filter', 'directory, 1 filter', 'directory, 3 filters'].map((name) => timings[name].p95))
  const jsWorst = Math.max(...Object.values(javascript).map((entry) => entry.kB))
  const editViewWorst = Math.max(...editViews.map((entry) => entry.medianMs))
  const loadErrors = Object.values(load).reduce<number>((sum, entry) => sum + Number((entry as { errors: number }).errors), 0)
  report.budgets = {
    directoryP95: { budgetMs: BUDGET.directoryP95Ms, worstMs: directoryWorst, met: directoryWorst <= BUDGET.directoryP95Ms },
    firstLoadJs: { budgetKb: BUDGET.firstLoadJsKb, worstKb: jsWorst, met: jsWorst <= BUDGET.firstLoadJsKb },
    loadErrors: { budget: 0, errors: loadErrors, met: loadErrors === 0 },
    editView: { budgetMs: BUDGET.editViewMs, worstMs: editViewWorst, met: editViewWorst <= BUDGET.editViewMs },
  }
  console.log('\n| measure | p50 ms | p95 ms | p99 ms |\n| --- | ---: | ---: | ---: |')
  for (const [name, t] of Object.entries(timings)) console.log(`| ${name} | ${t.p50} | ${t.p95} | ${t.p99} |`)
  console.log('\n| under load (10 connections, 10 s) | requests/s | p95 ms | errors |\n| --- | ---: | ---: | ---: |')
  for (const [name, entry] of Object.entries(load) as [string, Record<string, number>][]) console.log(`| ${name} | ${entry.requestsPerSecond} | ${entry.p95} | ${entry.errors} |`)
  console.log('\n| template | first-load JS (gzip kB) |\n| --- | ---: |')
  for (const [name, entry] of Object.entries(javascript)) console.log(`| ${name} | ${entry.kB} |`)
  console.log(`\n${editViewTable(editViews)}`)
  if (report.lighthouse) {
    console.log('\n| Lighthouse (mobile) | performance | accessibility | best practices | SEO |\n| --- | ---: | ---: | ---: | ---: |')
    for (const [name, s] of Object.entries(report.lighthouse as Record<string, LighthouseScores>)) console.log(`| ${name} | ${s.performance} | ${s.accessibility} | ${s.bestPractices} | ${s.seo} |`)
  }
  console.log(`\nGenerated in ${report.generateSeconds} s (database ${report.databaseMb} MB); peak server memory ${report.peakServerMemoryMb} MB.`)
  const budgets = report.budgets as Record<string, { met: boolean }>
  console.log(`Budgets: directory p95 ${directoryWorst} ms of ${BUDGET.directoryP95Ms} ${budgets.directoryP95.met ? '✓' : '✗'} · first-load JS ${jsWorst} kB of ${BUDGET.firstLoadJsKb} ${budgets.firstLoadJs.met ? '✓' : '✗'} · errors under load ${loadErrors} ${budgets.loadErrors.met ? '✓' : '✗'} · slowest edit view ${editViewWorst} ms of ${BUDGET.editViewMs} ${budgets.editView.met ? '✓' : '✗'}`)

  fs.mkdirSync('bench-results', { recursive: true })
  const file = path.join('bench-results', `bench-${report.startedAt as string}.json`.replace(/:/g, '-'))
  fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  console.log(`Figures written to ${file}`)
} finally {
  if (server) stopServer(server)
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
