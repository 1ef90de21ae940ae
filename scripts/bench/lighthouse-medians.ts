// `npm run bench:lighthouse`: Lighthouse (mobile, its default throttling) on every public
// template of the production build, served as `npm start` serves it with the demo data, three
// runs per page and their median. Needs a build (`npm run build`). Options:
//   --only home,directory   templates by name (see scripts/bench/templates.ts), else all
//   --locales sk,hu         languages (sk and hu unless told)
//   --runs 3                runs per page
//   --details               where the median run's time went (scripts, long tasks, LCP)
//   --keep DIR              keep every run's JSON report in DIR
// Prints a markdown table of medians with the load average while each page ran.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { seedDatabase, serverEnv, startServer, stopServer } from '../../tests/helpers/server'
import { CHROMIUM, ensureChromium } from '../lib.mjs'
import { describeRun, medianLighthouse, type LighthouseScores } from './lighthouse'
import { fetchAgain, publicTemplates } from './templates'

const args = process.argv.slice(3)
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined)
const list = (value: string | undefined) =>
  value
    // a comma followed by a space belongs to a name ("directory, filtered")
    ?.split(/,(?! )/)
    .map((item) => item.trim())
    .filter(Boolean)
const only = list(option('--only'))
const locales = list(option('--locales')) ?? ['sk', 'hu']
const runs = Number(option('--runs') ?? 3)
const keep = option('--keep')
if (!(Number.isInteger(runs) && runs > 0)) throw new Error('--runs takes a whole number')
if (!fs.existsSync('.next/BUILD_ID')) throw new Error('no production build: npm run build first')

const loadAverage = () => os.loadavg()[0].toFixed(1)
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-lighthouse-'))
let server: Awaited<ReturnType<typeof startServer>> | undefined
try {
  const { baseURL, env } = await serverEnv(dir)
  console.log(`▶ Demo data in ${dir}`)
  seedDatabase(env)
  server = await startServer(dir, baseURL, env)
  ensureChromium()
  process.env.CHROME_PATH ??= CHROMIUM
  if (keep) fs.mkdirSync(keep, { recursive: true })

  const rows: string[] = []
  for (const locale of locales) {
    const templates = await publicTemplates(baseURL, locale)
    const unknown = only?.filter((name) => !(name in templates))
    if (unknown?.length)
      throw new Error(
        `unknown template ${unknown.join(', ')}: ${Object.keys(templates).join(', ')}`,
      )
    for (const [name, route] of Object.entries(templates)) {
      if (only && !only.includes(name)) continue
      const url = `${baseURL}${route}`
      // the first request renders the page (and fills the page cache), as for any visitor after
      // a change; Lighthouse measures the pages readers get
      await fetchAgain(url).then((response) => response.arrayBuffer())
      const before = loadAverage()
      const scores: LighthouseScores & { runs: number[] } = await medianLighthouse(url, dir, runs)
      const load = `${before}–${loadAverage()}`
      const label = `${name} (${locale})`
      console.log(`  ${label.padEnd(28)} ${scores.performance} (${scores.runs.join(', ')})`)
      if (args.includes('--details')) console.log(describeRun(scores.reportFile))
      if (keep)
        for (const file of fs.readdirSync(dir).filter((entry) => entry.startsWith('lighthouse-')))
          fs.renameSync(
            path.join(dir, file),
            path.join(keep, `${locale}-${name.replace(/\W+/g, '-')}-${file}`),
          )
      rows.push(
        `| ${label} | ${route} | ${scores.performance} (${scores.runs.join(', ')}) | ${scores.lcpMs} | ${scores.tbtMs} | ${scores.accessibility} | ${scores.bestPractices} | ${scores.seo} | ${load} | ${scores.failed.join(', ')} |`,
      )
    }
  }
  console.log(
    `\nLighthouse ${runs}× per page, medians (mobile), ${new Date().toISOString().slice(0, 16)}Z, ${os.cpus().length} cores\n`,
  )
  console.log(
    '| page | route | performance (runs) | LCP ms | TBT ms | accessibility | best practices | SEO | load average | audits below 0.9 in most runs |\n| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |',
  )
  for (const row of rows) console.log(row)
} finally {
  if (server) stopServer(server)
  fs.rmSync(dir, { recursive: true, force: true })
}
process.exit(0)
