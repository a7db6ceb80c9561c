/**
 * The words of a Markdown body, for the search index (pure). A full Markdown parse of a
 * 10,000-article archive costs close to a minute of CPU; indexing needs the visible words and
 * where blocks end, not a syntax tree, so this reads the body line by line and strips inline
 * syntax with a few regular expressions. Rare constructs may leave a stray character in the
 * index; they never hide a word.
 */
import { italianTypography } from '../text/italian-typography';

/** Ends a block that has punctuation of its own. */
export const CLOSED = /[.!?:;…]["'»”’)]*$/u;

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const HEADING = /^ {0,3}#{1,6}(?:\s+|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(?:=+|-+)\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+/;
const QUOTE = /^\s*>\s?/;
const LINK_DEFINITION = /^ {0,3}\[(?!\^)[^\]]+\]:/;
const FOOTNOTE_DEFINITION = /^ {0,3}\[\^[^\]]+\]:\s*/;
const TABLE_DELIMITER = /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/;
const HTML_BLOCK = /^ {0,3}<[A-Za-z!/]/;
const THEMATIC_BREAK = /^ {0,3}(?:[-*_]\s*){3,}$/;

/**
 * Inline syntax, in the order it must be removed, each with the characters without which its
 * pattern cannot match: most sentences of news prose hold none of them, and a search for a
 * character costs far less than a replace that finds nothing.
 */
const INLINE: [needs: readonly string[], pattern: RegExp, replacement: string][] = [
  [['['], /!\[[^\]]*\]\([^)]*\)/g, ''],
  [['['], /!\[[^\]]*\]\[[^\]]*\]/g, ''],
  [['['], /\[\^[^\]]+\]/g, ''],
  [['['], /\[([^\]]*)\]\([^)]*\)/g, '$1'],
  [['['], /\[([^\]]*)\]\[[^\]]*\]/g, '$1'],
  [['<'], /<(https?:\/\/[^>\s]+)>/g, '$1'],
  [['<'], /<\/?[A-Za-z][^>]*>/g, ''],
  [['*', '~', '`'], /\*+|~~|`+/g, ''],
  [['_'], /(^|[^\p{L}\p{N}])_+|_+(?=[^\p{L}\p{N}]|$)/gu, '$1'],
  [['\\'], /\\([!-/:-@[-`{-~])/g, '$1'],
  [['&'], /&nbsp;/g, ' '],
  [['&'], /&amp;/g, '&'],
];

/** Whitespace that is not a single plain space: what collapsing whitespace would change. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;

function inline(text: string): string {
  let out = text;
  for (const [needs, pattern, replacement] of INLINE) {
    if (needs.some((character) => out.includes(character))) {
      out = out.replace(pattern, replacement);
    }
  }
  return (UNEVEN_SPACE.test(out) ? out.replace(/\s+/g, ' ') : out).trim();
}

/**
 * The plain text of a Markdown body, one sentence per block: headings, list items and table
 * cells get a full stop when they have no punctuation of their own, so an excerpt shows
 * `Prezzi. Il modello base costa…` rather than running the heading into the sentence. HTML
 * blocks, images, link definitions and footnote markers are left out, code is kept, and
 * Italian typography is applied as on the page.
 */
export function markdownPlainText(markdown: string): string {
  const sentences: string[] = [];
  let paragraph: string[] = [];
  let fence: string | undefined;
  let inHtml = false;
  const push = (text: string) => {
    const words = inline(text);
    if (words !== '') sentences.push(CLOSED.test(words) ? words : `${words}.`);
  };
  const endParagraph = () => {
    if (paragraph.length > 0) push(paragraph.join(' '));
    paragraph = [];
  };
  for (const line of markdown.split('\n')) {
    const fenceMark = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (
        fenceMark !== undefined &&
        fenceMark[0] === fence[0] &&
        fenceMark.length >= fence.length
      ) {
        fence = undefined;
        endParagraph();
      } else paragraph.push(line.replace(/[*_~`]/g, ' '));
      continue;
    }
    if (fenceMark !== undefined) {
      endParagraph();
      fence = fenceMark;
      continue;
    }
    if (line.trim() === '') {
      endParagraph();
      inHtml = false;
      continue;
    }
    if (inHtml || (paragraph.length === 0 && HTML_BLOCK.test(line))) {
      inHtml = true;
      continue;
    }
    const text = line.includes('>') ? line.replace(QUOTE, '') : line;
    if (HEADING.test(text)) {
      endParagraph();
      push(text.replace(HEADING, '').replace(/\s#+\s*$/, ''));
    } else if (paragraph.length > 0 && SETEXT_UNDERLINE.test(text)) {
      endParagraph();
    } else if (THEMATIC_BREAK.test(text) || LINK_DEFINITION.test(text)) {
      endParagraph();
    } else if (text.includes('|') && (TABLE_DELIMITER.test(text) || /^\s*\|/.test(text))) {
      endParagraph();
      if (!TABLE_DELIMITER.test(text)) for (const cell of text.split('|')) push(cell);
    } else if (LIST_ITEM.test(text)) {
      endParagraph();
      paragraph.push(text.replace(LIST_ITEM, ''));
    } else {
      paragraph.push(text.includes('[^') ? text.replace(FOOTNOTE_DEFINITION, '') : text);
    }
  }
  endParagraph();
  return italianTypography(sentences.join(' '));
}
