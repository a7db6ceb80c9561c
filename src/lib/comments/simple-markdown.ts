/**
 * Second fast path of the comment renderer, for the Markdown readers actually type: a word in
 * `*emphasis*` or `**strong**`, a bare `https://` address, a one-line `> quote` opening the
 * comment. About one comment in five uses one of these and the full pipeline costs them
 * hundreds of microseconds each; here they cost a few. Anything outside this narrow shape
 * returns undefined and goes through the full pipeline. A test compares the two paths on the
 * synthetic corpus, on hand-written edge cases and on random texts built from these pieces.
 */
import type { ElementContent } from 'hast';
import { commentHtml } from './comment-html';
import {
  element,
  isPlainText,
  joinBlocks,
  paragraphNodes,
  proseNode,
  textNode,
} from './plain-text';

/**
 * A whole word of letters between one or two asterisks, after a space or at the line's start;
 * or an address of lower-case host labels and a path of letters, digits and hyphens after a
 * space that follows text (the full pipeline leaves an address unlinked when it is a whole text
 * node, alone in its paragraph or between emphases). Either ends at a space or the line's end,
 * so no delimiter run can pair with another and no sentence punctuation ends an address.
 */
const SIMPLE_INLINE =
  /(?:(?<=^| )(\*\*?)(\p{L}+)\1|(?<=[^*\s] )(https?:\/\/[a-z0-9-]+(?:\.[a-z0-9-]+)+(?:\/[\p{L}\p{N}-]+)*))(?= |$)/gmu;

/** A first line `> text` (text without spaces at its edges) followed by a blank line. */
const LEADING_QUOTE = /^> ([^ \n](?:[^\n]*[^ \n])?)\n\n/;

/** `line` as hast: its emphasis and addresses as elements, the rest as text. */
function inlineNodes(line: string): ElementContent[] {
  const nodes: ElementContent[] = [];
  let last = 0;
  for (const match of line.matchAll(SIMPLE_INLINE)) {
    const [token, delimiter, word = '', url] = match;
    if (match.index > last) nodes.push(proseNode(line.slice(last, match.index)));
    if (url !== undefined) nodes.push(element('a', [textNode(url)], { href: encodeURI(url) }));
    else nodes.push(element(delimiter === '*' ? 'em' : 'strong', [textNode(word)]));
    last = match.index + token.length;
  }
  if (last < line.length) nodes.push(proseNode(line.slice(last)));
  return nodes;
}

/** True when `text` is plain prose once its simple emphasis and addresses are set aside. */
const isSimple = (text: string): boolean => isPlainText(text.replace(SIMPLE_INLINE, 'x'));

/**
 * The HTML the full comment pipeline gives `text`, when `text` uses no Markdown beyond single
 * words in emphasis or strong, bare http(s) addresses and a one-line opening quote; otherwise
 * undefined.
 */
export function renderSimpleMarkdown(text: string): string | undefined {
  const quote = LEADING_QUOTE.exec(text);
  const body = quote ? text.slice(quote[0].length) : text;
  if (!isSimple(body) || (quote && !isSimple(quote[1] ?? ''))) return undefined;
  const paragraphs = paragraphNodes(body, inlineNodes);
  if (quote && paragraphs.length === 0) return undefined;
  const blocks = quote
    ? [
        element('blockquote', [
          textNode('\n'),
          element('p', inlineNodes(quote[1] ?? '')),
          textNode('\n'),
        ]),
        ...paragraphs,
      ]
    : paragraphs;
  return commentHtml({ type: 'root', children: joinBlocks(blocks) });
}
