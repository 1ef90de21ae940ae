// `npm run dev`: local database migrated and seeded, then Next.js in development mode through
// scripts/server.mjs, so rate limits key on the connection's address as in production.
import { checkDatabaseReachable, readSecret } from '../src/config/environment.js'
import { explainConfigurationErrors, run, serve } from './lib.mjs'

await explainConfigurationErrors(async () => {
  process.env.PAYLOAD_SECRET = readSecret()
  await checkDatabaseReachable()
})

// the seed applies pending migrations first and adds only what is missing
const seeded = await run(process.execPath, ['scripts/run-ts.mjs', 'src/seed/run.ts'], {
  env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
})
if (seeded !== 0) process.exit(seeded)

const port = process.env.PORT || '3000'
console.info(`\nThe site: http://localhost:${port}  ·  the admin: http://localhost:${port}/admin`)
if (!process.env.SMTP_HOST)
  console.info('No SMTP_HOST: e-mails are written to data/mail/ as .eml files.')
serve(process.execPath, ['scripts/server.mjs', '--dev', '--port', port], {
  env: { ...process.env, NODE_ENV: 'development', NEXT_TELEMETRY_DISABLED: '1' },
})
