/**
 * `npm run bench:search -- [--dist dist] [--query batterie] [--archive] [--steps 3] [--json]`:
 * what search weighs on a built site, for the README and the benchmark (run it on the
 * benchmark's kept `dist/`). With `--archive`, the query also searches the older articles
 * (`&archivio=1`); with `--steps n`, "Cerca anche negli articoli più vecchi" is then clicked up to
 * n times, and each step's downloads and time to its results are measured.
 *
 * 1. The index on disk: every file under `dist/pagefind/`, by part, raw and gzipped.
 * 2. A first query: headless Chromium with an empty cache opens `/cerca/?q=<query>` on a loopback
 *    server and records every file it fetches (workers included) until the results are shown and
 *    the network is idle. The server sends files as they are; the gzip column is what a CDN
 *    compressing text would send. It also reads the page's long tasks (main thread busy over
 *    50 ms, `PerformanceObserver` type `longtask`), from navigation to the idle network, and
 *    what filled them: each long animation frame (`long-animation-frame`) with its time in
 *    style and layout and its scripts by source.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { UsageError, parseCliArgs, runCli } from '../scripts/lib/args';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { serveStatic } from '../tests/helpers/static-server';
import { PAGEFIND_BUNDLE } from '../src/lib/search/pagefind-bundle';
import { longMainThreadTasks, type MainThreadTask } from './main-thread-tasks';
import {
  formatKilobytes,
  formatPartWeights,
  isCompressible,
  weighByPart,
  type WeighedFile,
} from './search-weight';

/** Enough of Chromium's trace to see the main thread's tasks, with their thread CPU time. */
const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'];

const USAGE =
  'npm run bench:search -- [--dist dist] [--query batterie] [--archive] [--steps 3] [--json]';

/** Size of the built file at a site path, raw and as a CDN would send it. */
async function weigh(distDir: string, path: string): Promise<WeighedFile | undefined> {
  const file = join(distDir, decodeURIComponent(path.endsWith('/') ? `${path}index.html` : path));
  const bytes = await readFile(file).catch(() => undefined);
  if (!bytes) return undefined;
  const gzipBytes = isCompressible(path) ? gzipSync(bytes, { level: 9 }).length : bytes.length;
  return { path, bytes: bytes.length, gzipBytes };
}

async function weighIndex(distDir: string): Promise<WeighedFile[]> {
  const bundleDir = join(distDir, PAGEFIND_BUNDLE.dir);
  const entries = await readdir(bundleDir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
  const weighed = await Promise.all(
    files.map((file) => weigh(distDir, `/${relative(distDir, file).split(sep).join('/')}`)),
  );
  return weighed.filter((file) => file !== undefined);
}

interface FirstQuery {
  url: string;
  summary: string;
  results: number;
  millisecondsToResults: number;
  downloads: WeighedFile[];
  /** Durations of the page's long tasks, in milliseconds. */
  longTasks: number[];
  /** The page's long animation frames: what ran in them. */
  longFrames: LongFrame[];
  /** The main thread's tasks over 50 ms from a trace, with the CPU time each got. */
  tracedTasks: MainThreadTask[];
  /** The clicks on "Cerca anche negli articoli più vecchi" after it. */
  steps: ArchiveStep[];
}

/** One click on "Cerca anche negli articoli più vecchi": what it fetched, and when it answered. */
interface ArchiveStep {
  /** The scope line it left, `Risultati dagli articoli da maggio 2023 a oggi.` */
  scope: string;
  summary: string;
  millisecondsToResults: number;
  downloads: WeighedFile[];
}

/** A long animation frame: its length, its style and layout, its scripts (milliseconds). */
interface LongFrame {
  duration: number;
  styleAndLayout: number;
  scripts: { source: string; invoker: string; duration: number }[];
}

/** Reads the long animation frames so far, in the page (no imports: it runs in Chromium). */
function readLongFrames(): Promise<LongFrame[]> {
  interface Frame extends PerformanceEntry {
    styleAndLayoutStart: number;
    scripts: { sourceURL: string; invoker: string; duration: number }[];
  }
  return new Promise((done) => {
    // One expression: a named helper here would be renamed by the bundler out of the page's reach.
    new PerformanceObserver((list) =>
      done(
        (list.getEntries() as Frame[]).map((frame) => ({
          duration: Math.round(frame.duration),
          styleAndLayout: Math.round(
            frame.styleAndLayoutStart > 0
              ? frame.startTime + frame.duration - frame.styleAndLayoutStart
              : 0,
          ),
          scripts: frame.scripts.map((script) => ({
            source: new URL(script.sourceURL || location.href).pathname,
            invoker: script.invoker,
            duration: Math.round(script.duration),
          })),
        })),
      ),
    ).observe({
      type: 'long-animation-frame',
      buffered: true,
    });
    // With no long frame the observer stays silent: answer after the next frames.
    requestAnimationFrame(() => requestAnimationFrame(() => done([])));
  });
}

/** Clicks "Cerca anche negli articoli più vecchi" up to `count` times, while it is shown. */
async function clickSteps(
  page: Page,
  distDir: string,
  paths: readonly string[],
  count: number,
): Promise<ArchiveStep[]> {
  const steps: ArchiveStep[] = [];
  const button = page.locator('[data-search-archive]');
  const scope = page.locator('[data-search-scope]');
  while (steps.length < count && (await button.isVisible())) {
    const before = await scope.textContent();
    const fetched = paths.length;
    const started = Date.now();
    await button.click();
    // A step's shards are merged and its first results fetched before the scope line changes.
    await page.waitForFunction(
      (previous) => document.querySelector('[data-search-scope]')?.textContent !== previous,
      before,
      { timeout: 60_000 },
    );
    const millisecondsToResults = Date.now() - started;
    const downloads = await Promise.all(paths.slice(fetched).map((path) => weigh(distDir, path)));
    steps.push({
      scope: (await scope.textContent()) ?? '',
      summary: (await page.locator('[data-search-status]').textContent()) ?? '',
      millisecondsToResults,
      downloads: downloads.filter((file) => file !== undefined),
    });
  }
  return steps;
}

async function measureFirstQuery(
  distDir: string,
  query: string,
  archive: boolean,
  stepCount: number,
): Promise<FirstQuery> {
  const server = await serveStatic(distDir);
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const paths: string[] = [];
    // Pagefind fetches its index from a worker; the context sees those requests too.
    context.on('requestfinished', (request) => paths.push(new URL(request.url()).pathname));
    const search = `/cerca/?q=${encodeURIComponent(query)}${archive ? '&archivio=1' : ''}`;
    const url = `${server.url}${search}`;
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    const started = Date.now();
    await page.goto(url);
    const status = page.locator('[data-search-status]');
    await status.filter({ hasText: /risultat/ }).waitFor({ timeout: 60_000 });
    const millisecondsToResults = Date.now() - started;
    await page.waitForLoadState('networkidle');
    const longTasks = await page.evaluate(
      () =>
        new Promise<number[]>((done) => {
          new PerformanceObserver((list) =>
            done(list.getEntries().map((entry) => Math.round(entry.duration))),
          ).observe({ type: 'longtask', buffered: true });
          // With no long task the observer stays silent: answer after the next frames.
          requestAnimationFrame(() => requestAnimationFrame(() => done([])));
        }),
    );
    const longFrames = await page.evaluate(readLongFrames);
    const tracedTasks = longMainThreadTasks((await browser.stopTracing()).toString());
    const downloads = (await Promise.all(paths.map((path) => weigh(distDir, path)))).filter(
      (file) => file !== undefined,
    );
    return {
      url: search,
      summary: (await status.textContent()) ?? '',
      results: await page.locator('.search-result').count(),
      millisecondsToResults,
      downloads,
      longTasks,
      longFrames,
      tracedTasks,
      steps: await clickSteps(page, distDir, paths, stepCount),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

await runCli(USAGE, async () => {
  const { values } = parseCliArgs(process.argv.slice(2), {
    dist: { type: 'string', default: 'dist' },
    query: { type: 'string', default: 'batterie' },
    json: { type: 'boolean', default: false },
    archive: { type: 'boolean', default: false },
    steps: { type: 'string', default: '0' },
  });
  const stepCount = Number(values.steps);
  if (!Number.isInteger(stepCount) || stepCount < 0) {
    throw new UsageError(`--steps vuole un numero intero, non «${values.steps}»`);
  }
  const distDir = resolve(values.dist);
  const index = weighByPart(await weighIndex(distDir));
  const first = await measureFirstQuery(distDir, values.query, values.archive, stepCount);
  const download = weighByPart(first.downloads);

  if (values.json) {
    console.log(
      JSON.stringify(
        {
          distDir,
          index,
          firstQuery: {
            ...first,
            downloads: download,
            steps: first.steps.map((step) => ({ ...step, downloads: weighByPart(step.downloads) })),
          },
        },
        null,
        2,
      ),
    );
    return 0;
  }
  const served = index.filter((row) => row.part !== 'UI Pagefind non usate');
  const sum = (rows: typeof index) => rows.reduce((total, row) => total + row.bytes, 0);
  console.log(
    `Indice di ricerca in ${relative(process.cwd(), join(distDir, PAGEFIND_BUNDLE.dir)) || '.'}/`,
  );
  console.log(formatPartWeights(index, { skip: ['UI Pagefind non usate'] }));
  console.log(
    `  (più ${formatKilobytes(sum(index) - sum(served))} di UI Pagefind che Rotativa non carica)\n`,
  );
  console.log(
    `Prima ricerca: ${first.url} → ${first.summary}, ${first.results} risultati mostrati`,
  );
  console.log(`  risultati dopo ${first.millisecondsToResults} ms (loopback, cache vuota)`);
  const longest = Math.max(0, ...first.longTasks);
  console.log(
    `  compiti lunghi sul thread della pagina: ${first.longTasks.length}` +
      (first.longTasks.length > 0 ? ` (il più lungo ${longest} ms)` : ''),
  );
  console.log(
    `  compiti oltre 50 ms nella traccia: ${first.tracedTasks.length}` +
      first.tracedTasks.map(({ wall, cpu }) => `; ${wall} ms (CPU ${cpu} ms)`).join(''),
  );
  for (const frame of first.longFrames) {
    const scripts = frame.scripts
      .map(({ source, invoker, duration }) => `${source} ${invoker} ${duration} ms`)
      .join('; ');
    console.log(
      `    frame lungo ${frame.duration} ms: stile e layout ${frame.styleAndLayout} ms` +
        (scripts === '' ? '' : `; script: ${scripts}`),
    );
  }
  console.log(formatPartWeights(download));
  for (const [i, step] of first.steps.entries()) {
    console.log(
      `\nPasso ${i + 1} negli articoli più vecchi: ${step.scope} → ${step.summary}` +
        `, risultati dopo ${step.millisecondsToResults} ms`,
    );
    console.log(formatPartWeights(weighByPart(step.downloads)));
  }
  return 0;
});
