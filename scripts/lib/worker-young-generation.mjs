// @ts-check
/**
 * Preloaded into the `astro build` process by `scripts/build.ts` (`node --import`). The process
 * starts with a larger young generation (`--max-semi-space-size`, `archive-scale.ts`) for the
 * build thread's many short-lived objects, and V8 reads that flag again for every isolate it
 * creates. Set back to 0 (V8 sizes it) here, before Astro starts any worker, it leaves the worker
 * threads' heaps as they were (docs/performance.md, "Issue 10, session 19").
 */
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';

if (isMainThread) setFlagsFromString('--max-semi-space-size=0');
