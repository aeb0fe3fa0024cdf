import { defineConfig } from 'vitest/config';

// Three projects: `unit` runs the pure-TypeScript library and the Node pipeline; `browser` and
// `browser-timing` drive Debian's Chromium (playwright-core) against the production build in dist/
// and against bundles of the engine. `npm test` runs unit, builds, then the two browser projects.
//
// Browser files are independent (each starts its own static server on a free port and its own
// Chromium, offline profiles live in their own temporary folders), so `browser` runs two at a time
// (`--maxWorkers=2` in package.json: vitest's own default gave one worker on a 2-core machine).
// The files that measure time on the page (main-thread tasks, animation-frame gaps, the "slow
// engine" hint after one second, heap growth over a long run, first-verdict latency, load
// weights, offline waits) run afterwards one by one in `browser-timing`, so that a neighbour's
// Chromium cannot take the CPU they are measuring.
const TIMING_FILES = [
  'test/browser/lab-train.test.ts',
  'test/browser/lab-faults.test.ts',
  'test/browser/lab-memory.test.ts',
  'test/browser/ode-islands.test.ts',
  'test/browser/fitness-widget.test.ts',
  'test/browser/page-weight.test.ts',
  'test/browser/offline.test.ts',
];

const browserBase = { environment: 'node', testTimeout: 180_000, hookTimeout: 180_000, pool: 'forks' } as const;

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
          ...browserBase,
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          exclude: TIMING_FILES,
          fileParallelism: true,
        },
      },
      {
        test: {
          ...browserBase,
          name: 'browser-timing',
          include: TIMING_FILES,
          fileParallelism: false,
        },
      },
    ],
  },
});
