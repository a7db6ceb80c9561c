/**
 * The work on one discussion, wherever it runs (the loaders' thread or a comment worker): its
 * thread built and rendered, paginated, and written as page records under its key.
 */
import { commentPageRecords } from '../lib/comments/page-record';
import { paginateComments } from '../lib/comments/paginate';
import { buildCommentThread } from '../lib/comments/thread';
import { writeRecord } from '../lib/content/page-records';
import type { Comment } from '../schemas/comments';

/** One discussion to write; its comments travel as the JSON text its key was taken from. */
export interface CommentPagesTask {
  cacheDir: string;
  threadKey: string;
  /** `JSON.stringify` of the snapshot's comments: a string crosses threads without a clone walk. */
  comments: string;
}

/** Writes the page records `<threadKey>-<page>` of a discussion; returns how many pages it takes. */
export async function writeCommentPages({
  cacheDir,
  threadKey,
  comments,
}: CommentPagesTask): Promise<number> {
  const records = commentPageRecords(
    paginateComments(buildCommentThread(JSON.parse(comments) as Comment[])),
  );
  // Page 1 last: its presence says the whole set is there.
  for (const record of records.slice(1))
    await writeRecord(cacheDir, 'comments', `${threadKey}-${record.number}`, record);
  await writeRecord(cacheDir, 'comments', `${threadKey}-1`, records[0] as (typeof records)[number]);
  return records.length;
}
