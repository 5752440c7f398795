import { defineConfig } from 'vitest/config';

/** API tests that run several processes on one database: PGlite lives in one process, so they run on the others. */
const severalProcesses = ['src/cli/*.test.ts', 'src/http/log.test.ts', 'src/routes/faults.test.ts', 'src/routes/multi-process.test.ts'];
const api = { root: 'apps/api', include: ['src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 };

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', root: 'packages/shared', include: ['src/**/*.test.ts'] } },
      { test: { name: 'extract', root: 'packages/extract', include: ['src/**/*.test.ts'], testTimeout: 60_000 } },
      // On SQLite, or on the PostgreSQL server TEST_DATABASE_URL names (npm run test:pg).
      { test: { name: 'api', ...api } },
      // The same suite on PostgreSQL in this process (PGlite), in every `npm test`.
      { test: { name: 'api-pglite', ...api, exclude: severalProcesses, env: { TEST_DATABASE_URL: 'pglite' } } },
      {
        test: { name: 'web', root: 'apps/web', include: ['src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
    ],
  },
});
