/**
 * Settings `scripts/build.ts` derives from the size of the archive, before Astro starts.
 *
 * - The heap limit of Astro's process. V8 grows its heap lazily towards its default limit
 *   long before it collects, so Astro's heap grew to several times what was live (`--trace-gc`,
 *   docs/performance.md). A limit sized from
 *   the archive makes V8 collect earlier, so the build's memory follows what it needs.
 * - How the content layer stores its data. Astro keeps it in one `data-store.json` by default
 *   and reads it back, and bundles it, as one string; V8 strings stop at 2^29 - 24 characters
 *   (about 512 MB), and the store grows with every article and its comments, so a big
 *   archive needs Astro's chunked storage, which is slower to write (docs/performance.md).
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';

/** What the limit is made of, in MB: a floor, plus a share per article above its measured live set. */
const BASE_MB = 1024;
const PER_ARTICLE_MB = 0.12;
/** Never more than this share of the machine's memory. */
const MAX_SHARE_OF_MEMORY = 0.75;

/** `--max-old-space-size` for `articles` articles on a machine with `totalMemoryMb` (pure). */
export function astroHeapLimitMb(articles: number, totalMemoryMb: number): number {
  const wanted = BASE_MB + Math.ceil(articles * PER_ARTICLE_MB);
  return Math.min(wanted, Math.floor(totalMemoryMb * MAX_SHARE_OF_MEMORY));
}

/** Above this many articles the content layer stores its data in chunks (docs/performance.md). */
export const CHUNKED_STORAGE_FROM = 15_000;

/** Astro's `experimental.collectionStorage` for `articles` articles (pure). */
export function collectionStorageFor(articles: number): 'single-file' | 'chunked' {
  return articles > CHUNKED_STORAGE_FROM ? 'chunked' : 'single-file';
}

/** Markdown files under `<contentDir>/articles`, counted before the check has read them. */
export async function countArticleFiles(contentDir: string): Promise<number> {
  const names = await readdir(join(contentDir, 'articles'), { recursive: true }).catch(() => []);
  return names.filter((name) => name.endsWith('.md')).length;
}
