/**
 * Links bare `https://…` and `www.…` addresses in comment text, the way GFM autolink literals
 * do, without the rest of GFM (tables, strikethrough, footnotes) that comments do not allow.
 */
import type { Link, Parent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** Where a bare address may start; also tells the fast path a text has none. */
export const BARE_URL_START = /https?:\/\/|www\./i;

const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>]+/giu;
const TRAILING_PUNCTUATION = /[.,:;!?'"*_~]$/u;

const count = (text: string, char: string): number => text.split(char).length - 1;

/** Drops what ends a sentence rather than the address: `(vedi https://x.it).` → `https://x.it`. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    if (TRAILING_PUNCTUATION.test(url)) url = url.slice(0, -1);
    else if (url.endsWith(')') && count(url, ')') > count(url, '(')) url = url.slice(0, -1);
    else return url;
  }
}

/** `text` split into text and link nodes; the same node back when it holds no address. */
function linkify(node: Text): Array<Text | Link> {
  const parts: Array<Text | Link> = [];
  let last = 0;
  for (const match of node.value.matchAll(BARE_URL)) {
    const url = trimUrl(match[0]);
    if (!/[\p{L}\p{N}]\.[\p{L}\p{N}]|:\/\/[\p{L}\p{N}]/u.test(url)) continue;
    const start = match.index;
    if (start > last) parts.push({ type: 'text', value: node.value.slice(last, start) });
    const href = /^www\./i.test(url) ? `http://${url}` : url;
    parts.push({ type: 'link', url: href, children: [{ type: 'text', value: url }] });
    last = start + url.length;
  }
  if (last === 0) return [node];
  if (last < node.value.length) parts.push({ type: 'text', value: node.value.slice(last) });
  return parts;
}

/** remark plugin: bare addresses outside links become links. */
export function remarkBareUrls() {
  return (tree: Root): void => {
    visit(tree, (node, index, parent: Parent | undefined) => {
      if (node.type === 'link' || node.type === 'linkReference') return SKIP;
      if (node.type !== 'text' || parent === undefined || index === undefined) return undefined;
      const parts = linkify(node as Text);
      if (parts.length === 1) return undefined;
      parent.children.splice(index, 1, ...parts);
      // Skip what was just inserted: links hold addresses already.
      return index + parts.length;
    });
  };
}
