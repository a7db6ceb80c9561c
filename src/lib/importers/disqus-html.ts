/**
 * Disqus messages are HTML; snapshots hold the comment Markdown subset. The conversion keeps
 * paragraphs, line breaks, emphasis, quotes, inline code and http(s)/mailto links and drops the
 * rest (scripts with their content, images, styles, other markup unwrapped to its text). The
 * renderer sanitises the result again, so this is about fidelity, not safety.
 */
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeRemark from 'rehype-remark';
import rehypeSanitize from 'rehype-sanitize';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import { rehypeGuardLinks } from '../comments/rehype-guard-links';
import { commentSanitizeSchema } from '../comments/sanitize-schema';

/** The comment allow-list plus the presentational and block tags Disqus writes for the same things. */
const disqusSanitizeSchema = {
  ...commentSanitizeSchema,
  tagNames: [...(commentSanitizeSchema.tagNames ?? []), 'b', 'i', 'div'],
};

/** Blocks comments have no form for (list items, headings, preformatted text): kept as paragraphs of text. */
const PLAIN_BLOCKS = new Set([
  'li',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'tr',
  'figcaption',
]);

/** rehype plugin: plain blocks become `div`s, so their text keeps its own paragraph. */
function rehypePlainBlocks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      if (PLAIN_BLOCKS.has(node.tagName)) node.tagName = 'div';
    });
  };
}

const converter = unified()
  .use(rehypeParse, { fragment: true })
  .use(rehypePlainBlocks)
  .use(rehypeSanitize, disqusSanitizeSchema)
  .use(rehypeGuardLinks)
  .use(rehypeRemark)
  // A plain line break is a `<br>` in comments (remark-breaks), so no `\` is needed.
  .use(remarkStringify, { handlers: { break: () => '\n' } })
  .freeze();

/** A Disqus message's HTML as comment text; `''` when nothing readable is left. */
export function disqusMessageToText(html: string): string {
  return String(converter.processSync(html)).trim();
}
