/**
 * `npm run build`: the production build, staged so a failure never touches the live `dist/`.
 *
 * 1. checks the content with the build's own schemas and stops with `path:line: field: …` lines;
 * 2. runs `astro build` into a staging dir (started during the check, on the other core);
 * 3. writes the Pagefind index of the staged article pages once Astro has exited, so the two
 *    memory peaks never add up (Astro holds the whole content layer until it exits);
 * 4. swaps the staging dir in place of `dist/` only when every step succeeded.
 *
 * The staging dir starts as hard links to the pages of `dist/` that Astro's incremental cache
 * holds, so a rebuild writes only the pages that changed and prunes the ones that are gone
 * (`scripts/lib/output-clone.ts`); the live `dist/` is never written through those links.
 *
 * Flags (for tests and the benchmark): `--content <dir>` (default `content`), `--out <dir>`
 * (default `dist`).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContentFolder } from './lib/check-content-dir';
import { scheduleSummary } from './lib/schedule-summary';
import { spawnHeld } from './lib/held-child';
import { astroHeapLimitMb, collectionStorageFor, countArticleFiles } from './lib/archive-scale';
import { clonePages, pruneStalePages } from './lib/output-clone';
import { formatContentProblem } from '../src/lib/errors';
import { indexArticlePages, SEARCH_LANGUAGE } from '../src/lib/search/index-article-pages';
import { NOW_VARIABLE, publicationTime } from '../src/lib/articles/published';

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: 'content' },
    out: { type: 'string', default: 'dist' },
  },
});
const contentDir = resolve(values.content);
const outDir = resolve(values.out);
const stagingDir = `${outDir}.staging`;
const previousDir = `${outDir}.previous`;
const started = performance.now();
const elapsed = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/**
 * Astro copies the shell's environment into `import.meta.env`: a `NODE_ENV=development` or `DEV=1`
 * left in the shell (vitest sets both) would make the build behave like `astro dev` and publish
 * drafts. A production build always gets a production environment.
 */
function productionEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEV: _dev, PROD: _prod, MODE: _mode, ...rest } = env;
  return { ...rest, NODE_ENV: 'production' };
}

/**
 * The content layer caches entries with paths resolved against their content folder: two
 * folders sharing one cache would read each other's stale entries, so each gets its own.
 */
function cacheDirFor(dir: string): string {
  if (dir === resolve('content')) return resolve('node_modules/.astro');
  const key = createHash('sha256').update(dir).digest('hex').slice(0, 12);
  return resolve('node_modules/.astro-content', key);
}

function fail(message: string): never {
  console.error(`\n✗ ${message}\n  ${values.out}/ non è stato modificato.`);
  process.exit(1);
}

// One instant for the whole build: the check, every page and the redirects agree on what is
// published even when the build straddles an article's time.
let now: Date;
try {
  now = publicationTime(process.env);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

await rm(stagingDir, { recursive: true, force: true });
const cacheDir = process.env['ROTATIVA_CACHE_DIR'] ?? cacheDirFor(contentDir);
const cloneStart = performance.now();
const clonedPages = await clonePages(outDir, stagingDir, cacheDir);
console.log(`✓ ${clonedPages.length} pagine collegate da ${values.out}/ in ${elapsed(cloneStart)}`);
// Astro starts (config, Vite, content sync) on one core while the content is checked on the
// other; its output is only shown, and its work only kept, once the check has passed.
const astroStart = performance.now();
const articleFiles = await countArticleFiles(contentDir);
const heapMb =
  Number(process.env['ROTATIVA_ASTRO_HEAP_MB']) ||
  astroHeapLimitMb(articleFiles, totalmem() / 2 ** 20);
const astroArgs = [
  `--max-old-space-size=${heapMb}`,
  // Writes into the staging dir never go through a link to the live dist/.
  `--import=${resolve(import.meta.dirname, 'lib/fresh-page-writes.mjs')}`,
  'node_modules/astro/bin/astro.mjs',
  'build',
];
const astro = spawnHeld(process.execPath, astroArgs, {
  env: {
    ...productionEnv(process.env),
    ROTATIVA_CONTENT_DIR: contentDir,
    ROTATIVA_CACHE_DIR: cacheDir,
    ROTATIVA_OUT_DIR: stagingDir,
    [NOW_VARIABLE]: now.toISOString(),
    ROTATIVA_KEEP_OUT_DIR: '1',
    ROTATIVA_COLLECTION_STORAGE: collectionStorageFor(articleFiles),
    ASTRO_TELEMETRY_DISABLED: '1',
  },
});

const checkStart = performance.now();
const { problems, scheduled, warnings } = await checkContentFolder(contentDir, { now }).catch(
  async (error: unknown) => {
    await astro.kill();
    throw error;
  },
);
if (problems.length > 0) {
  await astro.kill();
  await rm(stagingDir, { recursive: true, force: true });
  const cacheDir = process.env['ROTATIVA_CACHE_DIR'] ?? cacheDirFor(contentDir);
  const cloneStart = performance.now();
  const clonedPages = await clonePages(outDir, stagingDir, cacheDir);
  console.log(
    `✓ ${clonedPages.length} pagine collegate da ${values.out}/ in ${elapsed(cloneStart)}`,
  );
  for (const problem of problems) console.error(formatContentProblem(problem));
  fail(
    `Build interrotta: ${problems.length} ${problems.length === 1 ? 'problema' : 'problemi'} nei contenuti.`,
  );
}
console.log(`✓ contenuti verificati in ${elapsed(checkStart)}`);
if (warnings.length > 0)
  console.log(
    `  avviso: ${new Set(warnings.map((w) => `${w.field}:${String(w.value)}`)).size} categorie o autori non dichiarati in src/newsroom.config.ts (npm run check li elenca)`,
  );
console.log(`  ${scheduleSummary(scheduled, now)}`);

astro.release();
const exitCode = await astro.exited;
if (exitCode !== 0 || !existsSync(resolve(stagingDir, 'index.html'))) {
  await rm(stagingDir, { recursive: true, force: true });
  const cacheDir = process.env['ROTATIVA_CACHE_DIR'] ?? cacheDirFor(contentDir);
  const cloneStart = performance.now();
  const clonedPages = await clonePages(outDir, stagingDir, cacheDir);
  console.log(
    `✓ ${clonedPages.length} pagine collegate da ${values.out}/ in ${elapsed(cloneStart)}`,
  );
  fail(`Build interrotta: astro build è terminato con codice ${exitCode}.`);
}
console.log(`✓ astro build in ${elapsed(astroStart)}`);
const pruned = await pruneStalePages(stagingDir, cacheDir, clonedPages);
if (pruned > 0) console.log(`✓ ${pruned} pagine non più esistenti rimosse`);

const indexStart = performance.now();
try {
  const { pageCount } = await indexArticlePages(stagingDir);
  console.log(
    `✓ indice di ricerca: ${pageCount} articoli (lingua "${SEARCH_LANGUAGE}") in ${elapsed(indexStart)}`,
  );
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  const cacheDir = process.env['ROTATIVA_CACHE_DIR'] ?? cacheDirFor(contentDir);
  const cloneStart = performance.now();
  const clonedPages = await clonePages(outDir, stagingDir, cacheDir);
  console.log(
    `✓ ${clonedPages.length} pagine collegate da ${values.out}/ in ${elapsed(cloneStart)}`,
  );
  fail(error instanceof Error ? error.message : String(error));
}

// Two renames keep the window without a dist/ to a few microseconds, and the old build is only
// deleted once the new one is in place.
const swapStart = performance.now();
await rm(previousDir, { recursive: true, force: true });
if (existsSync(outDir)) await rename(outDir, previousDir);
await rename(stagingDir, outDir);
await rm(previousDir, { recursive: true, force: true });
console.log(`✓ ${values.out}/ aggiornato in ${elapsed(swapStart)} (totale ${elapsed(started)})`);
