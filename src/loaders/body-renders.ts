/**
 * Article bodies rendered through the site's Markdown pipeline into page records, one render per
 * text and pipeline however many ask. The content pass starts the renders as it checks each
 * file ({@link startBodyRender}, through `passOptions`), so the Markdown workers run on the
 * other core while the pass goes on; the articles loader then takes the records it needs
 * ({@link bodyRecord}), rendering only what no one started.
 */
import type { MarkdownRenderer } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pLimit from 'p-limit';
import type { ValidatedArticle } from '../lib/content/validate-article';
import { hasRecord, readRecord, writeRecord, type BodyRecord } from '../lib/content/page-records';
import type { PooledMarkdownRenderer } from '../plugins/pooled-unified';
import { contentDigests } from './content-digests';
import { markdownSettings } from './markdown-settings';

/**
 * Bodies rendered at once: enough to keep every Markdown worker busy while this thread prepares
 * the next ones.
 */
const RENDERS_IN_FLIGHT = 16;

/**
 * Bodies the content pass must have met before it starts rendering them: a smaller site renders
 * in the loader, in this thread, without starting the Markdown workers.
 */
const STARTED_FROM_PASS_AFTER = 50;

/** What the loader keeps of a body's record: the images it must import, and the excerpt. */
export type BodySummary = Pick<BodyRecord, 'imagePaths' | 'excerpt'>;

/** The parts of an article a render needs. */
export type RenderedArticle = Pick<ValidatedArticle, 'file' | 'frontmatter' | 'body'>;

/** The key of a body's page record: its file's text under the Markdown pipeline's digest. */
export const bodyKey = (pipeline: string, source: string): string =>
  createHash('sha256').update(`${pipeline}\0${source}`).digest('hex');

interface Renders {
  root: string;
  cacheDir: string;
  renderer: () => Promise<MarkdownRenderer>;
  limit: ReturnType<typeof pLimit>;
  /** Records being written or written by this process, by key. */
  started: Map<string, Promise<BodySummary>>;
  /** Bodies the pass met before there were enough to start the workers for. */
  held: { article: RenderedArticle; key: string }[] | undefined;
}

const RENDERS = Symbol.for('rotativa.body-renders');
const shared = globalThis as { [RENDERS]?: Map<string, Renders> };

/** The renders of `config`'s project in this process. */
function rendersOf(config: AstroConfig): Renders {
  const byProject = (shared[RENDERS] ??= new Map());
  const known = byProject.get(config.root.href);
  if (known) return known;
  let renderer: Promise<MarkdownRenderer> | undefined;
  const renders: Renders = {
    root: fileURLToPath(config.root),
    cacheDir: fileURLToPath(config.cacheDir),
    renderer: () =>
      (renderer ??= config.markdown.processor.createRenderer(markdownSettings(config))),
    limit: pLimit(RENDERS_IN_FLIGHT),
    started: new Map(),
    held: [],
  };
  byProject.set(config.root.href, renders);
  return renders;
}

async function render(renders: Renders, article: RenderedArticle, key: string) {
  const renderer = await renders.renderer();
  // Plugins write their results into the frontmatter they are given: a copy keeps the
  // front-matter that is validated later free of them. Astro renders a body without the blank
  // lines around it.
  const { code, metadata } = await renderer.render(article.body.trim(), {
    frontmatter: { ...article.frontmatter },
    fileURL: pathToFileURL(resolve(renders.root, article.file)),
  });
  const record: BodyRecord = {
    html: code,
    headings: metadata.headings,
    imagePaths: [...metadata.localImagePaths, ...metadata.remoteImagePaths],
    readingTime: Number(metadata.frontmatter['readingTime'] ?? 1),
    wordCount: Number(metadata.frontmatter['wordCount'] ?? 0),
    excerpt: String(metadata.frontmatter['excerpt'] ?? ''),
  };
  await writeRecord(renders.cacheDir, 'bodies', key, record);
  return { imagePaths: record.imagePaths, excerpt: record.excerpt };
}

function recordOf(renders: Renders, article: RenderedArticle, key: string): Promise<BodySummary> {
  const known = renders.started.get(key);
  if (known) return known;
  const summary = hasRecord(renders.cacheDir, 'bodies', key)
    ? readRecord(renders.cacheDir, 'bodies', key).then(({ imagePaths, excerpt }) => ({
        imagePaths,
        excerpt,
      }))
    : renders.limit(() => render(renders, article, key));
  renders.started.set(key, summary);
  // A failed render is the loader's to report, when it asks for the record.
  summary.catch(() => renders.started.delete(key));
  return summary;
}

/**
 * The pass met enough bodies to render: the workers start at once, and the renders wait for
 * them rather than taking this thread from the pass.
 */
function startHeld(renders: Renders, held: NonNullable<Renders['held']>): void {
  renders.held = undefined;
  // Asked first, so the workers are warmed before any of the renders below reaches them.
  void renders.renderer().then((renderer: Partial<PooledMarkdownRenderer>) => renderer.warm?.());
  for (const { article, key } of held) void recordOf(renders, article, key).catch(() => {});
}

/**
 * Starts rendering `article`'s body into its page record unless the record exists or is on its
 * way; on a small site, leaves it to the loader. Nothing waits for it here.
 */
export function startBodyRender(config: AstroConfig, article: RenderedArticle, source: string) {
  const renders = rendersOf(config);
  void contentDigests(config).then(({ pipeline }) => {
    const key = bodyKey(pipeline, source);
    if (renders.started.has(key) || hasRecord(renders.cacheDir, 'bodies', key)) return;
    if (!renders.held) {
      void recordOf(renders, article, key).catch(() => {});
      return;
    }
    // Bodies the loader rendered since (an earlier pass under `astro dev`) no longer count.
    const held = renders.held.filter((body) => !renders.started.has(body.key));
    held.push({ article, key });
    renders.held = held;
    if (held.length >= STARTED_FROM_PASS_AFTER) startHeld(renders, held);
  });
}

/**
 * The excerpt the Markdown pipeline found in the body of `article`, whose file reads `source`,
 * rendering it first if no one has.
 */
export async function bodyExcerpt(
  config: AstroConfig,
  article: RenderedArticle & { source: string },
): Promise<string> {
  const { pipeline } = await contentDigests(config);
  return (await recordOf(rendersOf(config), article, bodyKey(pipeline, article.source))).excerpt;
}

/** The summary of `article`'s body record under `key`, rendering it first if no one has. */
export function bodyRecord(
  config: AstroConfig,
  article: RenderedArticle,
  key: string,
): Promise<BodySummary> {
  return recordOf(rendersOf(config), article, key);
}
