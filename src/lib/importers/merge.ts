/**
 * Combines a freshly imported snapshot with the one already on disk, keyed by comment id, so
 * that importing is repeatable: the same export twice changes nothing (the very same object
 * comes back, and so the same bytes), a newer export adds and updates, and comments only the
 * old snapshot has (removed upstream, or from another source) are kept.
 */
import type { Comment, CommentSnapshot } from '../../schemas/comments';

/** Counts of what a merge did, for the importers' summaries. */
export interface MergeCounts {
  added: number;
  updated: number;
  unchanged: number;
  /** Replies whose parent is in neither snapshot, made top-level. */
  detached: number;
}

/** The merged snapshot, whether it differs from the existing one, and counts. */
export interface MergeResult extends MergeCounts {
  snapshot: CommentSnapshot;
  changed: boolean;
}

/** Field-by-field equality of two comments (key order and absent keys do not matter). */
function sameComment(a: Comment, b: Comment): boolean {
  return (
    a.id === b.id &&
    a.parent === b.parent &&
    a.author === b.author &&
    a.date === b.date &&
    a.body === b.body &&
    (a.status ?? 'published') === (b.status ?? 'published')
  );
}

/** Sources of both snapshots, e.g. `legacy` + `disqus` → `disqus+legacy`. */
function combinedSource(existing: string, incoming: string): string {
  const parts = new Set([...existing.split('+'), ...incoming.split('+')]);
  return [...parts].sort().join('+');
}

/** Options of {@link mergeCommentSnapshots}. */
export interface MergeOptions {
  /**
   * Ids the source now reports as spam (and so left out of `incoming`): existing copies are
   * marked `spam`, hidden but kept, since moderation often happens after a first import.
   */
  spamIds?: ReadonlySet<string>;
}

/**
 * Merges `incoming` into `existing` (undefined when the article had no snapshot).
 * Existing comments keep their place, updated ones are replaced in place, new ones are
 * appended in incoming order. `exportedAt` moves to the incoming one only when something changed.
 */
export function mergeCommentSnapshots(
  existing: CommentSnapshot | undefined,
  incoming: CommentSnapshot,
  { spamIds = new Set() }: MergeOptions = {},
): MergeResult {
  const known = new Set([...(existing?.comments ?? []), ...incoming.comments].map(({ id }) => id));
  let detached = 0;
  const arriving = incoming.comments.map((comment) => {
    if (comment.parent === null || known.has(comment.parent)) return comment;
    detached += 1;
    return { ...comment, parent: null };
  });

  if (existing === undefined) {
    const snapshot = { ...incoming, comments: arriving };
    return { snapshot, changed: true, added: arriving.length, updated: 0, unchanged: 0, detached };
  }

  const incomingById = new Map(arriving.map((comment) => [comment.id, comment]));
  const existingIds = new Set(existing.comments.map(({ id }) => id));
  let updated = 0;
  let unchanged = 0;
  const comments = existing.comments.map((comment) => {
    const next =
      incomingById.get(comment.id) ??
      (spamIds.has(comment.id) ? { ...comment, status: 'spam' as const } : undefined);
    if (next === undefined) return comment;
    if (sameComment(comment, next)) {
      unchanged += 1;
      return comment;
    }
    updated += 1;
    return next;
  });
  const added = arriving.filter(({ id }) => !existingIds.has(id));
  comments.push(...added);

  const changed = updated > 0 || added.length > 0;
  if (!changed) return { snapshot: existing, changed, added: 0, updated, unchanged, detached };
  const exportedAt = incoming.exportedAt ?? existing.exportedAt;
  const snapshot: CommentSnapshot = {
    version: 1,
    article: existing.article,
    source: combinedSource(existing.source, incoming.source),
    ...(exportedAt === undefined ? {} : { exportedAt }),
    comments,
  };
  return { snapshot, changed, added: added.length, updated, unchanged, detached };
}
