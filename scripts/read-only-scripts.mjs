// Run after `next build`: lists the scripts a public page loads when it has no island of ours
// (no client component but the error boundary and those that work as plain HTML, see
// WORKS_AS_HTML) — the framework's and theirs — in `.next/read-only-scripts.json`. The page
// cache (src/cache/readOnlyPages.js) sends a page that loads only these without them: nothing on
// it needs hydrating, its links and forms work without JavaScript, and hydrating it was all of
// its blocking time (Lighthouse). A page whose route has an island loads a script of its own,
// not listed here, and keeps every script. Fails the build when Next's manifests no longer read
// as expected, e.g. after an upgrade.
import fs from 'node:fs'
import path from 'node:path'

const root = path.join('.next', 'server', 'app', '(frontend)')
// client modules a page may have and still be read-only: Next's own, and the error boundary,
// which only matters to a page rendered on the client
const READ_ONLY_MODULE =
  /^\[project\]\/(?:node_modules\/next\/|src\/app\/\(frontend\)\/\[locale\]\/error\.tsx$)/
// ours that do in plain HTML all a reader needs of them, so hydrating them buys only a page
// that does not reload:
// - forms drawn by `useActionState` around a server action: React writes the action's fields
//   into the form, the browser posts it, and Next answers with the page drawn from the action's
//   answer (the errors beside their fields, or the confirmation) — the path every reader
//   without JavaScript already takes, tested end to end. A second press of the button sends the
//   same registration again, which the services answer as the first;
// - focus helpers, which say `autofocus` in the server's HTML as well.
const WORKS_AS_HTML = new Set([
  '[project]/src/components/FocusHere.tsx',
  '[project]/src/components/events/EventRegistrationForm.tsx',
  '[project]/src/components/registry/RegisterForm.tsx',
])

const floor = fs.readFileSync(path.join('.next', 'server', 'app', '_not-found.html'), 'utf8')
const scripts = new Set(
  [...floor.matchAll(/<script[^>]*\ssrc="(\/_next\/static\/[^"?]+\.js)"/g)].map((m) => m[1]),
)
if (scripts.size === 0) throw new Error('no framework scripts found in the 404 page of the build')

const readOnly = []
const interactive = []
// every module of WORKS_AS_HTML met on some page: else its path moved, or Next names modules
// differently, and a page with that form would keep the framework without anyone noticing
const met = new Set()
for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true })) {
  if (!entry.isFile() || !entry.name.endsWith('page_client-reference-manifest.js')) continue
  const file = path.resolve(entry.parentPath, entry.name)
  globalThis.__RSC_MANIFEST = {}
  await import(file)
  const [[route, manifest]] = Object.entries(globalThis.__RSC_MANIFEST)
  if (!manifest?.clientModules || !manifest?.entryJSFiles)
    throw new Error(`${file}: no clientModules or entryJSFiles (did Next change its manifests?)`)
  const modules = new Set(Object.keys(manifest.clientModules).map((id) => id.split('#')[0]))
  for (const id of modules) if (WORKS_AS_HTML.has(id)) met.add(id)
  if ([...modules].every((id) => READ_ONLY_MODULE.test(id) || WORKS_AS_HTML.has(id))) {
    readOnly.push(route)
    for (const chunks of Object.values(manifest.entryJSFiles))
      for (const chunk of chunks) scripts.add(`/_next/${chunk}`)
  } else interactive.push(route)
}
delete globalThis.__RSC_MANIFEST
if (readOnly.length === 0)
  throw new Error('no read-only page found (did Next change its manifests?)')
const unmet = [...WORKS_AS_HTML].filter((id) => !met.has(id))
if (unmet.length > 0) throw new Error(`not a client module of any page: ${unmet.join(', ')}`)
fs.writeFileSync(
  path.join('.next', 'read-only-scripts.json'),
  JSON.stringify({ scripts: [...scripts].sort(), readOnly, interactive }, null, 2),
)
console.log(
  `read-only pages: ${readOnly.length} routes without islands (${scripts.size} scripts), ${interactive.length} with`,
)
