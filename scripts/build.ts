/**
 * `npm run build`: the production build, staged so a failure never touches the live `dist/`.
 *
 * 1. runs `astro build` into a staging dir; its content loaders read and check the content once
 *    (`src/loaders/`, the same pass as `npm run check`) and report over IPC: on a problem the
 *    build stops with `path:line: field: …` lines and Astro's own output is never shown;
 * 2. its search integration writes the Pagefind index from the content while Astro renders
 *    (`src/integrations/rotativa-pagefind.ts`);
 * 3. swaps the staging dir in place of `dist/` only when every step succeeded.
 *
 * The staging dir starts as hard links to the pages of `dist/` that Astro's incremental cache
 * holds, so a rebuild writes only the pages that changed and prunes the ones that are gone
 * (`scripts/lib/output-clone.ts`); the live `dist/` is never written through those links. It is
 * the output the last swap replaced, taken back, so bringing it up to date touches only what
 * changed since (`scripts/lib/retired-output.ts`); the search bundle and the share images in it
 * are brought up to date by their integrations the same way.
 *
 * Flags (for tests and the benchmark): `--content <dir>` (default `content`), `--out <dir>`
 * (default `dist`). `--shard i/n` renders a share of the pages into a folder of its own, stamped
 * for `npm run merge-shards` (`scripts/lib/build-args.ts`, `src/integrations/rotativa-shard.ts`).
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { totalmem } from 'node:os';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { spawnHeld } from './lib/held-child';
import { astroHeapFlags, astroHeapLimitMb, countArticleFiles } from './lib/archive-scale';
import { clonePages, pruneStalePages } from './lib/output-clone';
import { adoptRetiredOutput, removeRetiredOutputs, retireOutput } from './lib/retired-output';
import { PAGEFIND_BUNDLE } from '../src/lib/search/pagefind-bundle';
import { SHARE_IMAGE_DIR } from '../src/lib/articles/paths';
import { formatContentProblem, isBlocking } from '../src/lib/errors';
import { isContentCheckedMessage } from '../src/lib/build/content-checked-message';
import { scheduleSummary } from './lib/schedule-summary';
import { STAGING_READY, STAGING_REQUEST, isMessage } from '../src/lib/build/staging-messages';
import { NOW_VARIABLE, publicationTime } from '../src/lib/articles/published';
import { UsageError } from './lib/args';
import { BUILD_USAGE, parseBuildArgs, type BuildArgs } from './lib/build-args';
import { SHARD_VARIABLE, formatShard, shardOutDir } from '../src/lib/build/shard';
import { shardManifest, writeShardManifest } from './lib/shard-stamp';

let values: BuildArgs;
try {
  values = parseBuildArgs(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`${error.message}\n\nUso: ${BUILD_USAGE}`);
  process.exit(2);
}
const { shard } = values;
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

const wholeCacheDir = process.env['ROTATIVA_CACHE_DIR'] ?? cacheDirFor(contentDir);
// A shard's incremental cache and retired outputs hold only its own pages.
const cacheDir = shard ? `${wholeCacheDir}-${shardOutDir(shard)}` : wholeCacheDir;
const stamp = shard && shardManifest(shard, contentDir, resolve(import.meta.dirname, '..'), now);
stamp?.catch(() => {});
// A staging folder left by an interrupted build is as good a start as any retired output.
await retireOutput(stagingDir, cacheDir);
const reused = await adoptRetiredOutput(cacheDir, stagingDir);
const removingRetired = removeRetiredOutputs(cacheDir);
// Awaited before the swap; a failure meanwhile must not end the build as an unhandled rejection.
removingRetired.catch(() => {});
// Kept for their integrations, which bring them up to date against their own caches.
const ownedElsewhere = (path: string) =>
  path.startsWith(`${PAGEFIND_BUNDLE.dir}/`) || path.startsWith(`${SHARE_IMAGE_DIR}/`);
const astroStart = performance.now();
const articleFiles = await countArticleFiles(contentDir);
const heapMb =
  Number(process.env['ROTATIVA_ASTRO_HEAP_MB']) ||
  astroHeapLimitMb(articleFiles, totalmem() / 2 ** 20);
const astroArgs = [
  ...astroHeapFlags(heapMb),
  // Writes into the staging dir never go through a link to the live dist/.
  `--import=${resolve(import.meta.dirname, 'lib/fresh-page-writes.mjs')}`,
  // Pages and folders of the staging and cache folders written in place, not through libuv's pool.
  `--import=${resolve(import.meta.dirname, 'lib/inline-page-writes.mjs')}`,
  // Astro's line per page, written a batch at a time instead of one blocking write each.
  `--import=${resolve(import.meta.dirname, 'lib/batched-stdout.mjs')}`,
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
    [SHARD_VARIABLE]: shard ? formatShard(shard) : '',
    ROTATIVA_KEEP_OUT_DIR: '1',
    ASTRO_TELEMETRY_DISABLED: '1',
    // V8's compiled code of Astro, Vite and the rest, kept between builds.
    NODE_COMPILE_CACHE:
      process.env['NODE_COMPILE_CACHE'] ?? resolve(cacheDir, 'node-compile-cache'),
  },
  ipc: true,
});
// The unchanged pages are linked while Astro starts and checks the content; it waits for them
// before writing anything (`src/integrations/rotativa-staged-output.ts`). Started once Astro is
// on its way, as comparing the folders takes the event loop for a moment.
const cloneStart = performance.now();
const cloning = clonePages(outDir, stagingDir, cacheDir, ownedElsewhere);
cloning.then(
  ({ pages, linked, removed }) =>
    console.log(
      `✓ ${pages.length} pagine collegate da ${values.out}/ in ${elapsed(cloneStart)} ` +
        `(${reused ? 'output precedente riusato: ' : ''}${linked} collegamenti nuovi, ${removed} file tolti)`,
    ),
  () => {},
);
astro.onMessage((message) => {
  if (isMessage(message, STAGING_REQUEST))
    void cloning.finally(() => astro.send(STAGING_READY)).catch(() => {});
});

// Astro's output is only shown, and its work only kept, once its content loaders have checked
// the content; warnings are shown and never stop the build.
const checked = await astro.message;
const found = isContentCheckedMessage(checked) ? checked.problems : [];
for (const warning of found.filter((problem) => !isBlocking(problem)))
  console.warn(formatContentProblem(warning));
const problems = found.filter(isBlocking);
if (problems.length > 0) {
  await astro.kill();
  // Linking must be over before the folder moves; it is kept for the next build.
  await cloning.catch(() => {});
  await retireOutput(stagingDir, cacheDir);
  for (const problem of problems) console.error(formatContentProblem(problem));
  fail(
    `Build interrotta: ${problems.length} ${problems.length === 1 ? 'problema' : 'problemi'} nei contenuti.`,
  );
}
if (isContentCheckedMessage(checked)) {
  console.log(`✓ contenuti verificati in ${(checked.duration / 1000).toFixed(1)} s`);
  if (checked.warnings.length > 0)
    console.log(
      `  avviso: ${new Set(checked.warnings.map((w) => `${w.field}:${String(w.value)}`)).size} categorie o autori non dichiarati in src/newsroom.config.ts (npm run check li elenca)`,
    );
  console.log(`  ${scheduleSummary(checked.scheduled, now)}`);
}

astro.release();
const exitCode = await astro.exited;
let clonedPages: string[];
try {
  clonedPages = (await cloning).pages;
} catch (error) {
  // Not kept: whatever made the linking fail would meet the next build again.
  await rm(stagingDir, { recursive: true, force: true });
  fail(`Build interrotta: pagine di ${values.out}/ non collegate (${String(error)}).`);
}
// A shard renders the home page only if it hashes there.
if (exitCode !== 0 || (!shard && !existsSync(resolve(stagingDir, 'index.html')))) {
  await retireOutput(stagingDir, cacheDir);
  fail(`Build interrotta: astro build è terminato con codice ${exitCode}.`);
}
console.log(`✓ astro build in ${elapsed(astroStart)}`);
const pruned = await pruneStalePages(stagingDir, cacheDir, clonedPages);
if (pruned > 0) console.log(`✓ ${pruned} pagine non più esistenti rimosse`);
if (shard && stamp) {
  const manifest = await stamp.catch(async (error: unknown) => {
    await retireOutput(stagingDir, cacheDir);
    fail(`Build interrotta: parte ${formatShard(shard)} non firmata (${String(error)}).`);
  });
  await writeShardManifest(stagingDir, manifest);
  console.log(`✓ parte ${formatShard(shard)}: npm run merge-shards la unisce alle altre`);
}

// Two renames keep the window without a dist/ to a few microseconds. The old build goes to the
// cache folder, where the next build takes it back as its staging folder.
const swapStart = performance.now();
await rm(previousDir, { recursive: true, force: true });
if (existsSync(outDir)) await rename(outDir, previousDir);
await rename(stagingDir, outDir);
await retireOutput(previousDir, cacheDir);
await removingRetired;
console.log(`✓ ${values.out}/ aggiornato in ${elapsed(swapStart)} (totale ${elapsed(started)})`);
