/**
 * Astro's cache folder (content layer, incremental build, page records): `node_modules/.astro`
 * in the project, its own folder for each fixture and benchmark build (set through
 * `ROTATIVA_CACHE_DIR`). The config and the pages that read page records both take it from here.
 */
export const CACHE_DIR = process.env['ROTATIVA_CACHE_DIR'] ?? './node_modules/.astro';
