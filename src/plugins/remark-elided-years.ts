import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { visit } from 'unist-util-visit';

/**
 * An opening single quote right before exactly two digits: SmartyPants' reading of the
 * apostrophe in `'90` or `nel '68`, which only looks like the start of a quotation.
 */
const OPENED_YEAR = /‘(?=\d{2}(?!\d))/g;

/** Turns `‘90` into `’90`: an elided year takes an apostrophe, not an opening quote. */
export function fixElidedYears(text: string): string {
  return text.replace(OPENED_YEAR, '’');
}

/**
 * Runs after SmartyPants (Astro applies it before user remark plugins) and fixes the one
 * Italian apostrophe it gets wrong, the elided year (`gli anni '90`). Code is left alone.
 * A quotation that really starts with two digits (`'90 minuti'`) is rare enough to accept.
 */
export const remarkElidedYears: RemarkPlugin<[]> = () => (tree) => {
  visit(tree, 'text', (node) => {
    node.value = fixElidedYears(node.value);
  });
};
