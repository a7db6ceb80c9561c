/**
 * Turns off the Markdown a comment may not use, at the parser: what is not recognised stays the
 * text the reader typed. Raw HTML in particular is never parsed, so `<script>` reaches the page
 * as visible, inert text instead of vanishing. Headings, lists, rules, indented code and images
 * are off too: readers type `1.`, `-`, `#` or four spaces by accident far more often than on
 * purpose, and none of them survives the sanitizer anyway.
 */
import type { Processor } from 'unified';

/** micromark construct names left out of comments (CommonMark names, see `micromark/lib/constructs`). */
export const DISABLED_COMMENT_CONSTRUCTS = [
  'htmlFlow',
  'htmlText',
  'headingAtx',
  'setextUnderline',
  'thematicBreak',
  'list',
  'codeIndented',
  'codeFenced',
  'labelStartImage',
];

/** remark plugin: parse only the comment subset (paragraphs, emphasis, quotes, links, code). */
export function remarkCommentSubset(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: DISABLED_COMMENT_CONSTRUCTS } });
}
