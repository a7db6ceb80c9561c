import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Element, ElementContent, Parents, RootContent } from 'hast';
import { walkTree } from '../lib/trees/walk-tree';
import { italicCaption, nextParagraphCaption } from './figure-caption';

/** Separates the caption from the credit in an image title: `"Didascalia | Foto: Xiaomi"`. */
export const CREDIT_SEPARATOR = ' | ';

/** Body image widths offered in `srcset`: a phone, a tablet, the column at 2×. */
export const BODY_IMAGE_WIDTHS = [400, 800, 1200];

/** What the browser should pick from: the article column, or the phone's width. */
export const BODY_IMAGE_SIZES = '(min-width: 46rem) 44rem, 100vw';

/** Splits an image title into caption and optional credit. */
export function splitCaption(title: string): { caption: string; credit: string | undefined } {
  const at = title.lastIndexOf(CREDIT_SEPARATOR);
  if (at < 0) return { caption: title.trim(), credit: undefined };
  const credit = title.slice(at + CREDIT_SEPARATOR.length).trim();
  return { caption: title.slice(0, at).trim(), credit: credit === '' ? undefined : credit };
}

const isBlank = (node: ElementContent) => node.type === 'text' && node.value.trim() === '';

/**
 * Turns a paragraph holding only an image into a `<figure>`; the image's Markdown title
 * (`![alt](src "didascalia")`) becomes its `<figcaption>`, and the part after ` | ` a credit
 * line (`"Il prototipo | Foto: Xiaomi"`). Without a title, an italic line just below the image,
 * in its paragraph or the next one, is the caption (the form the authors' guide shows). Every
 * body image gets `widths` and `sizes`, which Astro's image service turns into a `srcset` for
 * local images.
 */
export const rehypeFigures: RehypePlugin = () => (tree, file) => {
  const local = new Set(file.data.astro?.localImagePaths ?? []);
  // Only Astro's image service reads `widths`: on any other image it would be a stray attribute.
  const offerWidths = (img: Element) => {
    const src = img.properties['src'];
    if (typeof src !== 'string' || !local.has(decodeURI(src))) return;
    // hast types `widths` as an HTML attribute (a string); Astro's image service wants numbers.
    const properties = img.properties as Record<string, unknown>;
    if (properties['widths'] === undefined) properties['widths'] = [...BODY_IMAGE_WIDTHS];
    if (properties['sizes'] === undefined) properties['sizes'] = BODY_IMAGE_SIZES;
  };
  walkTree<RootContent, Parents>(tree, (node, index, parent) => {
    if (node.type !== 'element') return;
    if (node.tagName === 'img') {
      offerWidths(node);
      return;
    }
    if (node.tagName !== 'p') return;
    const content = node.children.filter((child) => !isBlank(child));
    const image = content[0];
    if (image?.type !== 'element' || image.tagName !== 'img') return;
    const title = image.properties['title'];
    const titled = typeof title === 'string' && title.trim() !== '';
    let written: ElementContent[] | undefined;
    if (content.length > 1) {
      written = titled ? undefined : italicCaption(content.slice(1));
      if (written === undefined) return;
    } else if (!titled) {
      const next = nextParagraphCaption(parent.children, index);
      if (next) {
        written = next.children;
        parent.children.splice(index + 1, next.index - index);
      }
    }
    delete image.properties['title'];
    const children: ElementContent[] = [image];
    if (written !== undefined) {
      children.push({ type: 'element', tagName: 'figcaption', properties: {}, children: written });
    } else if (typeof title === 'string' && titled) {
      const { caption, credit } = splitCaption(title);
      const captionChildren: ElementContent[] = [{ type: 'text', value: caption }];
      if (credit) {
        captionChildren.push({
          type: 'element',
          tagName: 'span',
          properties: { className: ['figure__credit'] },
          children: [{ type: 'text', value: credit }],
        });
      }
      children.push({
        type: 'element',
        tagName: 'figcaption',
        properties: {},
        children: captionChildren,
      });
    }
    const figure: Element = { type: 'element', tagName: 'figure', properties: {}, children };
    parent.children[index] = figure;
    offerWidths(image);
    return false;
  });
};
