/**
 * How far a build process's heaps may grow past what was live at their last full collection
 * (V8's `--heap-growing-percent`). Left to itself, V8 let the Astro process's main heap reach
 * about twice its live size and each Markdown worker's five times, and a Node process keeps the
 * pages its heap has grown into until it exits, so the build's memory was the sum of those
 * high-water marks (docs/performance.md, "Heaps that grow less"). The flag is process-wide: it
 * bounds the worker threads' heaps too.
 */
export const HEAP_GROWTH_FLAG = '--heap-growing-percent=50';
