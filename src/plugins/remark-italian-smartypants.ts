import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { Parents, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { walkTree } from '../lib/trees/walk-tree';
import { italianPunctuation, type TextRun } from '../lib/text/italian-punctuation';

/** A run of a block and the text node it came from, when it is one to rewrite. */
interface Collected {
  runs: TextRun[];
  nodes: (Text | undefined)[];
}

/**
 * The text of an autolinked URL (`https://…`, `www.…`, an e-mail address), which shows its own
 * target; `undefined` for any other node.
 */
function autolinkText(node: PhrasingContent): string | undefined {
  if (node.type !== 'link' || node.children.length !== 1) return undefined;
  const [child] = node.children;
  return child?.type === 'text' && node.url.endsWith(child.value) ? child.value : undefined;
}

/**
 * The runs of a block in reading order. Inline HTML, images and footnote references add nothing,
 * as they did for retext; a hard line break reads as the line break it is.
 */
function collect(children: readonly PhrasingContent[], into: Collected): void {
  for (const child of children) {
    const url = autolinkText(child);
    if (url !== undefined) {
      into.runs.push({ kind: 'verbatim', value: url });
      into.nodes.push(undefined);
    } else if (child.type === 'text') {
      into.runs.push({ kind: 'text', value: child.value });
      into.nodes.push(child);
    } else if (child.type === 'inlineCode') {
      into.runs.push({ kind: 'code', value: child.value });
      into.nodes.push(undefined);
    } else if (child.type === 'break') {
      into.runs.push({ kind: 'verbatim', value: '\n' });
      into.nodes.push(undefined);
    } else if ('children' in child) {
      collect(child.children, into);
    }
  }
}

/**
 * Italian SmartyPants on the Markdown tree, in place of Astro's retext-based one (`unified({
 * smartypants: false })`): `"ciao"` → `«ciao»`, `'ciao'` → `‘ciao’`, `l'IA` / `po'` / `'90` →
 * apostrophe, `--` → en dash, `---` → em dash, `...` → `…`.
 *
 * Each paragraph, heading and table cell is read as one string, so quotes pair up across
 * emphasis and links (`"**tutto**"`); code, inline HTML and autolinked URLs are never changed.
 */
export const remarkItalianSmartypants: RemarkPlugin<[]> = () => (tree: Root) => {
  walkTree<RootContent, Parents>(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading' && node.type !== 'tableCell') return;
    const collected: Collected = { runs: [], nodes: [] };
    collect(node.children, collected);
    const values = italianPunctuation(collected.runs);
    collected.nodes.forEach((text, index) => {
      if (text) text.value = values[index] ?? text.value;
    });
    // Phrasing content holds no further blocks.
    return false;
  });
};
