/**
 * The `articles` collection, filled from the content pass rather than by reading the files
 * again. The store gets what listings need (front-matter, excerpt, the key of the body); the
 * rendered body goes to a page record on disk ({@link writeRecord}), rendered only when no
 * record of the same text and pipeline exists.
 *
 * @see https://docs.astro.build/en/reference/content-loader-reference/
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pLimit from 'p-limit';
import { excerptFromMarkdown } from '../lib/articles/excerpt';
import type { CheckedArticle } from '../lib/content/check-content';
import { hasRecord, readRecord, writeRecord, type BodyRecord } from '../lib/content/page-records';
import { contentDigests, type ContentDigests } from './content-digests';
import { publishableContent } from './content-pass';
import { passOptions } from './pass-options';
import { markdownSettings } from './markdown-settings';
import { watchFolder } from './watch-folder';

/**
 * Bodies rendered at once: enough to keep every Markdown worker busy while this thread prepares
 * the next ones.
 */
const RENDERS_IN_FLIGHT = 16;

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
  renderer: () => Promise<MarkdownRenderer>;
}

/** Renders a body through the site's Markdown pipeline into its page record. */
async function renderBody(
  sync: SyncContext,
  article: CheckedArticle,
  body: string,
  key: string,
): Promise<BodyRecord> {
  const renderer = await sync.renderer();
  // Plugins write their results into the frontmatter they are given: a copy keeps the
  // front-matter that is validated below free of them.
  const { code, metadata } = await renderer.render(body, {
    frontmatter: { ...article.frontmatter },
    fileURL: pathToFileURL(resolve(sync.root, article.file)),
  });
  const record: BodyRecord = {
    html: code,
    headings: metadata.headings,
    imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
    readingTime: Number(metadata.frontmatter['readingTime'] ?? 1),
    wordCount: Number(metadata.frontmatter['wordCount'] ?? 0),
  };
  await writeRecord(sync.cacheDir, 'bodies', key, record);
  return record;
}

/** Stores one article; returns its id. */
async function syncArticle(sync: SyncContext, article: CheckedArticle): Promise<string> {
  const { store } = sync.context;
  const id = article.slug;
  const filePath = relative(sync.root, resolve(sync.root, article.file)).split(sep).join('/');
  const bodyKey = sha256(sync.digests.pipeline, article.source);
  // The entry changes with the text, the code that reads it and where the file is (body images
  // resolve against it); an unchanged one is not parsed, validated or rendered again.
  const digest = sha256(bodyKey, sync.digests.data, filePath);
  if (store.get(id)?.digest === digest && hasRecord(sync.cacheDir, 'bodies', bodyKey)) return id;

  // Astro renders a body without the blank lines around it.
  const body = article.body.trim();
  const { imagePaths } = hasRecord(sync.cacheDir, 'bodies', bodyKey)
    ? await readRecord(sync.cacheDir, 'bodies', bodyKey)
    : await renderBody(sync, article, body, bodyKey);
  const excerpt = article.data?.description === undefined ? excerptFromMarkdown(body) : undefined;
  const data = await sync.context.parseData({
    id,
    data: { ...article.frontmatter, bodyKey, ...(excerpt === undefined ? {} : { excerpt }) },
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
  let renderer: Promise<MarkdownRenderer> | undefined;
  const sync: SyncContext = {
    context,
    root,
    cacheDir: fileURLToPath(context.config.cacheDir),
    digests: await contentDigests(context.config),
    renderer: () =>
      (renderer ??= context.config.markdown.processor.createRenderer(
        markdownSettings(context.config),
      )),
  };
  const limit = pLimit(RENDERS_IN_FLIGHT);
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
