/**
 * A snapshot's flat comment list as the tree readers see.
 *
 * Rules:
 * - siblings run oldest first; comments without a date keep their place in the snapshot and the
 *   dated ones are sorted among the remaining places, so an undated legacy list stays as written;
 * - replies nest under their parent down to {@link MAX_DISPLAY_DEPTH}; deeper replies follow
 *   their ancestor at that depth, in reading order, in the same list: the tree is never deeper
 *   than the page draws it, however long a reply chain an untrusted snapshot holds;
 * - nothing here recurses on the comments: a chain of any length costs no stack;
 * - spam is never shown. Its replies are kept, attached to the spam comment's nearest shown
 *   ancestor (or made top-level): they were written by other readers in good faith, and hiding
 *   them would hide published comments because of someone else's spam;
 * - a deleted comment shows as a placeholder only while it has visible replies, else it is gone;
 * - a parent that is missing or part of a cycle (which validation reports) makes the comment
 *   top-level, so no published comment is ever lost.
 */
import type { Comment } from '../../schemas/comments';
import { isPublishedComment } from './count';
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

/** The nearest parent of `entry` that is not spam, skipping spam ancestors; undefined at the top. */
function shownParent(entry: Entry, byId: ReadonlyMap<string, Entry>): Entry | undefined {
  const seenSpam = new Set<string>();
  let parentId = entry.comment.parent;
  for (;;) {
    const parent = parentId === null ? undefined : byId.get(parentId);
    if (parent === undefined) return undefined;
    if (parent.comment.status !== 'spam') return parent;
    // A cycle of spam comments leads nowhere: the reply goes to the top.
    if (seenSpam.has(parent.comment.id)) return undefined;
    seenSpam.add(parent.comment.id);
    parentId = parent.comment.parent;
  }
}

/**
 * Parent of every comment that is not spam, spam skipped: a map from shown-parent id (or null
 * for top level) to its replies in snapshot order. A cycle is cut where the walk up from the
 * first comment reached meets itself again: that comment goes to the top.
 */
function groupReplies(byId: ReadonlyMap<string, Entry>): Map<string | null, Entry[]> {
  const resolved = new Map<string, string | null>();
  for (const start of byId.values()) {
    if (start.comment.status === 'spam' || resolved.has(start.comment.id)) continue;
    const path: Entry[] = [];
    const onPath = new Set<string>();
    let top: string | null = null;
    for (let entry: Entry | undefined = start; entry !== undefined;) {
      path.push(entry);
      onPath.add(entry.comment.id);
      const parent = shownParent(entry, byId);
      if (parent === undefined || onPath.has(parent.comment.id)) break;
      if (resolved.has(parent.comment.id)) {
        top = parent.comment.id;
        break;
      }
      entry = parent;
    }
    path.forEach((entry, index) =>
      resolved.set(entry.comment.id, path[index + 1]?.comment.id ?? top),
    );
  }

  const groups = new Map<string | null, Entry[]>();
  for (const entry of byId.values()) {
    if (entry.comment.status === 'spam') continue;
    const key = resolved.get(entry.comment.id) ?? null;
    const siblings = groups.get(key);
    if (siblings) siblings.push(entry);
    else groups.set(key, [entry]);
  }
  return groups;
}

/** Ids of the comments that have a published comment in their subtree (themselves included). */
function withPublished(groups: ReadonlyMap<string | null, Entry[]>): Set<string> {
  const marked = new Set<string>();
  // Post-order without recursion: each comment is settled after all of its replies.
  const stack: { entry: Entry; expanded: boolean }[] = (groups.get(null) ?? []).map((entry) => ({
    entry,
    expanded: false,
  }));
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { entry } = item;
    const replies = groups.get(entry.comment.id) ?? [];
    if (!item.expanded) {
      stack.push({ entry, expanded: true });
      for (const reply of replies) stack.push({ entry: reply, expanded: false });
    } else if (isPublishedComment(entry.comment) || replies.some((r) => marked.has(r.comment.id))) {
      marked.add(entry.comment.id);
    }
  }
  return marked;
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
  const shown = withPublished(groups);

  const roots: ThreadNode[] = [];
  // Depth-first with an explicit stack, children pushed last-first so they come out in order.
  // Below the cap a reply goes into the list its ancestor sits in, right after it.
  const stack: { entry: Entry; level: number; into: ThreadNode[] }[] = [];
  const pushReplies = (parentId: string | null, level: number, into: ThreadNode[]) => {
    const replies = chronological(groups.get(parentId) ?? []);
    for (let i = replies.length - 1; i >= 0; i--) {
      const entry = replies[i];
      if (entry !== undefined && shown.has(entry.comment.id)) stack.push({ entry, level, into });
    }
  };
  pushReplies(null, 0, roots);
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const { comment, time } = item.entry;
    const deleted = !isPublishedComment(comment);
    const node: ThreadNode = {
      id: comment.id,
      author: comment.author,
      date: time === undefined ? undefined : new Date(time),
      html: deleted ? '' : render(comment.body),
      depth: Math.min(item.level, MAX_DISPLAY_DEPTH),
      deleted,
      children: [],
    };
    item.into.push(node);
    pushReplies(
      comment.id,
      item.level + 1,
      item.level < MAX_DISPLAY_DEPTH ? node.children : item.into,
    );
  }
  return roots;
}
