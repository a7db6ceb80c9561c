/**
 * The `comments` collection, filled from the content pass: one entry per article with comments,
 * holding the number listings show, how many pages the discussion takes and the key of its
 * records. The comments are rendered and paginated here, once per snapshot and code version
 * (`paginateComments`), into one page record each on disk, read only by the page that shows them.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { countVisibleComments } from '../lib/comments/count';
import { commentPageRecords } from '../lib/comments/page-record';
import { paginateComments } from '../lib/comments/paginate';
import { buildCommentThread } from '../lib/comments/thread';
import { hasRecord, readRecord, writeRecord } from '../lib/content/page-records';
import { contentDigests } from './content-digests';
import { publishableContent } from './content-pass';
import { passOptions } from './pass-options';
import { watchFolder } from './watch-folder';
import type { Comment } from '../schemas/comments';

/** Records written at once. */
const WRITES_IN_FLIGHT = 16;

/** Where the loader reads from. */
export interface CommentsLoaderOptions {
  /** The content root (`content/`), relative to the project root. */
  contentDir: string;
}

/**
 * Renders and paginates a discussion into its page records (`<threadKey>-<page>`), unless a
 * build before did; returns how many pages it takes.
 */
async function writePages(
  cacheDir: string,
  threadKey: string,
  comments: Comment[],
): Promise<number> {
  const firstKey = `${threadKey}-1`;
  if (hasRecord(cacheDir, 'comments', firstKey))
    return (await readRecord(cacheDir, 'comments', firstKey)).total;
  const records = commentPageRecords(paginateComments(buildCommentThread(comments)));
  // Page 1 last: its presence says the whole set is there.
  for (const record of records.slice(1))
    await writeRecord(cacheDir, 'comments', `${threadKey}-${record.number}`, record);
  await writeRecord(cacheDir, 'comments', firstKey, records[0] as (typeof records)[number]);
  return records.length;
}

async function syncComments(
  context: LoaderContext,
  options: CommentsLoaderOptions,
  fresh: boolean,
): Promise<void> {
  const { config, store } = context;
  const cacheDir = fileURLToPath(config.cacheDir);
  const report = await publishableContent(options.contentDir, {
    ...(await passOptions(config)),
    fresh,
  });
  const { data: codeDigest } = await contentDigests(config);
  const limit = pLimit(WRITES_IN_FLIGHT);
  const syncSnapshot = async (slug: string, comments: Comment[]): Promise<void> => {
    const threadKey = createHash('sha256')
      .update(`${codeDigest}\0${JSON.stringify(comments)}`)
      .digest('hex');
    if (store.get(slug)?.digest === threadKey && hasRecord(cacheDir, 'comments', `${threadKey}-1`))
      return;
    const pages = await writePages(cacheDir, threadKey, comments);
    const data = await context.parseData({
      id: slug,
      data: { article: slug, count: countVisibleComments(comments), pages, threadKey },
    });
    store.set({ id: slug, data, digest: threadKey });
  };
  await Promise.all(
    [...report.snapshots].map(([slug, { comments }]) => limit(() => syncSnapshot(slug, comments))),
  );
  for (const id of store.keys()) if (!report.snapshots.has(id)) store.delete(id);
}

/** The loader of the `comments` collection. */
export function commentsLoader(options: CommentsLoaderOptions): Loader {
  return {
    name: 'rotativa-comments',
    async load(context) {
      await syncComments(context, options, false);
      watchFolder(context, join(options.contentDir, 'comments'), () =>
        syncComments(context, options, true),
      );
    },
  };
}
