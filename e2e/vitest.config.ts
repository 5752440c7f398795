import { defineConfig } from 'vitest/config';

/** Browser tests against a running server (started by e2e/run.mjs, which sets E2E_BASE_URL). */
export default defineConfig({
  test: {
    name: 'e2e',
    root: import.meta.dirname,
    include: ['*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['verbose'],
  },
});
