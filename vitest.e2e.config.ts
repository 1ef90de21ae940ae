import { defineConfig } from 'vitest/config'

export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.spec.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    hookTimeout: 120_000,
    testTimeout: 60_000,
    // what the browser shows after the server answered: Vitest's default (1 s) is less than a
    // busy 2-core machine may take to draw an admin's field error
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
})
