/**
 * Search for the site's build. The integration owns the index: at `astro:build:start` it plans
 * the shards from the build's content pass (the articles its loaders read) and writes those the
 * cache lacks in a process of its own (`search-indexer.ts`), which works at the lowest priority
 * on the cores Astro's rendering leaves idle; at `astro:build:done` it waits for it and copies the
 * shards into the output, with the list of the older ones that the search page fetches when a
 * search first reaches them. A plain `astro build` thus gives a searchable site, and an indexing
 * failure fails the build.
 *
 * Under `astro dev` it indexes the dev content the same way and serves the bundle itself.
 *
 * It also makes every bundled script its own file (Astro inlines small `<script>` bundles, which
 * a Content-Security-Policy with `script-src 'self'` would block).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroConfig, AstroIntegration } from 'astro';
import type { CheckedArticle } from '../lib/content/check-content';
import { PAGEFIND_BUNDLE } from '../lib/search/pagefind-bundle';
import { copyShards, pruneShards } from '../lib/search/write-search-shards';
import { publicationTime } from '../lib/articles/published';
import { bodyExcerpt } from '../loaders/body-renders';
import { contentPass } from '../loaders/content-pass';
import { devSearchMiddleware } from './dev-search-middleware';
import { startIndexer, type RunningIndexer } from './search-indexer';

/**
 * Vite's `build.assetsInlineLimit` as a function: never inline JavaScript (so no inline
 * `<script>` reaches the HTML), and leave every other asset to the default 4 kB rule.
 *
 * @see https://vite.dev/config/build-options#build-assetsinlinelimit
 */
export function neverInlineScripts(filePath: string): false | undefined {
  return /\.[cm]?js$/.test(filePath) ? false : undefined;
}

/**
 * How long indexing may go without taking a new shard before it is taken for hung, unless
 * `ROTATIVA_SEARCH_TIMEOUT_MS` says: a deadline for the whole run failed a 100,000-article build.
 */
const DEFAULT_TIMEOUT_MS = 10 * 60 * 1000;

/** The Astro integration; register it in `astro.config.mjs` under `integrations`. */
export function rotativaPagefind(contentDir: string): AstroIntegration {
  let cacheRoot = '';
  let root = '';
  // Set at `astro:config:done`, before any hook that indexes.
  let astroConfig!: AstroConfig;
  let indexer: Promise<RunningIndexer> | undefined;
  const timeoutMs = Number(process.env['ROTATIVA_SEARCH_TIMEOUT_MS']) || DEFAULT_TIMEOUT_MS;
  /** Indexes the content pass of this process (the loaders' one, or a first one in dev). */
  const index = async (): Promise<RunningIndexer> => {
    const { articles } = await contentPass(contentDir);
    const now = publicationTime(process.env);
    const excerptOf = (article: CheckedArticle) => bodyExcerpt(astroConfig, article);
    return startIndexer({ articles, now, root, cacheRoot, timeoutMs, excerptOf });
  };
  return {
    name: 'rotativa-pagefind',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { build: { assetsInlineLimit: neverInlineScripts } } });
      },
      'astro:config:done': ({ config }) => {
        astroConfig = config;
        cacheRoot = join(fileURLToPath(config.cacheDir), 'rotativa-search');
        root = fileURLToPath(config.root);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundleDir = join(cacheRoot, 'dev', PAGEFIND_BUNDLE.dir);
        // Indexed once per dev server start: restart it to search newly written articles.
        const ready = index().then(async ({ articles, shards, archive, done }) => {
          await done;
          await copyShards({ shards, archive }, cacheRoot, bundleDir);
          logger.info(`indice di ricerca per l’anteprima: ${articles} articoli`);
          return bundleDir;
        });
        ready.catch((error: unknown) => logger.error(String(error)));
        server.middlewares.use(`/${PAGEFIND_BUNDLE.dir}`, devSearchMiddleware(ready));
      },
      'astro:build:start': () => {
        indexer = index();
        // Awaited at `astro:build:done`; a failure before then must not be unhandled.
        indexer.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!indexer) return;
        const started = performance.now();
        const { articles, shards, archive, written, reused, done } = await indexer;
        await done;
        await pruneShards(cacheRoot, shards);
        const bundleDir = join(fileURLToPath(dir), PAGEFIND_BUNDLE.dir);
        await copyShards({ shards, archive }, cacheRoot, bundleDir);
        logger.info(
          `indice di ricerca: ${articles} articoli in ${shards.length} parti ` +
            `(${written} scritte, ${reused} dalla build precedente); attesa ${Math.round(performance.now() - started)} ms`,
        );
      },
    },
  };
}
