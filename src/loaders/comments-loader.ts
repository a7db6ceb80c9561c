/**
 * The `comments` collection, filled from the content pass: one entry per article with comments,
 * holding the number listings show and the key of the thread; the comments themselves go to a
 * page record on disk, read only by the article's page.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pLimit from 'p-limit';
import { countVisibleComments } from '../lib/comments/count';
import { hasRecord, writeRecord } from '../lib/content/page-records';
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
    if (!hasRecord(cacheDir, 'threads', threadKey))
      await writeRecord(cacheDir, 'threads', threadKey, { comments });
    if (store.get(slug)?.digest === threadKey) return;
    const data = await context.parseData({
      id: slug,
      data: { article: slug, count: countVisibleComments(comments), threadKey },
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
