/**
 * Keeps `astro build`'s heap close to what is live once the content is synced. The build's peak
 * memory comes while pages render beside the search indexer and Pagefind, and V8 by default lets
 * a heap grow to several times its live set before collecting. A lean growth factor for the
 * whole build slowed the content sync (many short-lived objects on the Markdown and loader side),
 * so it is set at `astro:build:start`, after the sync, with one full collection of the sync's
 * garbage first (docs/performance.md, "Peak memory").
 */
import type { AstroIntegration } from 'astro';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** How much a heap may grow past its live set after a full collection, in percent. */
export const RENDER_HEAP_GROWTH_PERCENT = 30;

/** Sets the growth factor and collects once: the flags apply to every isolate of this process. */
export function leanHeap(growthPercent = RENDER_HEAP_GROWTH_PERCENT): void {
  setFlagsFromString(`--heap-growing-percent=${growthPercent}`);
  setFlagsFromString('--expose-gc');
  // A fresh context sees the `gc` function the flag exposes; the current one was made before it.
  const collect = runInNewContext('gc') as () => void;
  collect();
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
