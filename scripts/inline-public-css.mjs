// Run after `next build`: the public site's stylesheet is written into each public page's
// <head> instead of linked. A linked stylesheet is one more request before the first paint: on
// a slow phone connection the framework's scripts, requested at the same moment, ran first and
// the first paint waited for them (Lighthouse's LCP 2.2–2.7 s on pages whose largest element is
// text). Next's own switch for this (`experimental.inlineCss`) applies to every route, and the
// admin's stylesheet (~1 MB) would be inlined twice (HTML and RSC payload) into every admin page.
// This marks only the public pages' stylesheets (the layout's; Leaflet's on the register page)
// as inlined in the build's client-reference
// manifests — the same `inlined`/`content` entries that switch writes — so Next renders a
// <style nonce precedence href> there and a <link> everywhere else (and for client-side
// navigations). Fails the build when it finds nothing to mark, e.g. after a Next upgrade
// that changed the manifests.
import fs from 'node:fs'
import path from 'node:path'

const PUBLIC_LAYOUT = '[project]/src/app/(frontend)/[locale]/layout'
const root = path.join('.next', 'server', 'app', '(frontend)')

const manifests = []
for (const entry of fs.readdirSync(root, { recursive: true, withFileTypes: true }))
  if (entry.isFile() && entry.name.endsWith('_client-reference-manifest.js'))
    manifests.push(path.join(entry.parentPath, entry.name))

const contents = new Map()
let marked = 0
for (const file of manifests) {
  const source = fs.readFileSync(file, 'utf8')
  const text = source.replace(
    // the layout's entry and the error boundary's (same stylesheet), as Next wrote them
    /\{"path":"(static\/[^"]+\.css)","inlined":false\}/g,
    (entry, cssPath, offset) => {
      const owner = source.lastIndexOf('"[project]/', offset)
      const key = source.slice(owner + 1, source.indexOf('"', owner + 1))
      if (!key.startsWith('[project]/src/app/(frontend)/[locale]/')) return entry
      if (!contents.has(cssPath))
        contents.set(cssPath, fs.readFileSync(path.join('.next', cssPath), 'utf8'))
      marked += 1
      return JSON.stringify({ path: cssPath, inlined: true, content: contents.get(cssPath) })
    },
  )
  if (text !== source) fs.writeFileSync(file, text)
}
// run twice (an earlier build step, a test), the entries are already marked: that is fine too
const inlined = new RegExp(
  `"${PUBLIC_LAYOUT.replace(/[[\]()/.]/g, '\\$&')}":\\[\\{"path":"[^"]+","inlined":true`,
)
if (!manifests.some((file) => inlined.test(fs.readFileSync(file, 'utf8'))))
  throw new Error(
    `the public layout's stylesheet is in none of the build's ${manifests.length} manifests`,
  )
const kB = [...contents.values()].reduce((sum, css) => sum + css.length, 0) / 1024
console.log(
  `public stylesheet inlined: ${contents.size} file(s), ${kB.toFixed(1)} kB, ${marked} entries in ${manifests.length} manifests`,
)
