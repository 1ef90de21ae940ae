// Runs one of our TypeScript scripts (seed, migrations, generators) with tsx.
// Why not `payload run` / `npx payload`: on Node 20 tsx resolves imports in a loader thread
// that does not keep the event loop alive, so a cold start can end the process mid-import or
// mid-await (exit 13, or a silent exit 0 — both seen here). A timer keeps the process alive
// until the script itself calls process.exit(), which every script under src/ that is run
// this way does when it is done.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const script = process.argv[2]
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]')
  process.exit(2)
}
setInterval(() => {}, 1 << 30)
try {
  await tsImport(pathToFileURL(path.resolve(script)).href, import.meta.url)
} catch (error) {
  console.error(error)
  process.exit(1)
}
