/**
 * Settings `scripts/build.ts` derives from the size of the archive, before Astro starts, and the
 * heap flags that go with them.
 *
 * - The heap limit of Astro's process. V8 grows its heap lazily towards its default limit
 *   long before it collects, so Astro's heap grew to several times what was live (`--trace-gc`,
 *   docs/performance.md). A limit sized from the archive makes V8 collect earlier, so the
 *   build's memory follows what it needs.
 * - How far its heaps may grow past what is live ({@link HEAP_GROWTH_FLAG}): below the limit,
 *   V8 still grew them to several times that.
 *
 * The content layer's store stays in one `data-store.json` at any size: it holds front-matter
 * and excerpts only (bodies and threads are page records on disk), far below V8's string limit.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { HEAP_GROWTH_FLAG } from '../../src/lib/build/heap-growth';

/** What the limit is made of, in MB: a floor, plus a share per article above its measured live set. */
const BASE_MB = 1024;
const PER_ARTICLE_MB = 0.12;
/** Never more than this share of the machine's memory. */
const MAX_SHARE_OF_MEMORY = 0.75;

/**
 * The build thread's semi-spaces, in MB: it makes a great many short-lived objects, and with
 * V8's default it stopped to collect them far more often (docs/performance.md).
 */
const BUILD_THREAD_SEMI_SPACE_MB = 64;

/**
 * The Node flags of Astro's process for a heap limit of `heapMb` (pure): the limit, the growth
 * factor, and the build thread's young generation with the preload that keeps it from the
 * worker threads.
 */
export const astroHeapFlags = (heapMb: number): string[] => [
  `--max-old-space-size=${heapMb}`,
  HEAP_GROWTH_FLAG,
  `--max-semi-space-size=${BUILD_THREAD_SEMI_SPACE_MB}`,
  `--import=${join(import.meta.dirname, 'worker-young-generation.mjs')}`,
];

/** `--max-old-space-size` for `articles` articles on a machine with `totalMemoryMb` (pure). */
export function astroHeapLimitMb(articles: number, totalMemoryMb: number): number {
  const wanted = BASE_MB + Math.ceil(articles * PER_ARTICLE_MB);
  return Math.min(wanted, Math.floor(totalMemoryMb * MAX_SHARE_OF_MEMORY));
}

/** Markdown files under `<contentDir>/articles`, counted before the check has read them. */
export async function countArticleFiles(contentDir: string): Promise<number> {
  const names = await readdir(join(contentDir, 'articles'), { recursive: true }).catch(() => []);
  return names.filter((name) => name.endsWith('.md')).length;
}
