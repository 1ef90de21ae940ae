// `npm start`: checks the environment, applies pending migrations, then serves the build
// through scripts/server.mjs (Next.js with the connection's address in X-Forwarded-For).
import { checkDatabaseReachable, readMailConfig, readSecret } from '../src/config/environment.js'
import { explainConfigurationErrors, run, serve } from './lib.mjs'

process.env.NODE_ENV = 'production'

await explainConfigurationErrors(async () => {
  readSecret()
  await checkDatabaseReachable()
  if (readMailConfig().kind === 'folder') {
    console.warn('SMTP_HOST is not set: e-mails are written to data/mail/ instead of being sent.')
  }
})

const migrated = await run(process.execPath, ['scripts/run-ts.mjs', 'src/db/run-migrations.ts'], {
  env: { ...process.env, NODE_OPTIONS: '--no-deprecation' },
})
if (migrated !== 0) {
  console.error('Migrations failed: the server was not started (see the messages above).')
  process.exit(migrated)
}
serve(process.execPath, ['scripts/server.mjs', '--port', process.env.PORT || '3000'], {
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
})
