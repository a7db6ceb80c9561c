import type { RehypePlugin } from '@astrojs/markdown-remark';
import { toString } from 'hast-util-to-string';
import type { Parents, RootContent } from 'hast';
import { walkTree } from '../lib/trees/walk-tree';
import { slugify } from '../lib/articles/slug';

const HEADING = /^h[1-6]$/;

/** Id for a heading with no Latin letter or digit (`## 🤖`), numbered like any other. */
const FALLBACK_ID = 'sezione';

/**
 * Gives every heading without an id an ASCII kebab-case one built with the site's `slugify`
 * (`Perché l’IA è ovunque` → `perche-l-ia-e-ovunque`), adding `-1`, `-2`… until it is unique.
 * Astro's own ids come from github-slugger, which keeps accents (`perché-lia-è-ovunque`), and
 * such fragments get percent-encoded when a link is shared; Astro's `rehypeHeadingIds` keeps ids
 * that are already set, so running this first replaces them everywhere, `headings` included.
 */
export const rehypeHeadingSlugs: RehypePlugin<[]> = () => (tree) => {
  const used = new Set<string>();
  walkTree<RootContent, Parents>(tree, (node) => {
    if (node.type !== 'element' || !HEADING.test(node.tagName)) return;
    const preset = node.properties['id'];
    if (typeof preset === 'string') {
      used.add(preset);
      return;
    }
    const base = slugify(toString(node)) || FALLBACK_ID;
    let id = base;
    for (let n = 1; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    node.properties['id'] = id;
  });
};
