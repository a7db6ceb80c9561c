/**
 * Long discussions stay usable without JavaScript: the first threads are shown, the rest sit in
 * a `<details>` that a reader opens, all of it in the HTML (search engines and find-in-page see
 * every comment).
 */
import type { ThreadNode } from './thread';

/** Top-level threads shown before the fold. */
export const VISIBLE_THREADS = 50;

/** A thread cut at the fold. */
export interface FoldedThread {
  shown: ThreadNode[];
  folded: ThreadNode[];
  /** Comments (replies included, placeholders not) behind the fold. */
  foldedComments: number;
}

/** Comments in `nodes` and their replies, deleted placeholders not counted. */
export function countShownComments(nodes: readonly ThreadNode[]): number {
  return nodes.reduce(
    (total, node) => total + (node.deleted ? 0 : 1) + countShownComments(node.children),
    0,
  );
}

/** Splits top-level threads at `limit`. */
export function foldThread(thread: readonly ThreadNode[], limit = VISIBLE_THREADS): FoldedThread {
  const folded = thread.slice(limit);
  return { shown: thread.slice(0, limit), folded, foldedComments: countShownComments(folded) };
}
