/**
 * The caption an author writes in italics under an image, as the authors' guide shows: on the
 * line just below it (same paragraph) or in the paragraph just after it.
 */
import type { ElementContent, RootContent } from 'hast';

const isBlank = (node: ElementContent | RootContent) =>
  node.type === 'text' && node.value.trim() === '';

/** The content of an `<em>` standing alone among `nodes`, blank text aside. */
export function italicCaption(nodes: readonly ElementContent[]): ElementContent[] | undefined {
  const content = nodes.filter((node) => !isBlank(node));
  const only = content[0];
  return content.length === 1 && only?.type === 'element' && only.tagName === 'em'
    ? only.children
    : undefined;
}

/**
 * The italic caption in the paragraph after `siblings[index]` (blank text between them aside),
 * with that paragraph's position, so the caller can take it out of the flow.
 */
export function nextParagraphCaption(
  siblings: readonly (ElementContent | RootContent)[],
  index: number,
): { children: ElementContent[]; index: number } | undefined {
  let at = index + 1;
  while (at < siblings.length && isBlank(siblings[at] as RootContent)) at++;
  const next = siblings[at];
  if (next?.type !== 'element' || next.tagName !== 'p') return undefined;
  const children = italicCaption(next.children);
  return children ? { children, index: at } : undefined;
}
