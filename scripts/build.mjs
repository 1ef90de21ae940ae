// `npm run build` (and the test command's build): Next's production build, then two steps on
// its output — V8 compile hints on the framework's scripts (scripts/compile-hints.mjs) and the
// public pages' stylesheets written into their <head> (scripts/inline-public-css.mjs), and the
// list of the scripts a page without islands loads (scripts/read-only-scripts.mjs).
import { bin, run } from './lib.mjs'

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' }
let code = await run(bin('next'), ['build'], { env })
for (const step of [
  'scripts/compile-hints.mjs',
  'scripts/inline-public-css.mjs',
  'scripts/read-only-scripts.mjs',
])
  if (code === 0) code = await run(process.execPath, [step])
process.exit(code)
