/**
 * One build's share images: the content's list of cards, each drawn once and kept in the build's
 * cache folder under a digest of what it shows and of the code and fonts that draw it, so a
 * rebuild draws only new or changed cards. The cards are listed from the build's content pass;
 * drawing runs on worker threads, on the cores Astro's rendering leaves free, started only when
 * a card is missing.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join, relative } from 'node:path';
import pLimit from 'p-limit';
import { Piscina } from 'piscina';
import type { ArticleFrontmatter } from '../../schemas/article';
import type { ShareCardInput } from '../../lib/share-image/share-card';
import { shareImageJobs, type ShareSite } from '../../lib/share-image/share-inputs';
import type { RenderTask } from './share-image-tasks';
import { syncLinks } from '../../lib/build/link-sync';

const worker = new URL('./share-image-worker.ts', import.meta.url);

/** The code and the packages that decide how a card looks. */
const DRAWING_CODE = ['../../lib/share-image/share-card.ts', './share-image-tasks.ts'];
const DRAWING_PACKAGES = ['@napi-rs/canvas', '@fontsource/source-sans-3'];

/** Digest of the card's template and renderer: source text and package versions. */
export async function drawingDigest(): Promise<string> {
  const hash = createHash('sha256');
  for (const file of DRAWING_CODE) {
    hash.update(`\0${file}\0${await readFile(new URL(file, import.meta.url), 'utf8')}`);
  }
  for (const name of DRAWING_PACKAGES) hash.update(`\0${name}@${await packageVersion(name)}`);
  return hash.digest('hex');
}

/** The installed version of `name` (some packages do not export their package.json). */
async function packageVersion(name: string): Promise<string> {
  const require = createRequire(import.meta.url);
  const entry = require.resolve(name.startsWith('@fontsource/') ? `${name}/index.css` : name);
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const { name: found, version } = JSON.parse(await readFile(manifest, 'utf8')) as {
      name?: string;
      version?: string;
    };
    if (found === name && version) return version;
  }
  throw new Error(`versione di ${name} non trovata`);
}

/** The cache key of one card: what it shows, drawn by this code. */
export const shareImageKey = (input: ShareCardInput, drawing: string): string =>
  createHash('sha256').update(drawing).update(JSON.stringify(input)).digest('hex').slice(0, 32);

/** The file of the cache folder `cacheRoot` that keeps the card `input` drawn by `drawing`. */
export const shareImageFile = (cacheRoot: string, input: ShareCardInput, drawing: string): string =>
  join(cacheRoot, `${shareImageKey(input, drawing)}.png`);

/** What one run did. */
export interface ShareImagesResult {
  /** Each article's image in the cache folder. */
  images: { slug: string; file: string }[];
  drawn: number;
  reused: number;
}

/** Options of {@link runShareImages}. */
export interface ShareImagesOptions {
  /** The articles of the build's content pass (invalid ones have no `data`). */
  articles: readonly { slug: string; data?: ArticleFrontmatter | undefined }[];
  /** Folder of the cached images, inside the build's cache folder. */
  cacheRoot: string;
  site: ShareSite;
  now: Date;
  /** Worker threads while Astro renders. Default: every core but the one Astro renders on. */
  threads?: number;
  /**
   * Settles when Astro has rendered every page: the cards still missing then are drawn on
   * every core (at most four).
   */
  rendered?: Promise<unknown>;
}

/** Lists and draws the share images of `articles` into `cacheRoot`. */
export async function runShareImages(options: ShareImagesOptions): Promise<ShareImagesResult> {
  const valid = options.articles.flatMap(({ slug, data }) => (data ? [{ slug, data }] : []));
  const drawing = await drawingDigest();
  const cards = shareImageJobs(valid, options.site, options.now).map(({ slug, input }) => ({
    slug,
    input,
    file: shareImageFile(options.cacheRoot, input, drawing),
  }));
  const missing = cards.filter(({ file }) => !existsSync(file));
  const images = cards.map(({ slug, file }) => ({ slug, file }));
  if (missing.length === 0) return { images, drawn: 0, reused: images.length };
  await mkdir(options.cacheRoot, { recursive: true });
  const cores = Math.min(4, availableParallelism());
  const threads = options.threads ?? Math.max(1, cores - 1);
  const pool = new Piscina({
    filename: worker.href,
    minThreads: 1,
    maxThreads: Math.max(threads, cores),
  });
  const limit = pLimit(threads);
  void options.rendered?.then(
    () => (limit.concurrency = Math.max(threads, cores)),
    () => {},
  );
  try {
    await Promise.all(
      missing.map(({ input, file }) => {
        const task: RenderTask = { input, file };
        return limit(() => pool.run(task, { name: 'render' }) as Promise<void>);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return { images, drawn: missing.length, reused: images.length - missing.length };
}

/**
 * Makes `folder` (the output's share-image folder) hold each image at `publicPath(slug)` (a path
 * under it, relative to `outDir`): a hard link to the cached file where the folders share a file
 * system, a copy otherwise. Images already linked (an output taken back from an earlier build) are
 * left alone, and images of articles gone are removed.
 */
export async function publishShareImages(
  images: readonly { slug: string; file: string }[],
  outDir: string,
  folder: string,
  publicPath: (slug: string) => string,
): Promise<void> {
  const root = join(outDir, folder);
  const wanted = new Map(
    images.map(({ slug, file }) => [relative(root, join(outDir, publicPath(slug))), file]),
  );
  await syncLinks(root, wanted);
}
