import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { excerptFromTree } from '../lib/articles/excerpt';

/** What {@link remarkExcerpt} adds to the page's `remarkPluginFrontmatter`. */
export interface ExcerptFrontmatter {
  /** The first paragraph as plain text, cut for the cards and the meta description. */
  excerpt: string;
}

/**
 * Stores the body's excerpt in `file.data.astro.frontmatter`, from the tree the pipeline
 * parsed anyway: the articles loader would otherwise parse the start of every body again.
 * First of the remark plugins, so it reads the text as written.
 */
export const remarkExcerpt: RemarkPlugin<[]> = () => (tree, file) => {
  const data: ExcerptFrontmatter = { excerpt: excerptFromTree(tree) };
  file.data.astro ??= {};
  file.data.astro.frontmatter = Object.assign(file.data.astro.frontmatter ?? {}, data);
};
