import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Element, Parents, RootContent } from 'hast';
import { walkTree } from '../lib/trees/walk-tree';

/** Accessible name of a table's scroll box, which keyboard users can focus to scroll it. */
export const TABLE_REGION_LABEL = 'Tabella, scorrevole in orizzontale';

/**
 * A number followed by a space and a unit or symbol (`24 °C`, `5000 mAh`, `50 W`, `10 %`): the
 * space becomes a no-break space, so a narrow column never leaves the unit alone on a line.
 */
const NUMBER_UNIT = /(\d) (?=[°%€$£‰]|[\p{L}µΩ]{1,4}(?![\p{L}\d]))/gu;

/** Joins numbers to their units with a no-break space. */
export function bindUnits(text: string): string {
  return text.replace(NUMBER_UNIT, '$1\u00a0');
}

/**
 * Wraps every table in a focusable, labelled scroll box (on a phone a wide table scrolls inside
 * it, the page does not), and keeps numbers with their units in its cells.
 */
export const rehypeResponsiveTables: RehypePlugin = () => (tree) => {
  walkTree<RootContent, Parents>(tree, (node, index, parent) => {
    if (node.type !== 'element' || node.tagName !== 'table') return;
    walkTree<RootContent, Parents>(node, (inside) => {
      if (inside.type === 'text') inside.value = bindUnits(inside.value);
    });
    const box: Element = {
      type: 'element',
      tagName: 'div',
      properties: {
        className: ['table-scroll'],
        role: 'region',
        ariaLabel: TABLE_REGION_LABEL,
        tabIndex: 0,
      },
      children: [node],
    };
    parent.children[index] = box;
    return false;
  });
};
