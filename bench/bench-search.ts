/**
 * `tsx bench/bench-search.ts [--articles 10000] [--seed 1] [--dist <built site>]`: what search
 * indexing costs, without a full build. Writes the benchmark corpus (articles only: comments are
 * not indexed), then runs the build's own indexer process three times: cold (empty cache), after
 * editing one article of an older year, and after editing one of the recent years. Reports wall
 * time, the peak memory of the indexer's process tree (Node and Pagefind's binaries) and of its
 * largest Pagefind binary, the primary index's article count, and the copy
 * into an output folder, which `astro:build:done` waits for. With `--dist`, the index and the
 * list of its older shards are copied into that built site so `bench/measure-search.ts` can
 * weigh a first query on it. With
 * `--primary-only`, only the primary index is written, once (what a first query loads): the
 * layout is planned from the whole corpus and the indexer is then given the articles it puts in
 * the primary index, which plan into that same shard alone. Weighing a first query at 50,000
 * articles needs no older years' shards.
 */
import { appendFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCliArgs, runCli, UsageError } from '../scripts/lib/args';
import { DEFAULT_SHAPE, resolveShape } from './corpus/shapes';
import { generateCorpus } from './corpus/corpus';
import { processTree } from './report/process-tree';
import { readProcesses, SAMPLE_MS, treeCpuSeconds } from './report/read-processes';
import { olderShards, startIndexer } from '../src/integrations/search-indexer';
import { excerptFromMarkdown } from '../src/lib/articles/excerpt';
import { PAGEFIND_BUNDLE } from '../src/lib/search/pagefind-bundle';
import { copyShards } from '../src/lib/search/write-search-shards';
import { readContent } from '../src/lib/content/read-content';
import { SITE } from '../src/site.config';
import type { CheckedArticle } from '../src/lib/content/check-content';
import { indexableArticles } from '../src/lib/search/search-plan';
import { planShards } from '../src/lib/search/search-shards';
import { articlePath } from '../src/lib/articles/paths';

const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
const USAGE =
  'tsx bench/bench-search.ts [--articles 10000] [--seed 1] [--shape <name>] [--dist <dir>] [--primary-only]';

/** The articles of `articles` that the whole archive's layout puts in the primary index. */
function primaryArticles(articles: CheckedArticle[], now: Date): CheckedArticle[] {
  const [primary] = planShards(indexableArticles(articles, now, SITE.timeZone), '');
  const urls = new Set(primary?.items.map((item) => item.url));
  return articles.filter((article) => urls.has(articlePath(article.slug)));
}

async function runIndexer(
  contentDir: string,
  cacheRoot: string,
  outDir: string,
  primaryOnly = false,
) {
  const started = performance.now();
  // The build indexes its content pass; the benchmark reads the folder the same way.
  const now = new Date();
  const { articles } = await readContent(contentDir, { cwd: PROJECT_ROOT, now });
  // The build has every excerpt from its Markdown renders by the time it indexes: they are
  // taken here from the text, and their time is left out of the indexing's.
  const excerpting = performance.now();
  const excerpts = new Map(articles.map(({ slug, body }) => [slug, excerptFromMarkdown(body)]));
  const excerptMs = performance.now() - excerpting;
  const indexer = await startIndexer({
    articles: primaryOnly ? primaryArticles(articles, now) : articles,
    now,
    root: PROJECT_ROOT,
    cacheRoot,
    timeoutMs: 30 * 60 * 1000,
    excerptOf: ({ slug }) => Promise.resolve(excerpts.get(slug) ?? ''),
  });
  let peakKb = 0;
  // The largest single Pagefind binary: its memory follows the text of the shard it writes.
  let binaryKb = 0;
  let sampling = true;
  // CPU of the whole tree, read at each sample: the machine is shared, so CPU time is the number
  // that compares between runs, wall time only on an idle machine.
  let cpuSeconds = 0;
  const sampler = (async () => {
    while (sampling && indexer.pid !== undefined) {
      const tree = processTree(indexer.pid, readProcesses());
      peakKb = Math.max(
        peakKb,
        tree.reduce((sum, { rssKb }) => sum + rssKb, 0),
      );
      for (const { name, rssKb } of tree) {
        if (name.startsWith('pagefind')) binaryKb = Math.max(binaryKb, rssKb);
      }
      const [root, ...descendants] = tree.map(({ pid }) => pid);
      if (root !== undefined) {
        cpuSeconds = Math.max(cpuSeconds, treeCpuSeconds(root, descendants) ?? 0);
      }
      await new Promise((done) => setTimeout(done, SAMPLE_MS));
    }
  })();
  await indexer.done.finally(() => (sampling = false));
  await sampler;
  const indexed = performance.now();
  // The list of the older shards is the whole corpus's, as the page of a full build fetches it.
  const archive = primaryOnly
    ? olderShards(planShards(indexableArticles(articles, now, SITE.timeZone), ''))
    : indexer.archive;
  await copyShards(
    { shards: indexer.shards, archive },
    cacheRoot,
    join(outDir, PAGEFIND_BUNDLE.dir),
  );
  const copied = performance.now();
  return {
    ...indexer,
    indexSeconds: (indexed - started - excerptMs) / 1000,
    copySeconds: (copied - indexed) / 1000,
    peakMb: Math.round(peakKb / 1024),
    binaryMb: Math.round(binaryKb / 1024),
    cpuSeconds,
  };
}

/** Articles of a run's primary index: those no older shard holds. */
const primaryCount = ({ articles, archive }: Awaited<ReturnType<typeof runIndexer>>): number =>
  articles - archive.reduce((sum, shard) => sum + shard.articles, 0);

await runCli(USAGE, async () => {
  const { values } = parseCliArgs(process.argv.slice(2), {
    articles: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    dist: { type: 'string' },
    shape: { type: 'string', default: DEFAULT_SHAPE },
    'primary-only': { type: 'boolean', default: false },
  });
  const articles = Number(values['articles']);
  const shape = resolveShape({ name: values.shape });
  if (typeof shape === 'string') throw new UsageError(shape);
  const root = await mkdtemp(join(tmpdir(), 'rotativa-bench-search-'));
  try {
    const contentDir = join(root, 'content');
    const byYear = new Map<string, string[]>();
    for (const file of generateCorpus({
      articles,
      seed: Number(values['seed']),
      timeZone: SITE.timeZone,
      shape,
    })) {
      if (!file.path.endsWith('.md')) continue;
      const path = join(contentDir, file.path);
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text);
      const year = String(file.published?.getUTCFullYear() ?? '');
      byYear.set(year, [...(byYear.get(year) ?? []), path]);
    }
    const years = [...byYear.keys()].sort();
    const cacheRoot = join(root, 'cache');
    const outDir = values['dist'] ?? join(root, 'dist');
    const report = (label: string, run: Awaited<ReturnType<typeof runIndexer>>) =>
      console.log(
        `${label}: ${run.articles} articoli (${primaryCount(run)} nell’indice principale), ` +
          `${run.shards.length} parti (${run.written} scritte, ` +
          `${run.reused} riusate): indicizzazione ${run.indexSeconds.toFixed(1)} s ` +
          `(CPU ${run.cpuSeconds.toFixed(1)} s), copia ` +
          `${run.copySeconds.toFixed(1)} s, picco ${run.peakMb} MB (binario Pagefind più ` +
          `grande ${run.binaryMb} MB)`,
      );
    if (values['primary-only']) {
      report('indice principale', await runIndexer(contentDir, cacheRoot, outDir, true));
      return 0;
    }
    report('a freddo', await runIndexer(contentDir, cacheRoot, outDir));
    for (const year of [years[1], years.at(-1)]) {
      const edited = byYear.get(year ?? '')?.[0];
      if (!edited) continue;
      await appendFile(edited, '\nUna frase aggiunta per la prova di modifica.\n');
      report(`una modifica (${year})`, await runIndexer(contentDir, cacheRoot, outDir));
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return 0;
});
