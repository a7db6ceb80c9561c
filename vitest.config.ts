import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

const alias = { '@': fileURLToPath(new URL('./src', import.meta.url)) };

/** Build tests that only read the newsroom fixture site: one build, by their project's setup. */
const NEWSROOM_READERS = ['tests/build/site.test.ts', 'tests/build/visual.test.ts'];

// Three layers: pure units, fixture-site builds, and the real site in headless Chromium (built
// once by the e2e global setup). A fixture site that several files only read is built once by
// a global setup of their own project (global setups run only for projects with files to run).
export default defineConfig({
  resolve: { alias },
  test: {
    // A worker per core: build and browser files spend most of their time waiting on a child
    // process (a build, Chromium), so vitest's default of one core less left one of two idle.
    maxWorkers: availableParallelism(),
    projects: [
      {
        resolve: { alias },
        // The fuzz suite runs a bounded slice with the units; `npm run fuzz` runs it long.
        test: {
          name: 'unit',
          include: [
            'tests/unit/**/*.test.ts',
            'tests/bench/**/*.test.ts',
            'tests/fuzz/**/*.test.ts',
          ],
          // Equivalence tests render thousands of inputs through two pipelines: seconds when the
          // machine is idle, much more on a loaded 2-core one. The limit is for hangs, not speed.
          testTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...NEWSROOM_READERS],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'build-newsroom',
          include: NEWSROOM_READERS,
          globalSetup: ['tests/build/newsroom-setup.ts'],
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
      {
        resolve: { alias },
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
