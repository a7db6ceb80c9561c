import { createHash } from 'node:crypto';

/**
 * A page's `cacheKey` for Astro's incremental build: one hash of everything the page shows that
 * Astro does not track itself (its template's module graph it does). Two builds give the same key
 * exactly when every part is the same, in the same order; `undefined` (no older article, say)
 * is a part of its own, distinct from any string.
 *
 * @see https://docs.astro.build/en/reference/experimental-flags/incremental-build/
 */
export function pageCacheKey(parts: readonly (string | number | undefined)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    hash.update(part === undefined ? '\u0000u' : `\u0000${typeof part}:${part}`);
  }
  return hash.digest('base64url');
}
