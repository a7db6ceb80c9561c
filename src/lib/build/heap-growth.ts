/**
 * How far the build's heaps may grow past what was live at their last full collection (V8's
 * `--heap-growing-percent`), in two steps. Left to itself, V8 let the Astro process's main heap
 * reach about twice its live size and each Markdown worker's five times, and a Node process keeps
 * the pages its heap has grown into until it exits, so the build's memory was the sum of those
 * high-water marks (docs/performance.md, "Heaps that grow less"). The flag is process-wide: it
 * bounds the worker threads' heaps too.
 */

/** From the start, for the Astro process and the search indexer's: half past what is live. */
export const HEAP_GROWTH_FLAG = '--heap-growing-percent=50';

/**
 * Once the content is synced (`rotativa-lean-heap.ts`), while pages render beside the indexer and
 * Pagefind: tighter still, in percent.
 */
export const RENDER_HEAP_GROWTH_PERCENT = 30;
