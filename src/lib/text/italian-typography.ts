import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { italianSmartypants } from '../../plugins/italian-smartypants';
import { remarkElidedYears } from '../../plugins/remark-elided-years';

const typography = unified()
  .use(remarkSmartypants, italianSmartypants)
  .use(remarkElidedYears)
  .freeze();

/**
 * Plain text with the same Italian typography the article pipeline gives bodies (`"ciao"` →
 * `«ciao»`, `l'IA` → `l’IA`, `...` → `…`), for front-matter text such as titles and descriptions
 * that never passes through Markdown.
 */
export function italianTypography(text: string): string {
  if (!/["'.-]/.test(text)) return text;
  const tree: Root = {
    type: 'root',
    children: [{ type: 'paragraph', children: [{ type: 'text', value: text }] }],
  };
  // The typography plugins rewrite text nodes in place.
  typography.runSync(tree);
  return toString(tree);
}
