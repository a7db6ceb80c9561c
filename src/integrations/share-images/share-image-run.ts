/**
 * One build's share images: the content's list of cards, each drawn once and kept in the build's
 * cache folder under a digest of what it shows and of the code and fonts that draw it, so a
 * rebuild draws only new or changed cards. A card starts drawing as soon as the content pass has
 * checked its article, on worker threads started only when a card is missing. Astro's rendering
 * keeps a core of its own, and the cards still missing when it ends are drawn on every core.
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

/** An article as the content pass checked it (an invalid one has no `data`). */
export type CheckedShareArticle = { slug: string; data?: ArticleFrontmatter | undefined };

/** Options of {@link startShareImages}. */
export interface ShareImagesOptions {
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

/** A build's drawing of share images, fed article by article as the content pass checks them. */
export interface ShareImagesRun {
  /** Starts drawing `article`'s card, if it gets one and the cache lacks it. */
  add(article: CheckedShareArticle): void;
  /** The cards of the pass's `articles`, once every one is in the cache folder. */
  finish(articles: readonly CheckedShareArticle[]): Promise<ShareImagesResult>;
}

/**
 * Cards a worker thread holds at once. The thread then draws several cards between two turns of
 * the main thread's event loop, which the content pass takes only every few files.
 */
const CARDS_PER_THREAD = 4;

/** A card and the cache file it goes to. */
interface Card {
  slug: string;
  input: ShareCardInput;
  file: string;
}

/** Starts a build's share images; the worker threads start with the first missing card. */
export function startShareImages(options: ShareImagesOptions): ShareImagesRun {
  const digest = drawingDigest();
  // Failures are reported by `finish`; until it is called they must not count as unhandled.
  digest.catch(() => {});
  const cards = (articles: readonly CheckedShareArticle[], drawing: string): Card[] => {
    const valid = articles.flatMap(({ slug, data }) => (data ? [{ slug, data }] : []));
    return shareImageJobs(valid, options.site, options.now).map(({ slug, input }) => ({
      slug,
      input,
      file: shareImageFile(options.cacheRoot, input, drawing),
    }));
  };
  const drawing = new Map<string, Promise<void>>();
  let pool: { draw: (card: Card) => Promise<void>; close: () => Promise<void> } | undefined;
  const draw = (card: Card): Promise<void> => {
    const known = drawing.get(card.file);
    if (known) return known;
    pool ??= drawingPool(options);
    const drawn = pool.draw(card);
    drawn.catch(() => {});
    drawing.set(card.file, drawn);
    return drawn;
  };
  return {
    add(article) {
      void digest.then(
        (drawn) => {
          for (const card of cards([article], drawn)) if (!existsSync(card.file)) void draw(card);
        },
        () => {},
      );
    },
    async finish(articles) {
      const all = cards(articles, await digest);
      const missing = all.filter((card) => drawing.has(card.file) || !existsSync(card.file));
      try {
        await Promise.all(missing.map(draw));
        // Cards started for articles the finished pass does not publish (a slug taken twice).
        await Promise.allSettled(drawing.values());
      } finally {
        await pool?.close();
      }
      const images = all.map(({ slug, file }) => ({ slug, file }));
      return { images, drawn: missing.length, reused: images.length - missing.length };
    },
  };
}

/** The worker threads that draw cards into the cache folder. */
function drawingPool({ cacheRoot, threads: asked, rendered }: ShareImagesOptions) {
  const cores = Math.min(4, availableParallelism());
  const threads = asked ?? Math.max(1, cores - 1);
  const pool = new Piscina({
    filename: worker.href,
    minThreads: 1,
    maxThreads: Math.max(threads, cores),
    concurrentTasksPerWorker: CARDS_PER_THREAD,
  });
  // Never more cards in flight than the threads in use hold, so no thread starts before its time.
  const limit = pLimit(threads * CARDS_PER_THREAD);
  void rendered?.then(
    () => (limit.concurrency = Math.max(threads, cores) * CARDS_PER_THREAD),
    () => {},
  );
  const folder = mkdir(cacheRoot, { recursive: true });
  return {
    draw: ({ input, file }: Card): Promise<void> =>
      limit(async () => {
        await folder;
        const task: RenderTask = { input, file };
        await (pool.run(task, { name: 'render' }) as Promise<void>);
      }),
    close: () => pool.destroy(),
  };
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
