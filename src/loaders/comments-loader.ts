/**
 * The `comments` collection, filled from the content pass: one entry per article with comments,
 * holding the number listings show, how many pages the discussion takes and the key of its
 * records. The comments are rendered and paginated once per snapshot and code version
 * (`comment-pages.ts`, on worker threads for a big archive), into one page record each on disk,
 * read only by the page that shows them.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { countVisibleComments } from '../lib/comments/count';
import { hasRecord, readRecord } from '../lib/content/page-records';
import type { ContentReport } from '../lib/content/check-content';
import { commentPagesWriter, type CommentPagesWriter } from './comment-pages';
import type { CommentPagesTask } from './comment-pages-tasks';
import { contentDigests } from './content-digests';
import { publishableContent } from './content-pass';
import { passOptions } from './pass-options';
import { watchFolder } from './watch-folder';
import type { Comment } from '../schemas/comments';

/**
 * Discussions in flight: enough to keep every comment worker busy while this thread keys the
 * next ones.
 */
const WRITES_IN_FLIGHT = 16;

/** Where the loader reads from. */
export interface CommentsLoaderOptions {
  /** The content root (`content/`), relative to the project root. */
  contentDir: string;
}

/**
 * Writes a discussion's page records (`<threadKey>-<page>`) unless a build before did; returns
 * how many pages it takes.
 */
async function writePages(writer: CommentPagesWriter, task: CommentPagesTask): Promise<number> {
  const firstKey = `${task.threadKey}-1`;
  if (hasRecord(task.cacheDir, 'comments', firstKey))
    return (await readRecord(task.cacheDir, 'comments', firstKey)).total;
  return writer.write(task);
}

async function syncComments(
  context: LoaderContext,
  options: CommentsLoaderOptions,
  fresh: boolean,
): Promise<ContentReport> {
  const { config, store } = context;
  const cacheDir = fileURLToPath(config.cacheDir);
  const report = await publishableContent(options.contentDir, {
    ...(await passOptions(config)),
    fresh,
  });
  const { data: codeDigest } = await contentDigests(config);
  const limit = pLimit(WRITES_IN_FLIGHT);
  const writer = commentPagesWriter();
  const syncSnapshot = async (slug: string, comments: Comment[]): Promise<void> => {
    const json = JSON.stringify(comments);
    const threadKey = createHash('sha256').update(`${codeDigest}\0${json}`).digest('hex');
    if (store.get(slug)?.digest === threadKey && hasRecord(cacheDir, 'comments', `${threadKey}-1`))
      return;
    const pages = await writePages(writer, { cacheDir, threadKey, comments: json });
    const data = await context.parseData({
      id: slug,
      data: { article: slug, count: countVisibleComments(comments), pages, threadKey },
    });
    store.set({ id: slug, data, digest: threadKey });
  };
  try {
    await Promise.all(
      [...report.snapshots].map(([slug, { comments }]) =>
        limit(() => syncSnapshot(slug, comments)),
      ),
    );
  } finally {
    await writer.close();
  }
  for (const id of store.keys()) if (!report.snapshots.has(id)) store.delete(id);
  return report;
}

/** The loader of the `comments` collection. */
export function commentsLoader(options: CommentsLoaderOptions): Loader {
  return {
    name: 'rotativa-comments',
    async load(context) {
      const report = await syncComments(context, options, false);
      // A build syncs once, and nothing after this loader reads the threads: the build's peak
      // memory comes later, while pages render and the index is written (docs/performance.md).
      if (!context.watcher) report.snapshots.clear();
      watchFolder(context, join(options.contentDir, 'comments'), async () => {
        await syncComments(context, options, true);
      });
    },
  };
}
