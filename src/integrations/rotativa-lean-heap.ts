/**
 * Keeps `astro build`'s heap close to what is live once the content is synced. The build's peak
 * memory comes while pages render beside the search indexer and Pagefind; the process starts with
 * `HEAP_GROWTH_FLAG` (`heap-growth.ts`), and at `astro:build:start`, after the sync, the growth
 * factor is tightened to {@link RENDER_HEAP_GROWTH_PERCENT} with one full collection of the
 * sync's garbage first (docs/performance.md, "Peak memory" and "Heaps that grow less").
 */
import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { RENDER_HEAP_GROWTH_PERCENT } from '../lib/build/heap-growth';

/**
 * V8's `gc()` options. A `last-resort` collection also hands the pages it frees back to the
 * system: after an ordinary one the process kept them resident, about a gigabyte of a large
 * archive's sync through the rendering (docs/performance.md).
 */
interface GcOptions {
  type: 'major';
  execution: 'sync';
  flavor: 'last-resort';
}

/** Sets the growth factor and collects once: the flags apply to every isolate of this process. */
export function leanHeap(growthPercent = RENDER_HEAP_GROWTH_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${growthPercent}`);
  setFlagsFromString('--expose-gc');
  // A fresh context sees the `gc` function the flag exposes; the current one was made before it.
  const collect = runInNewContext('gc') as (options: GcOptions) => void;
  collect({ type: 'major', execution: 'sync', flavor: 'last-resort' });
}

/** The Astro integration; register it in `astro.config.mjs` under `integrations`. */
export function rotativaLeanHeap(): AstroIntegration {
  return {
    name: 'rotativa-lean-heap',
    hooks: {
      'astro:build:start': () => leanHeap(),
    },
  };
}
