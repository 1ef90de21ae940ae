// `npm test`: the whole suite — type check, integration tests on throw-away databases, the
// production build, and end-to-end tests in Debian's Chromium (installed here if missing).
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bin, ensureChromium, run } from './lib.mjs'

const reports = fs.mkdtempSync(path.join(os.tmpdir(), 'platform-test-reports-'))
const totals = { passed: 0, failed: 0, skipped: 0 }

async function vitest(name, args) {
  const report = path.join(reports, `${name}.json`)
  const code = await run(bin('vitest'), [
    'run',
    ...args,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${report}`,
  ])
  if (fs.existsSync(report)) {
    const result = JSON.parse(fs.readFileSync(report, 'utf8'))
    totals.passed += result.numPassedTests
    totals.failed += result.numFailedTests
    totals.skipped += result.numPendingTests + result.numTodoTests
  }
  return code
}

function finish(code) {
  console.info(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
  process.exit(code)
}

const steps = [
  ['type check', () => run(bin('tsc'), ['--noEmit'])],
  ['integration tests', () => vitest('int', [])],
  [
    'production build',
    () =>
      run(bin('next'), ['build'], {
        env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
      }),
  ],
  [
    'end-to-end tests',
    () => {
      ensureChromium()
      return vitest('e2e', ['--config', 'vitest.e2e.config.ts'])
    },
  ],
]

for (const [name, step] of steps) {
  console.info(`\n▶ ${name}`)
  const started = Date.now()
  const code = await step()
  console.info(`◀ ${name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  if (code !== 0) finish(code)
}
if (totals.passed === 0) {
  console.error('No test ran.')
  finish(1)
}
finish(0)
