import config from '@payload-config'
import { getPayload } from 'payload'
const payload = await getPayload({ config })
const visitor = { overrideAccess: false, user: null } as const
async function time(label: string, fn: () => Promise<unknown>) {
  await fn()
  const t = performance.now()
  for (let i = 0; i < 5; i++) await fn()
  console.log(label.padEnd(40), ((performance.now() - t) / 5).toFixed(1), 'ms')
}
const { sql } = await import('@payloadcms/db-sqlite')
let t0 = performance.now()
await (payload.db as any).drizzle.run(sql.raw('PRAGMA analysis_limit=1000')); await (payload.db as any).drizzle.run(sql.raw('ANALYZE')); console.log((performance.now() - t0).toFixed(0), 'ms analyze')
await time('events where status', () => payload.find({ collection: 'events', locale: 'sk', depth: 0, limit: 3, where: { status: { equals: 'published' } }, select: { title: true } }))
await time('cs latest visitor', () => payload.find({ collection: 'case-studies', ...visitor, locale: 'sk', depth: 0, limit: 3, sort: '-updatedAt', select: { title: true, slug: true, summary: true } }))
await time('centres all facets', () => payload.find({ collection: 'centres', ...visitor, locale: 'sk', depth: 0, pagination: false, select: { country: true, region: true, services: true, targetGroups: true, languages: true, forms: true } }))
await time('centres all points', () => payload.find({ collection: 'centres', ...visitor, depth: 0, pagination: false, select: { name: true, slug: true, latitude: true, longitude: true } }))
await time('centres 20 sorted', () => payload.find({ collection: 'centres', ...visitor, locale: 'sk', depth: 0, limit: 20, sort: 'name', where: { country: { equals: 'SK' } }, select: { name: true, summary: true, services: true } }))
await time('events upcoming', () => payload.find({ collection: 'events', ...visitor, locale: 'sk', where: { and: [{ status: { equals: 'published' } }, { startsAt: { greater_than: new Date().toISOString() } }] }, sort: 'startsAt', limit: 3, depth: 1 }))
await payload.destroy()
process.exit(0)
