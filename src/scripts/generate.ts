// `npm run generate:types` / `generate:importmap`: Payload's generators, run through
// scripts/run-ts.mjs (the CLI can exit mid-import on Node 20, see there).
import config from '@payload-config'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'

const resolved = await config
if (process.argv.includes('importmap')) {
  await generateImportMap(resolved, { log: true, force: true })
} else {
  await generateTypes(resolved)
}
process.exit(0)
