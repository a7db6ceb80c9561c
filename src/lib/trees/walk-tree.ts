/**
 * A preorder walk of a syntax tree (mdast or hast) for the Markdown pipeline's own plugins.
 * `unist-util-visit` does the same, but for every node it meets it renames a function with
 * `Object.defineProperty` (for its stack traces), which made a walk five times the cost of this
 * loop; with a dozen walks per body, that was a fifth of a body's render (docs/performance.md).
 */
import type { Node, Parent } from 'unist';

/**
 * Called with each node below the tree's root, its index and its parent. It may replace the
 * node in `parent.children` or remove nodes after it; returning `false` leaves the node's
 * descendants unvisited (and those of the node that replaced it).
 */
export type TreeVisitor<Child extends Node, Parents extends Parent> = (
  node: Child,
  index: number,
  parent: Parents,
) => boolean | void;

/**
 * Visits every node below `tree` in document order, reading each parent's children as they are
 * when the walk reaches them. Name the tree's node and parent types:
 * `walkTree<RootContent, Parents>(tree, …)` with hast's or mdast's types.
 */
export function walkTree<Child extends Node, Parents extends Parent>(
  tree: Parents,
  visitor: TreeVisitor<Child, Parents>,
): void {
  const children = tree.children as Child[];
  for (let index = 0; index < children.length; index++) {
    const node = children[index]!;
    if (visitor(node, index, tree) !== false && 'children' in node) {
      walkTree(node as unknown as Parents, visitor);
    }
  }
}
