// Runs one of our TypeScript scripts (seed, migrations) with tsx.
// Why not `payload run`: on Node 20 tsx resolves imports in a loader thread that does not keep
// the event loop alive, so a cold start can end the process mid-import (exit 13, or a silent
// exit 0 under `payload run`, seen here). A timer held for the script's lifetime prevents it.
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { tsImport } from 'tsx/esm/api'

const script = process.argv[2]
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts>')
  process.exit(2)
}
const keepAlive = setInterval(() => {}, 1 << 30)
try {
  await tsImport(pathToFileURL(path.resolve(script)).href, import.meta.url)
} finally {
  clearInterval(keepAlive)
}
