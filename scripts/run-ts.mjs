// Runs one of our TypeScript scripts (seed, migrations, generators): bundles it with esbuild
// (our own code only; packages stay external) and imports the result with plain Node.
// Why not `payload run` / tsx: their loader thread on Node 20 adds failure modes of its own
// (a silent exit 0, or a hang in CI). And why the timer: Payload's start-up can await native
// database work that holds no event-loop handle, so Node sometimes decided nothing was left to
// do and quit with exit 13 ("unsettled top-level await", seen here). The timer keeps the
// process alive until the script calls process.exit(), which each script does when done; a
// watchdog ends a script that is stuck instead of letting CI wait for its time limit.
import { build } from 'esbuild'
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * Leaves npm packages to Node, except those bundled in: Node 20's ESM loader sometimes never
 * settles the import of @payloadcms/richtext-lexical's large, cyclic module graph (about one
 * cold import in two here); bundled into one file it loads every time.
 */
function externalPackagesExcept(bundled) {
  return {
    name: 'external-packages',
    setup(b) {
      b.onResolve({ filter: /^[^./]/ }, (args) => {
        if (
          args.path.startsWith('@/') ||
          args.path.startsWith('@payload-config') ||
          args.path.startsWith('@locales/')
        )
          return undefined
        if (bundled.some((name) => args.path === name || args.path.startsWith(`${name}/`)))
          return undefined
        return { path: args.path, external: true }
      })
    },
  }
}

const script = process.argv[2]
if (!script) {
  console.error('usage: node scripts/run-ts.mjs <script.ts> [args…]')
  process.exit(2)
}
const outdir = path.resolve('node_modules/.cache/platform-scripts')
fs.mkdirSync(outdir, { recursive: true })
const outfile = path.join(outdir, `${path.basename(script, '.ts')}-${process.pid}.mjs`)
process.on('exit', () => fs.rmSync(outfile, { force: true }))
const limitSeconds = Number(process.env.SCRIPT_TIMEOUT_SECONDS || 600)
setTimeout(() => {
  console.error(`${script} did not finish within ${limitSeconds} s; stopped.`)
  process.exit(124)
}, limitSeconds * 1000)
try {
  await build({
    entryPoints: [path.resolve(script)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [externalPackagesExcept(['@payloadcms/richtext-lexical'])],
    loader: { '.css': 'empty', '.scss': 'empty' },
    tsconfig: path.resolve('tsconfig.json'),
    logLevel: 'error',
    // JSX in shared modules compiles with the automatic runtime, as in Next
    jsx: 'automatic',
  })
  await import(pathToFileURL(outfile).href)
} catch (error) {
  console.error(error)
  process.exit(1)
}
