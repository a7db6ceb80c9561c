/**
 * Turns the records of a Disqus export into comment snapshots, one per article, as the reader
 * streams them: each post is converted as it arrives, so memory holds comment text, not XML.
 * Spam is dropped and counted; its replies move up to the spam post's parent (as the thread
 * view does). Threads that match no article are kept aside with their comments, never lost.
 */
import type { Comment, CommentSnapshot } from '../../schemas/comments';
import { commentSchema } from '../../schemas/comments';
import type { ArticleUrlIndex } from './article-urls';
import type { DisqusHandlers, DisqusPost, DisqusThread } from './disqus';
import { disqusMessageToText } from './disqus-html';

/** Body of a deleted or emptied post whose text is gone; never shown (deleted comments show a placeholder). */
export const EMPTY_BODY_PLACEHOLDER = 'Commento senza testo';

/** A thread no article claimed, with what it held. */
export interface UnmatchedThread {
  /** `dsq:id`. */
  id: string;
  /** Its URL; empty when the export lacks the thread itself. */
  link: string;
  title: string;
  comments: Comment[];
}

/** Everything the export yielded. */
export interface DisqusImport {
  /** One snapshot per matched article, comments oldest first. */
  snapshots: Map<string, CommentSnapshot>;
  /** Threads with comments that match no article, in export order. */
  unmatched: UnmatchedThread[];
  /** Ids (`disqus-…`) of the spam posts dropped: a comment imported earlier may have become spam since. */
  spamIds: Set<string>;
  /** Published posts with no text left after conversion (images only…), kept as deleted. */
  empty: number;
}

/** A collector: hand it to `createDisqusReader`, then call `finish`. */
export interface DisqusCollector extends DisqusHandlers {
  finish(): DisqusImport;
}

const commentId = (dsqId: string): string => `disqus-${dsqId}`;
const isIsoDate = (value: string): boolean => commentSchema.shape.date.safeParse(value).success;

/** `createdAt` as the schema wants it: kept when already ISO with offset, normalised if readable. */
function isoDate(createdAt: string): string | undefined {
  if (isIsoDate(createdAt)) return createdAt;
  const time = Date.parse(createdAt);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString();
}

/** A non-spam post as a comment; `empty` tells whether its text vanished in conversion. */
function toComment(post: DisqusPost): { comment: Comment; empty: boolean } {
  const text = disqusMessageToText(post.message);
  const empty = text === '' && !post.isDeleted;
  const date = isoDate(post.createdAt);
  return {
    empty,
    comment: {
      id: commentId(post.id),
      parent: post.parentId === undefined ? null : commentId(post.parentId),
      ...(post.authorName === undefined ? {} : { author: post.authorName }),
      ...(date === undefined ? {} : { date }),
      body: text === '' ? EMPTY_BODY_PLACEHOLDER : text,
      ...(post.isDeleted || empty ? { status: 'deleted' as const } : {}),
    },
  };
}

/** Oldest first (undated first of all), then by id, so a file's order never depends on the export's. */
const timeOf = (comment: Comment): number =>
  comment.date === undefined ? Number.NEGATIVE_INFINITY : Date.parse(comment.date);
const byDateThenId = (a: Comment, b: Comment): number =>
  timeOf(a) - timeOf(b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Creates a collector for one export.
 *
 * @param articles Where thread URLs lead.
 * @param exportedAt When the export was made (ISO), recorded in each snapshot.
 */
export function createDisqusCollector(
  articles: ArticleUrlIndex,
  exportedAt?: string,
): DisqusCollector {
  const threads = new Map<string, DisqusThread>();
  const commentsByThread = new Map<string, Comment[]>();
  const spamParents = new Map<string, string | null>();
  let empty = 0;

  /** The nearest ancestor of a spam post that is not spam (null at the top). */
  const aboveSpam = (parent: string | null): string | null => {
    const seen = new Set<string>();
    let current = parent;
    while (current !== null && spamParents.has(current) && !seen.has(current)) {
      seen.add(current);
      current = spamParents.get(current) ?? null;
    }
    return current !== null && spamParents.has(current) ? null : current;
  };

  return {
    thread(thread) {
      threads.set(thread.id, thread);
    },
    post(post) {
      if (post.isSpam) {
        spamParents.set(
          commentId(post.id),
          post.parentId === undefined ? null : commentId(post.parentId),
        );
        return;
      }
      const converted = toComment(post);
      if (converted.empty) empty += 1;
      const key = post.threadId ?? '';
      const list = commentsByThread.get(key);
      if (list) list.push(converted.comment);
      else commentsByThread.set(key, [converted.comment]);
    },
    finish() {
      const bySlug = new Map<string, Comment[]>();
      const unmatched: UnmatchedThread[] = [];
      for (const [threadId, threadComments] of commentsByThread) {
        const comments = threadComments.map((comment) =>
          comment.parent !== null && spamParents.has(comment.parent)
            ? { ...comment, parent: aboveSpam(comment.parent) }
            : comment,
        );
        const thread = threads.get(threadId);
        const slug = thread === undefined ? undefined : articles.match(thread.link);
        if (slug === undefined) {
          unmatched.push({
            id: threadId,
            link: thread?.link ?? '',
            title: thread?.title ?? '',
            comments,
          });
          continue;
        }
        bySlug.set(slug, [...(bySlug.get(slug) ?? []), ...comments]);
      }
      const snapshots = new Map<string, CommentSnapshot>();
      for (const [slug, comments] of [...bySlug].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
        snapshots.set(slug, {
          version: 1,
          article: slug,
          source: 'disqus',
          ...(exportedAt === undefined ? {} : { exportedAt }),
          comments: [...comments].sort(byDateThenId),
        });
      }
      return { snapshots, unmatched, spamIds: new Set(spamParents.keys()), empty };
    },
  };
}
