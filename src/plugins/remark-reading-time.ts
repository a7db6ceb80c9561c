import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { Parents, RootContent } from 'mdast';
import { walkTree } from '../lib/trees/walk-tree';
import { countWords, readingMinutes } from '../lib/articles/reading-time';

/** What {@link remarkReadingTime} adds to the page's `remarkPluginFrontmatter`. */
export interface ReadingTimeFrontmatter {
  /** Words of the article prose (also the JSON-LD `wordCount`). */
  wordCount: number;
  /** Whole minutes, at least 1, for the byline's "N min di lettura". */
  readingTime: number;
}

/**
 * Counts the words a reader reads and stores `wordCount` and `readingTime` in
 * `file.data.astro.frontmatter`, which Astro hands back as `remarkPluginFrontmatter`.
 *
 * Counted: prose text and inline code (it sits inside sentences), including tables and
 * footnotes. Not counted: fenced or indented code blocks (a listing is scanned, not read at
 * prose speed, and would inflate the estimate), raw HTML, and image alt text (not shown).
 */
export const remarkReadingTime: RemarkPlugin<[]> = () => (tree, file) => {
  let words = 0;
  // Each text node is counted on its own so words of adjacent blocks never fuse.
  walkTree<RootContent, Parents>(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') words += countWords(node.value);
  });
  const data: ReadingTimeFrontmatter = { wordCount: words, readingTime: readingMinutes(words) };
  file.data.astro ??= {};
  file.data.astro.frontmatter = Object.assign(file.data.astro.frontmatter ?? {}, data);
};
