/**
 * An article body as a feed reader gets it (`content:encoded`): every link and image address
 * absolute, since a reader resolves them against nothing, and without the heading anchors, whose
 * `#` and hidden label a reader without the site's stylesheet would print.
 */
import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { SKIP, visit } from 'unist-util-visit';

/** Attributes that hold one address. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'] as const;

/** `srcset`'s candidates (`url 400w, url 800w`) with each address resolved against `base`. */
export function absoluteSrcset(srcset: string, base: string): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim())
    .filter((candidate) => candidate !== '')
    .map((candidate) => {
      const [address = '', ...descriptor] = candidate.split(/\s+/);
      return [new URL(address, base).href, ...descriptor].join(' ');
    })
    .join(', ');
}

const isHeadingAnchor = (node: Element): boolean =>
  node.tagName === 'a' &&
  Array.isArray(node.properties['className']) &&
  node.properties['className'].includes('heading-anchor');

function absolutise(base: string) {
  return (tree: Root) => {
    visit(tree, 'element', (node, index, parent) => {
      if (isHeadingAnchor(node) && parent && index !== undefined) {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      for (const name of URL_ATTRIBUTES) {
        const value = node.properties[name];
        if (typeof value === 'string' && value !== '') {
          node.properties[name] = new URL(value, base).href;
        }
      }
      const srcset = node.properties['srcSet'];
      if (typeof srcset === 'string') node.properties['srcSet'] = absoluteSrcset(srcset, base);
      // hast reads `srcset` as a list of candidates when parsed: join them back first.
      if (Array.isArray(srcset)) {
        node.properties['srcSet'] = absoluteSrcset(srcset.join(', '), base);
      }
      return undefined;
    });
  };
}

const processor = (base: string) =>
  unified()
    .use(rehypeParse, { fragment: true })
    .use(() => absolutise(base))
    .use(rehypeStringify);

/** The body `html` of the page at `pageUrl` (absolute), ready for `content:encoded`. */
export function feedHtml(html: string, pageUrl: string): string {
  return String(processor(pageUrl).processSync(html));
}
