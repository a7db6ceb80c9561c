import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Parents, RootContent } from 'hast';
import { walkTree } from '../lib/trees/walk-tree';

/** Options of {@link rehypeLazyImages}. */
export interface LazyImagesOptions {
  /**
   * Load the body's first image eagerly (default `false`): on article pages the cover,
   * rendered outside the Markdown, is the image above the fold, so body images can all wait.
   * Turn it on for pages whose Markdown starts with the hero image.
   */
  eagerFirst?: boolean;
}

/**
 * Adds `loading="lazy"` and `decoding="async"` to every Markdown image (`![alt](src)`) that does
 * not set them already. Astro passes these attributes on to its `<Image>` for local images.
 * Images written as raw HTML in the Markdown are still raw text at this stage and keep exactly
 * what the author wrote.
 */
export const rehypeLazyImages: RehypePlugin<[(LazyImagesOptions | undefined)?]> =
  ({ eagerFirst = false }: LazyImagesOptions = {}) =>
  (tree) => {
    let first = true;
    walkTree<RootContent, Parents>(tree, (node) => {
      if (node.type !== 'element' || node.tagName !== 'img') return;
      node.properties['loading'] ??= eagerFirst && first ? 'eager' : 'lazy';
      node.properties['decoding'] ??= 'async';
      first = false;
    });
  };
