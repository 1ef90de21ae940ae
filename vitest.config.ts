import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/int/**/*.int.spec.ts'],
    // each file boots its own Payload on its own database; one at a time on two cores
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 60_000,
    // tests run the jobs queue themselves, and retry failed mail at once
    env: { JOBS_AUTORUN: 'off', MAIL_RETRY_DELAY_MS: '0' },
  },
})
