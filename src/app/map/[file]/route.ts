import fs from 'node:fs'
import path from 'node:path'

// The centres' maps without a framework (src/components/registry/CentreMap.tsx and the position
// picker, PositionPicker.tsx): their script and Leaflet's own files from the installed package,
// so no CDN is asked. Read once, at build time: these answers are static files of the build.
const FILES: Record<string, { source: string; type: string }> = {
  'centre-map.js': {
    source: 'src/components/registry/centreMap.browser.js',
    type: 'text/javascript; charset=utf-8',
  },
  'leaflet.js': {
    source: 'node_modules/leaflet/dist/leaflet.js',
    type: 'text/javascript; charset=utf-8',
  },
  'leaflet.css': {
    source: 'node_modules/leaflet/dist/leaflet.css',
    type: 'text/css; charset=utf-8',
  },
}

export const dynamic = 'force-static'
export const dynamicParams = false

export function generateStaticParams() {
  return Object.keys(FILES).map((file) => ({ file }))
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = FILES[(await params).file]
  if (!file) return new Response('Not found', { status: 404 })
  return new Response(fs.readFileSync(path.join(process.cwd(), file.source)), {
    headers: { 'content-type': file.type },
  })
}
