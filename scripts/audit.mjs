// `npm audit --omit=dev`: fails on any high or critical advisory in what production runs.
// When the registry offers no audit service (mirrors, offline machines) it says so and passes:
// there is nothing to check against, and failing would block every change.
import { spawnSync } from 'node:child_process'

const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' })
let report
try {
  report = JSON.parse(run.stdout || '{}')
} catch {
  report = {}
}
const counts = report.metadata?.vulnerabilities
if (!counts) {
  const reason =
    report.error?.summary ||
    report.message ||
    (run.stderr || '').trim().split('\n').pop() ||
    'no report'
  console.warn(
    `npm audit: the registry's audit service is not available here (${reason}); nothing checked.`,
  )
  process.exit(0)
}
const serious = (counts.high ?? 0) + (counts.critical ?? 0)
console.log(`npm audit (production dependencies): ${JSON.stringify(counts)}`)
if (serious > 0) {
  console.error(`npm audit: ${serious} high or critical advisories in production dependencies.`)
  process.exit(1)
}
