/**
 * `npm run bench -- --articles 10000 [--seed 42] [--json] [--keep]`: the build benchmark.
 *
 * Generates a deterministic synthetic archive in a temporary folder, runs the real production
 * build on it (`scripts/build.ts`: content check, `astro build`, Pagefind, swap) with its own
 * content-layer cache, and reports wall time, time per stage, pages/s, peak memory of the whole
 * process tree, output and search-index size, article page weight; then the same for a rebuild
 * with no change and a rebuild after editing one article.
 *
 * Other flags: `--repeat <n>` runs the whole sequence n times and reports medians (each repeat
 * starts from an empty cache); `--cold-only` skips the rebuilds; `--profile` writes V8 CPU
 * profiles of the cold builds' Node processes and prints where the time went; `--shape <name>`
 * picks the kind of archive (`bench/corpus/shapes.ts`), and `--layout`, `--comments`, `--prose`,
 * `--length` change one axis of it.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { gzipSync } from 'node:zlib';
import { stripVTControlCharacters } from 'node:util';
import { parseCliArgs, runCli, UsageError } from '../scripts/lib/args';
import { buildStages, builtPageCount, type TimedLine } from './report/build-stages';
import {
  formatBenchReport,
  median,
  medianRuns,
  type ArticleWeight,
  type BenchResult,
  type BuildRun,
  type OutputSize,
} from './report/bench-report';
import { generateCorpus, type CorpusFile } from './corpus/corpus';
import { DEFAULT_SHAPE, resolveShape, type CorpusShape, type NamedShape } from './corpus/shapes';
import { summariseCpuProfile, type CpuProfile, type ProfileSummary } from './report/cpu-profile';
import { HUGO_SITE_FILES, hugoContent, PAGEFIND_ARGS } from './hugo/hugo-site';
import { hasScript, stylesheetHrefs, withoutComments } from './report/page-weight';
import { treeMemory } from './report/process-tree';
import { readProcesses, SAMPLE_MS } from './report/read-processes';
import { SITE } from '../src/site.config';

const USAGE = [
  'npm run bench -- [--articles 1000] [--seed 42] [--repeat 1] [--json] [--keep] [--cold-only]',
  '  [--profile] [--shape archive|flat-newsroom|flat-heavy|years-prose] [--layout flat|years]',
  '  [--comments archive|newsroom|heavy] [--prose plain|heavy] [--length standard|mixed] [--hugo]',
].join('\n');
const PROJECT_ROOT = resolve(import.meta.dirname, '..');
const GNU_TIME = '/usr/bin/time';
const WEIGHT_SAMPLE = 50;
const HUGO_DONE = '✓ hugo';

/** Progress goes to stderr, so `--json` output stays clean. */
const progress = (message: string): void => void process.stderr.write(`[bench] ${message}\n`);

function positiveInteger(flag: string, value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1)
    throw new UsageError(`${flag} vuole un intero positivo, non "${value}"`);
  return number;
}

/** Samples the memory of `pid`'s process tree until `stop` is called; returns the peaks in MB. */
function sampleMemory(pid: number): {
  stop: () => Promise<{ peakMb: number; byProcessMb: Record<string, number> }>;
} {
  let running = true;
  let peakKb = 0;
  const peakByName = new Map<string, number>();
  const loop = (async () => {
    while (running) {
      const { totalKb, byName } = treeMemory(pid, readProcesses());
      peakKb = Math.max(peakKb, totalKb);
      for (const [name, kb] of byName)
        peakByName.set(name, Math.max(peakByName.get(name) ?? 0, kb));
      await new Promise((done) => setTimeout(done, SAMPLE_MS));
    }
  })();
  return {
    stop: async () => {
      running = false;
      await loop;
      return {
        peakMb: peakKb / 1024,
        byProcessMb: Object.fromEntries([...peakByName].map(([name, kb]) => [name, kb / 1024])),
      };
    },
  };
}

/** Every file under `dir` with its size. */
async function listFiles(dir: string): Promise<{ path: string; bytes: number }[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return Promise.all(
    entries
      .filter((entry) => entry.isFile())
      .map(async (entry) => {
        const path = join(entry.parentPath, entry.name);
        return { path, bytes: (await stat(path)).size };
      }),
  );
}

async function measureOutput(distDir: string): Promise<OutputSize> {
  const files = await listFiles(distDir);
  const index = files.filter((file) => file.path.startsWith(join(distDir, 'pagefind/')));
  const sum = (list: typeof files) => list.reduce((total, file) => total + file.bytes, 0);
  return {
    bytes: sum(files),
    files: files.length,
    htmlFiles: files.filter((file) => file.path.endsWith('.html')).length,
    searchIndexBytes: sum(index),
    searchIndexFiles: index.length,
  };
}

/** Gzipped HTML (comments removed) plus linked CSS of article pages spread over the archive. */
async function measureArticleWeight(distDir: string): Promise<ArticleWeight | undefined> {
  const articlesDir = join(distDir, 'articoli');
  // Article folders only: another generator may write a listing or feed beside them.
  const slugs = (await readdir(articlesDir).catch(() => [] as string[]))
    .filter((slug) => existsSync(join(articlesDir, slug, 'index.html')))
    .sort();
  if (slugs.length === 0) return undefined;
  const step = Math.max(1, Math.floor(slugs.length / WEIGHT_SAMPLE));
  const sample = slugs.filter((_, i) => i % step === 0).slice(0, WEIGHT_SAMPLE);
  const cssBytes = new Map<string, number>();
  const weights: number[] = [];
  let pagesWithScript = 0;
  for (const slug of sample) {
    const html = await readFile(join(articlesDir, slug, 'index.html'), 'utf8');
    if (hasScript(html)) pagesWithScript += 1;
    let bytes = gzipSync(withoutComments(html)).length;
    for (const href of stylesheetHrefs(html)) {
      if (!cssBytes.has(href)) {
        const css = await readFile(join(distDir, href.split('?')[0] ?? href)).catch(() =>
          Buffer.alloc(0),
        );
        cssBytes.set(href, gzipSync(css).length);
      }
      bytes += cssBytes.get(href) ?? 0;
    }
    weights.push(bytes);
  }
  return {
    sampled: weights.length,
    medianGzipBytes: median(weights),
    maxGzipBytes: Math.max(...weights),
    pagesWithScript,
  };
}

/** A command run under GNU time with its output lines stamped and its memory sampled. */
interface TimedRun {
  exitCode: number;
  wallSeconds: number;
  cpuSeconds: number | undefined;
  lines: TimedLine[];
  peakRssMb: number;
  peakRssMbByProcess: Record<string, number>;
}

/** Runs `command` in `cwd`, timing its output lines, sampling memory; writes the log to `logFile`. */
async function runTimed(
  command: readonly string[],
  { cwd, env, logFile }: { cwd: string; env: NodeJS.ProcessEnv; logFile: string },
): Promise<TimedRun> {
  // GNU time reports the CPU time of the whole tree (each process waits for its children), which
  // other work on the machine inflates far less than wall time.
  const timeFile = `${logFile}.time`;
  const timed = existsSync(GNU_TIME)
    ? [GNU_TIME, '-f', '%U %S', '-o', timeFile, ...command]
    : command;
  const started = performance.now();
  const child = spawn(timed[0] as string, timed.slice(1), {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env,
  });
  const memory = sampleMemory(child.pid ?? -1);
  const lines: TimedLine[] = [];
  const collect = (stream: NodeJS.ReadableStream) =>
    new Promise<void>((done) => {
      const reader = createInterface({ input: stream, crlfDelay: Infinity });
      // Astro colours its log even through a pipe.
      reader.on('line', (line) =>
        lines.push({ at: performance.now() - started, line: stripVTControlCharacters(line) }),
      );
      reader.on('close', done);
    });
  const [exitCode] = await Promise.all([
    new Promise<number>((done) => child.on('close', (code) => done(code ?? 1))),
    collect(child.stdout),
    collect(child.stderr),
  ]);
  const wallSeconds = (performance.now() - started) / 1000;
  const peaks = await memory.stop();
  lines.sort((a, b) => a.at - b.at);
  await writeFile(
    logFile,
    lines.map(({ at, line }) => `${(at / 1000).toFixed(3)} ${line}`).join('\n'),
  );
  if (exitCode !== 0)
    progress(
      `${command.join(' ')} failed (exit ${exitCode}); last lines of ${logFile}:\n${lines
        .slice(-30)
        .map((l) => l.line)
        .join('\n')}`,
    );
  const cpu = await readFile(timeFile, 'utf8').catch(() => '');
  const [user, system] = (/^([\d.]+) ([\d.]+)\s*$/m.exec(cpu) ?? []).slice(1).map(Number);
  return {
    exitCode,
    wallSeconds,
    cpuSeconds: user === undefined || system === undefined ? undefined : user + system,
    lines,
    peakRssMb: peaks.peakMb,
    peakRssMbByProcess: peaks.byProcessMb,
  };
}

/** Options of one build run. */
interface RunOptions {
  kind: string;
  contentDir: string;
  distDir: string;
  cacheDir: string;
  logFile: string;
  profileDir?: string | undefined;
}

/** Runs `scripts/build.ts` as `npm run build` does, timing its output lines and sampling memory. */
async function runBuild({
  kind,
  contentDir,
  distDir,
  cacheDir,
  logFile,
  profileDir,
}: RunOptions): Promise<BuildRun> {
  const nodeOptions = [
    process.env['NODE_OPTIONS'],
    profileDir && `--cpu-prof --cpu-prof-dir=${profileDir}`,
  ]
    .filter(Boolean)
    .join(' ');
  // As `npm run build` runs it: tsx as a loader of this process, not a second process.
  const build = [
    process.execPath,
    '--import',
    'tsx',
    'scripts/build.ts',
    '--content',
    contentDir,
    '--out',
    distDir,
  ];
  const run = await runTimed(build, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ROTATIVA_CACHE_DIR: cacheDir, NODE_OPTIONS: nodeOptions },
    logFile,
  });
  const ok = run.exitCode === 0;
  const stages = buildStages(run.lines);
  const pages = builtPageCount(run.lines);
  const rendering = stages.find((stage) => stage.name === 'rendering')?.seconds;
  return {
    kind,
    ok,
    exitCode: run.exitCode,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    stages,
    pages,
    pagesPerSecond: pages === undefined ? undefined : pages / run.wallSeconds,
    renderPagesPerSecond: pages === undefined || !rendering ? undefined : pages / rendering,
    peakRssMb: run.peakRssMb,
    peakRssMbByProcess: run.peakRssMbByProcess,
    output: ok ? await measureOutput(distDir) : undefined,
    articleWeight: ok && kind === 'cold' ? await measureArticleWeight(distDir) : undefined,
  };
}

/**
 * Builds the Hugo copy of the corpus with `hugo` then Pagefind, as one timed process tree (Hugo
 * keeps no cache that would spare it work: every run renders every page).
 */
async function runHugo(kind: string, siteDir: string, logFile: string): Promise<BuildRun> {
  const publicDir = join(siteDir, 'public');
  await rm(publicDir, { recursive: true, force: true });
  const pagefind = [join(PROJECT_ROOT, 'node_modules/.bin/pagefind'), ...PAGEFIND_ARGS];
  // The marker lines split the time between the two tools.
  const script = `hugo --quiet && echo '${HUGO_DONE}' && ${pagefind.map((arg) => `'${arg}'`).join(' ')}`;
  const run = await runTimed(['sh', '-c', script], { cwd: siteDir, env: process.env, logFile });
  const ok = run.exitCode === 0;
  const output = ok ? await measureOutput(publicDir) : undefined;
  const hugoSeconds = (run.lines.find((line) => line.line === HUGO_DONE)?.at ?? 0) / 1000;
  return {
    kind,
    ok,
    exitCode: run.exitCode,
    wallSeconds: run.wallSeconds,
    cpuSeconds: run.cpuSeconds,
    stages: ok
      ? [
          { name: 'hugo', seconds: hugoSeconds },
          { name: 'pagefind', seconds: run.wallSeconds - hugoSeconds },
        ]
      : [],
    pages: output?.htmlFiles,
    pagesPerSecond: output === undefined ? undefined : output.htmlFiles / run.wallSeconds,
    renderPagesPerSecond:
      output === undefined || hugoSeconds === 0 ? undefined : output.htmlFiles / hugoSeconds,
    peakRssMb: run.peakRssMb,
    peakRssMbByProcess: run.peakRssMbByProcess,
    output,
    articleWeight: ok && kind === 'cold' ? await measureArticleWeight(publicDir) : undefined,
  };
}

/** Writes the Hugo copy of the corpus: its layouts and one page per article. */
async function writeHugoSite(siteDir: string, corpus: Iterable<CorpusFile>): Promise<void> {
  const made = new Set<string>();
  for (const file of [...HUGO_SITE_FILES, ...hugoContent(corpus)]) {
    const path = join(siteDir, file.path);
    if (!made.has(dirname(path))) {
      await mkdir(dirname(path), { recursive: true });
      made.add(dirname(path));
    }
    await writeFile(path, file.text);
  }
}

/** Writes the corpus; returns the article paths and what it holds. */
async function writeCorpus(contentDir: string, articles: number, seed: number, shape: CorpusShape) {
  const articlePaths: string[] = [];
  const made = new Set<string>();
  let commentFiles = 0;
  let comments = 0;
  let bytes = 0;
  for (const file of generateCorpus({ articles, seed, timeZone: SITE.timeZone, shape })) {
    const path = join(contentDir, file.path);
    const dir = dirname(path);
    if (!made.has(dir)) {
      await mkdir(dir, { recursive: true });
      made.add(dir);
    }
    await writeFile(path, file.text);
    bytes += Buffer.byteLength(file.text);
    if (file.path.endsWith('.md')) articlePaths.push(path);
    else {
      commentFiles += 1;
      comments += (JSON.parse(file.text) as { comments: unknown[] }).comments.length;
    }
  }
  return { articlePaths, commentFiles, comments, bytes };
}

/** Profiles in `dir` with their summaries, largest first. */
async function summariseProfiles(
  dir: string,
): Promise<{ file: string; summary: ProfileSummary }[]> {
  const files = (await readdir(dir).catch(() => [] as string[])).filter((name) =>
    name.endsWith('.cpuprofile'),
  );
  const summaries = await Promise.all(
    files.map(async (name) => {
      const text = await readFile(join(dir, name), 'utf8');
      return {
        file: join(dir, name),
        summary: summariseCpuProfile(JSON.parse(text) as CpuProfile),
      };
    }),
  );
  // The tsx launcher and the build script mostly wait for Astro: its profile is the one with work.
  const busy = (summary: ProfileSummary) =>
    summary.totalMs - (summary.functions.find((f) => f.name.startsWith('(idle)'))?.ms ?? 0);
  return summaries.sort((a, b) => busy(b.summary) - busy(a.summary));
}

function formatProfile({ file, summary }: { file: string; summary: ProfileSummary }): string {
  const row = ({ name, ms, share }: { name: string; ms: number; share: number }) =>
    `    ${(ms / 1000).toFixed(2).padStart(7)} s ${(share * 100).toFixed(1).padStart(5)}%  ${name}`;
  return [
    `profile ${file} (${(summary.totalMs / 1000).toFixed(1)} s sampled)`,
    '  by package:',
    ...summary.packages.slice(0, 15).map(row),
    '  by function (self time):',
    ...summary.functions.map(row),
    '  by function (inclusive time):',
    ...summary.callers.map(row),
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseCliArgs(process.argv.slice(2), {
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '42' },
    repeat: { type: 'string', default: '1' },
    json: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'cold-only': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    shape: { type: 'string', default: DEFAULT_SHAPE },
    layout: { type: 'string' },
    comments: { type: 'string' },
    prose: { type: 'string' },
    length: { type: 'string' },
    hugo: { type: 'boolean', default: false },
  });
  const articles = positiveInteger('--articles', values.articles);
  const seed = Number.parseInt(values.seed, 10);
  if (!Number.isInteger(seed)) throw new UsageError(`--seed vuole un intero, non "${values.seed}"`);
  const repeat = positiveInteger('--repeat', values.repeat);
  const shape: NamedShape | string = resolveShape({
    name: values.shape,
    layout: values.layout,
    comments: values.comments,
    prose: values.prose,
    length: values.length,
  });
  if (typeof shape === 'string') throw new UsageError(shape);

  // Inside the project on purpose: Astro writes its server bundle next to `outDir` only when
  // that is under the working directory, and into the shared `.astro/.prerender/` otherwise,
  // where a concurrent build (a test run) would overwrite it mid-build.
  const benchDir = join(PROJECT_ROOT, 'node_modules/.cache/rotativa-bench');
  await mkdir(benchDir, { recursive: true });
  const root = await mkdtemp(join(benchDir, 'run-'));
  const contentDir = join(root, 'content');
  const distDir = join(root, 'dist');
  const cacheDir = join(root, 'cache');
  try {
    progress(`generating ${articles} articles (seed ${seed}, shape ${shape.name}) in ${root}`);
    const generateStart = performance.now();
    const corpus = await writeCorpus(contentDir, articles, seed, shape);
    const generateSeconds = (performance.now() - generateStart) / 1000;
    // The article in the middle of the archive: its edit changes one page, a few listings and the index.
    const edited = corpus.articlePaths[Math.floor(corpus.articlePaths.length / 2)] as string;
    const original = await readFile(edited, 'utf8');
    const edit = '\nAggiornamento: abbiamo aggiunto una precisazione sui prezzi in Italia.\n';
    const hugoDir = join(root, 'hugo');
    const hugoEdited = join(hugoDir, 'content/articoli', basename(edited));
    if (values.hugo) {
      progress('writing the same corpus as a Hugo site');
      await writeHugoSite(
        hugoDir,
        generateCorpus({ articles, seed, timeZone: SITE.timeZone, shape }),
      );
    }
    const hugoOriginal = values.hugo ? await readFile(hugoEdited, 'utf8') : '';
    const hugoRuns: BuildRun[] = [];
    const runHugoTimed = async (round: number, kind: string) => {
      progress(`hugo + pagefind ${round}/${repeat}: ${kind}`);
      const run = await runHugo(
        kind,
        hugoDir,
        join(root, `hugo-${round}-${kind.replaceAll(' ', '-')}.log`),
      );
      progress(
        `  ${run.ok ? 'ok' : 'FAILED'} in ${run.wallSeconds.toFixed(1)} s, peak ${run.peakRssMb.toFixed(0)} MB`,
      );
      hugoRuns.push(run);
    };

    const runs: BuildRun[] = [];
    const profiles: { file: string; summary: ProfileSummary }[] = [];
    for (let round = 1; round <= repeat; round++) {
      await rm(distDir, { recursive: true, force: true });
      await rm(cacheDir, { recursive: true, force: true });
      await writeFile(edited, original);
      if (values.hugo) {
        await writeFile(hugoEdited, hugoOriginal);
        // Back to back with Rotativa's cold build, so both meet the same load on the machine.
        await runHugoTimed(round, 'cold');
      }
      const kinds = values['cold-only'] ? ['cold'] : ['cold', 'no change', 'one article edited'];
      for (const kind of kinds) {
        if (kind === 'one article edited') {
          await writeFile(edited, `${original}${edit}`);
        }
        const profileDir =
          values.profile && kind === 'cold' ? join(root, `profiles-${round}`) : undefined;
        progress(`build ${round}/${repeat}: ${kind}`);
        const run = await runBuild({
          kind,
          contentDir,
          distDir,
          cacheDir,
          logFile: join(root, `build-${round}-${kind.replaceAll(' ', '-')}.log`),
          profileDir,
        });
        progress(
          `  ${run.ok ? 'ok' : 'FAILED'} in ${run.wallSeconds.toFixed(1)} s, peak ${run.peakRssMb.toFixed(0)} MB`,
        );
        runs.push(run);
        if (values.hugo && kind === 'one article edited') {
          await writeFile(hugoEdited, `${hugoOriginal}${edit}`);
          await runHugoTimed(round, kind);
        }
        if (profileDir !== undefined) profiles.push(...(await summariseProfiles(profileDir)));
        if (!run.ok) break;
      }
    }

    const result: BenchResult & { profiles?: typeof profiles; folder?: string } = {
      articles,
      seed,
      shape,
      commentFiles: corpus.commentFiles,
      comments: corpus.comments,
      corpusBytes: corpus.bytes,
      generateSeconds,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model.trim() ?? 'unknown',
        memoryGb: totalmem() / 1024 ** 3,
        node: process.versions.node,
        platform: `${process.platform} ${process.arch}`,
      },
      runs,
      medians: medianRuns(runs),
      ...(values.hugo
        ? { baseline: { name: 'Hugo + Pagefind', runs: hugoRuns, medians: medianRuns(hugoRuns) } }
        : {}),
      ...(values.profile ? { profiles } : {}),
      ...(values.keep ? { folder: root } : {}),
    };
    if (values.json) console.log(JSON.stringify(result, null, 2));
    else {
      console.log(formatBenchReport(result));
      for (const profile of profiles) console.log(`${formatProfile(profile)}\n`);
      if (values.keep) console.log(`kept: ${root}`);
    }
    return [...runs, ...hugoRuns].every((run) => run.ok) ? 0 : 1;
  } finally {
    if (!values.keep) await rm(root, { recursive: true, force: true });
  }
}

await runCli(USAGE, main);
