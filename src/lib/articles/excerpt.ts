import type { Nodes, Paragraph, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { italianTypography } from '../text/italian-typography';

/** Default length of an excerpt: what search engines show of a meta description. */
export const EXCERPT_MAX = 160;

/** What may end a cut excerpt before the `…`: spaces, weak punctuation, openers, `"`. */
const DANGLING_END = /[\s,;:.\-–—([{«“‘"]+$/u;

const parser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Plain text of the first real paragraph of a Markdown body, for the meta description and the
 * article cards when the author wrote none.
 *
 * A real paragraph is a top-level paragraph with visible text: headings, lists, block quotes
 * (someone else's words), tables, code, HTML blocks and image-only paragraphs are skipped.
 * Markdown syntax, inline HTML, images and footnote markers are dropped, whitespace is
 * collapsed, text longer than `max` is cut at a word boundary and ends with `…` (counted in
 * `max`), and Italian typography is applied as on the page (`"ciao"` → `«ciao»`).
 *
 * The build takes it from the tree its Markdown pipeline parses anyway
 * (`src/plugins/remark-excerpt.ts`, {@link excerptFromTree}); this parses the body for it.
 *
 * @returns The excerpt, or `''` when the body has no paragraph.
 */
export function excerptFromMarkdown(markdownBody: string, max = EXCERPT_MAX): string {
  return excerptFromTree(parser.parse(markdownBody), max);
}

/**
 * {@link excerptFromMarkdown} of a body already parsed (remark with GFM, before any plugin
 * changes its text). Typography runs on the cut text only: it never lengthens it.
 */
export function excerptFromTree(tree: Root, max = EXCERPT_MAX): string {
  const paragraph = tree.children.find(isRealParagraph);
  if (!paragraph) return '';
  return italianTypography(truncate(collapseWhitespace(plainText(paragraph)), max));
}

const isRealParagraph = (node: Nodes): node is Paragraph =>
  node.type === 'paragraph' && plainText(node).trim() !== '';

/**
 * Visible text of an mdast node. Unlike mdast-util-to-string it drops inline HTML and image alt
 * text and turns hard line breaks into spaces, so `a\` + newline + `b` does not become `ab`.
 */
function plainText(node: Nodes | Root): string {
  switch (node.type) {
    case 'text':
    case 'inlineCode':
      return node.value;
    case 'break':
      return ' ';
    case 'html':
    case 'image':
    case 'imageReference':
    case 'footnoteReference':
      return '';
    default:
      return 'children' in node ? node.children.map(plainText).join('') : '';
  }
}

function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  // The last space within the first `max` characters leaves room for the `…`.
  const space = text.lastIndexOf(' ', max - 1);
  const head = space > 0 ? text.slice(0, space) : hardCut(text, max - 1);
  return `${head.replace(DANGLING_END, '')}…`;
}

/** Cuts a single over-long word (a URL) without splitting a surrogate pair. */
function hardCut(text: string, length: number): string {
  const cut = text.slice(0, length);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}
