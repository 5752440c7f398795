import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', root: 'packages/shared', include: ['src/**/*.test.ts'] } },
      { test: { name: 'extract', root: 'packages/extract', include: ['src/**/*.test.ts'], testTimeout: 60_000 } },
      { test: { name: 'api', root: 'apps/api', include: ['src/**/*.test.ts'], testTimeout: 60_000, hookTimeout: 120_000 } },
      {
        test: { name: 'web', root: 'apps/web', include: ['src/**/*.test.{ts,tsx}'], environment: 'happy-dom' },
      },
    ],
  },
});
