// `npm test`: the whole suite — type check, integration tests on throw-away databases, the
// production build, and end-to-end tests in Debian's Chromium (installed here if missing).
// A failing layer does not hide the others: each runs and the summary names what failed.
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { bin, ensureChromium, ensureRedisServer, run } from './lib.mjs'

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

// `needs`: a step that cannot run without an earlier one (the browser tests need the build);
// every other step runs even when one before it failed, so one run reports every layer
const steps = [
  { name: 'format', run: () => run(bin('prettier'), ['--check', '--log-level', 'warn', '.']) },
  { name: 'lint', run: () => run(bin('eslint'), ['.']) },
  { name: 'type check', run: () => run(bin('tsc'), ['--noEmit']) },
  { name: 'integration tests', run: () => vitest('int', []) },
  { name: 'production build', run: () => run(process.execPath, ['scripts/build.mjs']) },
  {
    name: 'end-to-end tests',
    needs: 'production build',
    run: () => {
      ensureChromium()
      ensureRedisServer()
      return vitest('e2e', ['--config', 'vitest.e2e.config.ts'])
    },
  },
]

const failed = []
for (const step of steps) {
  if (step.needs && failed.includes(step.needs)) {
    console.info(`\n▷ ${step.name}: not run (${step.needs} failed)`)
    failed.push(step.name)
    continue
  }
  console.info(`\n▶ ${step.name}`)
  const started = Date.now()
  const code = await step.run()
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.info(`◀ ${step.name}: ${code === 0 ? 'ok' : `failed (exit ${code})`} in ${seconds} s`)
  if (code !== 0) failed.push(step.name)
}
if (failed.length > 0) {
  console.error(`\nFailed: ${failed.join(', ')}`)
  finish(1)
}
if (totals.passed === 0) {
  console.error('No test ran.')
  finish(1)
}
finish(0)
