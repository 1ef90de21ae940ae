// Run after `next build`: lists the scripts a public page loads when it has no island of ours
// (no client component but the error boundary) — the framework's, the error boundary's — in
// `.next/read-only-scripts.json`. The page cache (src/cache/readOnlyPages.js) sends a page that
// loads only these without them: nothing on it reacts to input, its links and forms work
// without JavaScript, and hydrating it was all of its blocking time (Lighthouse). A page whose
// route has an island (the map, the registration forms) loads a script of its own, not listed
// here, and keeps every script. Fails the build when Next's manifests no longer read as
// expected, e.g. after an upgrade.
import fs from 'node:fs'
import path from 'node:path'

const root = path.join('.next', 'server', 'app', '(frontend)')
// client modules a page may have and still be read-only: Next's own, and the error boundary,
// which only matters to a page rendered on the client
const READ_ONLY_MODULE =
  /^\[project\]\/(?:node_modules\/next\/|src\/app\/\(frontend\)\/\[locale\]\/error\.tsx$)/

const floor = fs.readFileSync(path.join('.next', 'server', 'app', '_not-found.html'), 'utf8')
const scripts = new Set(
  [...floor.matchAll(/<script[^>]*\ssrc="(\/_next\/static\/[^"?]+\.js)"/g)].map((m) => m[1]),
)
if (scripts.size === 0) throw new Error('no framework scripts found in the 404 page of the build')

const readOnly = []
const interactive = []
for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('page_client-reference-manifest.js')) continue
  const file = path.resolve(entry.parentPath, entry.name)
  globalThis.__RSC_MANIFEST = {}
  await import(file)
  const [[route, manifest]] = Object.entries(globalThis.__RSC_MANIFEST)
  if (!manifest?.clientModules || !manifest?.entryJSFiles)
    throw new Error(`${file}: no clientModules or entryJSFiles (did Next change its manifests?)`)
  const modules = new Set(Object.keys(manifest.clientModules).map((id) => id.split('#')[0]))
  if ([...modules].every((id) => READ_ONLY_MODULE.test(id))) {
    readOnly.push(route)
    for (const chunks of Object.values(manifest.entryJSFiles))
      for (const chunk of chunks) scripts.add(`/_next/${chunk}`)
  } else interactive.push(route)
}
delete globalThis.__RSC_MANIFEST
if (readOnly.length === 0 || interactive.length === 0)
  throw new Error(
    `read-only pages: ${readOnly.length}, with islands: ${interactive.length} — expected some of each`,
  )
fs.writeFileSync(
  path.join('.next', 'read-only-scripts.json'),
  JSON.stringify({ scripts: [...scripts].sort(), readOnly, interactive }, null, 2),
)
console.log(
  `read-only pages: ${readOnly.length} routes without islands (${scripts.size} scripts), ${interactive.length} with`,
)
