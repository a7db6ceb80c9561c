/**
 * The `articles` collection, filled from the content pass rather than by reading the files
 * again. The store gets what listings and the search page need (front-matter, excerpt, the key
 * and the length of the body; `article-additions.ts`); the
 * rendered body goes to a page record on disk (`body-renders.ts`), rendered only when no record
 * of the same text and pipeline exists.
 *
 * @see https://docs.astro.build/en/reference/content-loader-reference/
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import type { CheckedArticle } from '../lib/content/check-content';
import { hasRecord } from '../lib/content/page-records';
import { articleAdditions } from './article-additions';
import { bodyKey, bodyRecord } from './body-renders';
import { contentDigests, type ContentDigests } from './content-digests';
import { publishableContent } from './content-pass';
import { passOptions } from './pass-options';
import { watchFolder } from './watch-folder';

/** Articles stored at once; their bodies' renders are limited in `body-renders.ts`. */
const SYNCS_IN_FLIGHT = 16;

const sha256 = (...parts: string[]): string =>
  createHash('sha256').update(parts.join('\0')).digest('hex');

/** Where the loader reads from, and which modules make up the code it caches the work of. */
export interface ArticlesLoaderOptions {
  /** The content root (`content/`), relative to the project root. */
  contentDir: string;
}

interface SyncContext {
  context: LoaderContext;
  root: string;
  cacheDir: string;
  digests: ContentDigests;
}

/** Stores one article; returns its id. */
async function syncArticle(sync: SyncContext, article: CheckedArticle): Promise<string> {
  const { store } = sync.context;
  const id = article.slug;
  const filePath = relative(sync.root, resolve(sync.root, article.file)).split(sep).join('/');
  const recordKey = bodyKey(sync.digests.pipeline, article.source);
  // The entry changes with the text, the code that reads it and where the file is (body images
  // resolve against it); an unchanged one is not parsed, validated or rendered again.
  const digest = sha256(recordKey, sync.digests.data, filePath);
  if (store.get(id)?.digest === digest && hasRecord(sync.cacheDir, 'bodies', recordKey)) return id;

  const { imagePaths, excerpt } = await bodyRecord(sync.context.config, article, recordKey);
  const added = articleAdditions(article, recordKey, excerpt);
  // The pass validated the front-matter with this collection's schema already; only a cover
  // needs Astro's own parse, which turns its path into an image import.
  const data =
    article.data && article.data.cover === undefined
      ? { ...article.data, ...added }
      : await sync.context.parseData({
          id,
          data: { ...article.frontmatter, ...added },
          filePath: resolve(sync.root, article.file),
        });
  store.set({ id, data, filePath, digest, assetImports: imagePaths });
  return id;
}

async function syncArticles(
  context: LoaderContext,
  options: ArticlesLoaderOptions,
  fresh: boolean,
): Promise<void> {
  const root = fileURLToPath(context.config.root);
  const report = await publishableContent(options.contentDir, {
    ...(await passOptions(context.config)),
    fresh,
  });
  const sync: SyncContext = {
    context,
    root,
    cacheDir: fileURLToPath(context.config.cacheDir),
    digests: await contentDigests(context.config),
  };
  const limit = pLimit(SYNCS_IN_FLIGHT);
  const ids = new Set(
    await Promise.all(report.articles.map((article) => limit(() => syncArticle(sync, article)))),
  );
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
}

/** The loader of the `articles` collection. */
export function articlesLoader(options: ArticlesLoaderOptions): Loader {
  return {
    name: 'rotativa-articles',
    async load(context) {
      await syncArticles(context, options, false);
      watchFolder(context, join(options.contentDir, 'articles'), () =>
        syncArticles(context, options, true),
      );
    },
  };
}
