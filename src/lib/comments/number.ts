import { SITE } from '../../site.config';
import type { ThreadNode } from './thread';

/**
 * Numbers the comments of a thread in reading order (each comment, then its replies), from 1:
 * the number readers cite ("come dice il #12") and the name of each comment's permalink.
 * Deleted placeholders keep their place in the count, so numbers never shift.
 */
export function numberComments(thread: readonly ThreadNode[]): Map<string, number> {
  const numbers = new Map<string, number>();
  const stack = [...thread].reverse();
  for (let node = stack.pop(); node; node = stack.pop()) {
    numbers.set(node.id, numbers.size + 1);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as ThreadNode);
  }
  return numbers;
}

/** Whether a comment's author is the article's own author (names compared case-blind). */
export function isArticleAuthor(commentAuthor: string | undefined, articleAuthor: string): boolean {
  if (commentAuthor === undefined) return false;
  const norm = (name: string) => name.normalize('NFC').trim().toLocaleLowerCase(SITE.locale);
  return norm(commentAuthor) === norm(articleAuthor);
}
