/**
 * A snapshot's flat comment list as the tree readers see.
 *
 * Rules:
 * - siblings run oldest first; comments without a date keep their place in the snapshot and the
 *   dated ones are sorted among the remaining places, so an undated legacy list stays as written;
 * - replies nest under their parent; display depth stops at {@link MAX_DISPLAY_DEPTH} (deeper
 *   replies are drawn at that depth but stay under their ancestor in the tree);
 * - spam is never shown. Its replies are kept, attached to the spam comment's nearest shown
 *   ancestor (or made top-level): they were written by other readers in good faith, and hiding
 *   them would hide published comments because of someone else's spam;
 * - a deleted comment shows as a placeholder only while it has visible replies, else it is gone;
 * - a parent that is missing or part of a cycle (which validation reports) makes the comment
 *   top-level, so no published comment is ever lost.
 */
import type { Comment } from '../../schemas/comments';
import { isPublished } from './count';
import { renderCommentBody } from './render';

/** Deepest indentation a reply is drawn at; top-level comments are depth 0. */
export const MAX_DISPLAY_DEPTH = 4;

/** One shown comment and its shown replies. */
export interface ThreadNode {
  /** Comment id, for the `commento-<id>` anchor. */
  id: string;
  /** Display name as stored; undefined when the source had none. */
  author: string | undefined;
  /** When it was written; undefined for sources without dates. */
  date: Date | undefined;
  /** Sanitised body HTML; empty for a deleted placeholder. */
  html: string;
  /** Display depth, 0 to {@link MAX_DISPLAY_DEPTH}. */
  depth: number;
  /** True for a "Commento eliminato" placeholder kept for its replies. */
  deleted: boolean;
  /** Replies, oldest first. */
  children: ThreadNode[];
}

/** Options of {@link buildCommentThread}. */
export interface ThreadOptions {
  /** Body renderer; `renderCommentBody` by default (tests pass a cheap one). */
  render?: (body: string) => string;
}

interface Entry {
  comment: Comment;
  index: number;
  time: number | undefined;
}

/**
 * Parent of every comment that is not spam, spam skipped: a map from shown-parent id (or null
 * for top level) to its replies in snapshot order.
 */
function groupReplies(byId: ReadonlyMap<string, Entry>): Map<string | null, Entry[]> {
  const resolved = new Map<string, string | null>();
  const visiting = new Set<string>();

  const resolve = (entry: Entry): string | null => {
    const { id } = entry.comment;
    const known = resolved.get(id);
    if (known !== undefined) return known;
    visiting.add(id);
    let parentId = entry.comment.parent;
    const seenSpam = new Set<string>();
    for (;;) {
      const parent = parentId === null ? undefined : byId.get(parentId);
      if (parent === undefined || parent.comment.status !== 'spam') break;
      if (seenSpam.has(parent.comment.id)) break;
      seenSpam.add(parent.comment.id);
      parentId = parent.comment.parent;
    }
    const parent = parentId === null ? undefined : byId.get(parentId);
    let result: string | null = null;
    if (
      parent !== undefined &&
      parent.comment.status !== 'spam' &&
      !visiting.has(parent.comment.id)
    ) {
      resolve(parent);
      result = parent.comment.id;
    }
    visiting.delete(id);
    resolved.set(id, result);
    return result;
  };

  const groups = new Map<string | null, Entry[]>();
  for (const entry of byId.values()) {
    if (entry.comment.status === 'spam') continue;
    const key = resolve(entry);
    const siblings = groups.get(key);
    if (siblings) siblings.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

/** Oldest first among dated siblings, each undated one left in its snapshot place. */
function chronological(siblings: readonly Entry[]): Entry[] {
  const dated = siblings
    .filter((entry) => entry.time !== undefined)
    .sort((a, b) => (a.time ?? 0) - (b.time ?? 0) || a.index - b.index);
  let next = 0;
  return siblings.map((entry) => (entry.time === undefined ? entry : (dated[next++] ?? entry)));
}

/**
 * Builds the displayed thread of one article.
 *
 * @param comments The snapshot's comments, in file order.
 * @returns Top-level comments, oldest first, each with its replies.
 */
export function buildCommentThread(
  comments: readonly Comment[],
  { render = renderCommentBody }: ThreadOptions = {},
): ThreadNode[] {
  const byId = new Map<string, Entry>();
  comments.forEach((comment, index) => {
    if (byId.has(comment.id)) return;
    const time = comment.date === undefined ? undefined : Date.parse(comment.date);
    byId.set(comment.id, { comment, index, time: Number.isNaN(time) ? undefined : time });
  });
  const groups = groupReplies(byId);

  const build = (parentId: string | null, level: number): ThreadNode[] => {
    const nodes: ThreadNode[] = [];
    for (const { comment, time } of chronological(groups.get(parentId) ?? [])) {
      const children = build(comment.id, level + 1);
      const deleted = !isPublished(comment);
      if (deleted && children.length === 0) continue;
      nodes.push({
        id: comment.id,
        author: comment.author,
        date: time === undefined ? undefined : new Date(time),
        html: deleted ? '' : render(comment.body),
        depth: Math.min(level, MAX_DISPLAY_DEPTH),
        deleted,
        children,
      });
    }
    return nodes;
  };
  return build(null, 0);
}
