/**
 * Last word on comment links, after the sanitizer: a link survives only with an absolute
 * http(s) or mailto address. The sanitizer lets relative addresses through and keeps `<a>`
 * whose address it removed; both become plain text here, so every remaining link is one a
 * reader can follow and `rehype-external-links` marks.
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { COMMENT_LINK_PROTOCOLS } from './sanitize-schema';

const SAFE_HREF = new RegExp(`^(?:${COMMENT_LINK_PROTOCOLS.join('|')}):`, 'i');

/** The address as written with its scheme lower-cased, or undefined when it is not allowed. */
function safeHref(element: Element): string | undefined {
  const href = element.properties['href'];
  if (typeof href !== 'string' || !SAFE_HREF.test(href)) return undefined;
  const colon = href.indexOf(':');
  return href.slice(0, colon).toLowerCase() + href.slice(colon);
}

/** rehype plugin: unwrap links without a safe absolute address, normalise the scheme of the rest. */
export function rehypeGuardLinks() {
  return (tree: Root): void => {
    visit(tree, 'element', (node, index, parent) => {
      if (node.tagName !== 'a') return undefined;
      const href = safeHref(node);
      if (href !== undefined) {
        node.properties = { href };
        return undefined;
      }
      if (parent === undefined || index === undefined) return undefined;
      parent.children.splice(index, 1, ...node.children);
      return index;
    });
  };
}
