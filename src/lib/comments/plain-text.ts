/**
 * Fast path of the comment renderer for plain prose, which is most comments: a text
 * with none of the characters that mean something to the comment Markdown subset renders to
 * exactly what the full pipeline would produce (a test compares the two on a corpus and on
 * random texts), at a fraction of the cost. It builds the hast the pipeline would and leaves
 * sanitizing and serialising to the same `commentHtml`, so no HTML is written by hand.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { decodeString } from 'micromark-util-decode-string';
import { commentHtml } from './comment-html';
import { BARE_URL_START } from './remark-bare-urls';

/**
 * Anything that may start inline Markdown or a quote, plus control characters and tabs (which the
 * parser treats specially), a lone CR (a line ending to the parser) and the byte-order mark (which
 * the parser drops). Raw HTML is off in comments, so `<` matters only where an autolink could
 * start (`<https://…>`, `<nome@example.it>`), and `>` only at the start of a line, as a quote.
 * `-`, `#`, `+`, `=` and `1.` are absent because the comment subset disables headings, lists
 * and rules: the equivalence test feeds them to both paths, so re-enabling a construct fails it.
 */
const MEANINGFUL =
  // Control characters are meaningful here: the full pipeline normalises them.
  // eslint-disable-next-line no-control-regex
  /[\\`*_[\]\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]|<[\w!#$%&'*+/=?^`{|}~.-]|(?:^|\n) *>|\r(?!\n)|\uFEFF/u;

/** A character reference as the parser reads one: `&eacute;`, `&#233;`, `&#xE9;`. */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z0-9]{1,31});/g;

/**
 * What a decoded reference may hold on the fast path: characters that mean nothing to the steps
 * after the parse, which read its text again (line breaks, addresses).
 */
const INERT = /^[^\s\p{Cc}\p{Cf}A-Za-z0-9.:/@]+$/u;

/** True when every character reference in `text` is left as typed (an unknown name) or inert. */
const inertReferences = (text: string): boolean =>
  [...text.matchAll(CHARACTER_REFERENCE)].every(([reference]) => {
    const value = decodeString(reference);
    return value === reference || INERT.test(value);
  });

/** True when `text` can take the fast path. */
export function isPlainText(text: string): boolean {
  return !MEANINGFUL.test(text) && !BARE_URL_START.test(text) && inertReferences(text);
}

/**
 * A hast text node of prose from a fast-path text, its character references decoded by the
 * parser's own string decoder (a fast-path text has no backslash escapes for it to decode).
 */
export const proseNode = (raw: string): ElementContent => textNode(decodeString(raw));

/** A hast text node. */
export const textNode = (value: string): ElementContent => ({ type: 'text', value });

/** A hast element with no attributes but those given. */
export const element = (
  tagName: string,
  children: ElementContent[],
  properties: Record<string, string> = {},
): ElementContent => ({ type: 'element', tagName, properties, children });

/**
 * Joins blocks with the newline text nodes `remark-rehype` puts between them, so the serialised
 * HTML matches the pipeline's to the byte.
 */
export const joinBlocks = (blocks: readonly ElementContent[]): RootContent[] =>
  blocks.flatMap((block, index) => (index === 0 ? [block] : [textNode('\n'), block]));

/**
 * `text` as paragraphs the way the comment pipeline lays out prose: blank lines separate
 * paragraphs, other line breaks become `<br>`, spaces around lines are dropped, and each line's
 * content is `renderLine` of it.
 */
export function paragraphNodes(
  text: string,
  renderLine: (line: string) => ElementContent[],
): ElementContent[] {
  const paragraphs: ElementContent[][][] = [[]];
  for (const rawLine of text.split(/\r?\n/)) {
    const line = rawLine.replace(/^ +| +$/g, '');
    const current = paragraphs.at(-1) ?? [];
    if (line !== '') current.push(renderLine(line));
    else if (current.length > 0) paragraphs.push([]);
  }
  return paragraphs
    .filter((lines) => lines.length > 0)
    .map((lines) =>
      element(
        'p',
        lines.flatMap((line, index) =>
          index === 0 ? line : [element('br', []), textNode('\n'), ...line],
        ),
      ),
    );
}

/**
 * `text` (which must pass {@link isPlainText}) as HTML: blank lines separate paragraphs, other
 * line breaks become `<br>`, spaces around lines are dropped.
 */
export function renderPlainText(text: string): string {
  const tree: Root = {
    type: 'root',
    children: joinBlocks(paragraphNodes(text, (line) => [proseNode(line)])),
  };
  return commentHtml(tree);
}
