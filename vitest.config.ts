import { defineConfig } from 'vitest/config';

// Two projects: `unit` runs the pure-TypeScript library and the Node pipeline;
// `browser` drives Debian's Chromium (playwright-core) against the production build
// in dist/ and against bundles of the engine. `npm test` runs unit, builds, then browser.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          pool: 'forks',
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 180_000,
          hookTimeout: 180_000,
          pool: 'forks',
          // One Chromium per file is expensive on 2 cores: run files one after another.
          fileParallelism: false,
        },
      },
    ],
  },
});
