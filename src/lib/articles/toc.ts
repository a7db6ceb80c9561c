import type { MarkdownHeading } from '@astrojs/markdown-remark';

/** A table of contents shows only when the article has at least this many h2/h3 headings… */
export const TOC_MIN_HEADINGS = 3;

/** …and at least this many words: about three minutes of reading, below which it is clutter. */
export const TOC_MIN_WORDS = 600;

/** One line of the table of contents: an h2 with its h3s, or a lone h3 before the first h2. */
export interface TocEntry {
  /** Heading level, 2 or 3. */
  depth: number;
  /** The heading's id, the link fragment. */
  slug: string;
  /** The heading's text as rendered. */
  text: string;
  /** h3 headings under this h2, in order; always empty for an h3. */
  children: TocEntry[];
}

const isTocHeading = (heading: MarkdownHeading): boolean =>
  heading.depth === 2 || heading.depth === 3;

/**
 * Nests an article's h2 and h3 headings (Astro's `headings` from `render()`) into a two-level
 * table of contents. h1 and h4–h6 are left out. An h3 that comes before any h2 becomes a
 * top-level entry rather than being lost.
 */
export function buildToc(headings: readonly MarkdownHeading[]): TocEntry[] {
  const toc: TocEntry[] = [];
  let section: TocEntry | undefined;
  for (const { depth, slug, text } of headings.filter(isTocHeading)) {
    const entry: TocEntry = { depth, slug, text, children: [] };
    if (depth === 3 && section) {
      section.children.push(entry);
    } else {
      toc.push(entry);
      if (depth === 2) section = entry;
    }
  }
  return toc;
}

/**
 * Whether an article is long and structured enough for a table of contents: at least
 * {@link TOC_MIN_HEADINGS} h2/h3 headings and {@link TOC_MIN_WORDS} words.
 */
export function shouldShowToc(headings: readonly MarkdownHeading[], wordCount: number): boolean {
  return headings.filter(isTocHeading).length >= TOC_MIN_HEADINGS && wordCount >= TOC_MIN_WORDS;
}
