/**
 * A Markdown renderer that parses a body as plain CommonMark when GitHub Flavored Markdown could
 * not read it differently, and with GFM otherwise. GFM's extensions (autolink literals above
 * all) are two fifths of a body's render (docs/performance.md), and most news bodies use none of
 * them: their only URLs are link destinations.
 *
 * Each GFM construct needs characters in the text that CommonMark would read as plain text: a
 * `|` (tables), a `~` (strikethrough), `[^` (footnotes), `[ ]` or `[x]` (task lists), `www.`,
 * `http://`, `https://` or `@` (autolink literals). So a body is read as CommonMark first when
 * its source has none of them outside link destinations ({@link mayUseGfm}), and the CommonMark
 * tree then decides ({@link usesGfm}): should any of them be in its text after all, or a
 * reference be labelled like a footnote or a task, the body is rendered again with GFM.
 */
import {
  unified,
  type AstroMarkdownOptions,
  type MarkdownRenderer,
  type RemarkPlugin,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import type { Parents, Root, RootContent } from 'mdast';
// With its extension: the Markdown workers load this module without tsx.
import { walkTree } from '../lib/trees/walk-tree.ts';

/** Text in which a GFM construct may start. */
const GFM_TEXT = /[|~@]|\[\^|\[[ xX]\]|www\.|https?:\/\//i;

/** The same, in a source: URLs right after `](`, `]:` or `<` are destinations, not text. */
const GFM_SOURCE = /[|~@]|\[\^|\[[ xX]\]|www\.|(?<!\]\(\s*<?|\]:\s*<?|<)https?:\/\//i;

/** Reference labels that GFM reads as a footnote (`^1`) or a task's box (`x`). */
const GFM_LABEL = /^(?:\^|[xX]$)/;

/**
 * Whether GFM may read `source` differently from CommonMark. `false` is final only for the
 * source: {@link usesGfm} checks the CommonMark tree, since a `](` that closes no link leaves
 * its URL in the text.
 */
export const mayUseGfm = (source: string): boolean => GFM_SOURCE.test(source);

/** Whether GFM would parse the text of which `tree` is the CommonMark reading differently. */
export function usesGfm(tree: Root): boolean {
  let found = false;
  // Once one is found, the walk no longer goes down into the nodes left.
  walkTree<RootContent, Parents>(tree, (node) => {
    found ||=
      (node.type === 'text' && GFM_TEXT.test(node.value)) ||
      (node.type === 'image' && GFM_TEXT.test(node.alt ?? '')) ||
      ((node.type === 'definition' ||
        node.type === 'linkReference' ||
        node.type === 'imageReference') &&
        GFM_LABEL.test(node.label ?? node.identifier));
    return !found;
  });
  return found;
}

/**
 * `unified(options).createRenderer(shared)` of `@astrojs/markdown-remark`, rendering each body
 * with GFM only when GFM could change it. The HTML and metadata are GFM's in every case.
 */
export async function gfmWhenUsed(
  options: UnifiedProcessorOptions,
  shared: AstroMarkdownOptions,
): Promise<MarkdownRenderer> {
  const withGfm = await unified(options).createRenderer(shared);
  if (!(options.gfm ?? shared.gfm ?? true)) return withGfm;
  /** The front-matter objects of renders whose CommonMark tree turned out to need GFM. */
  const needGfm = new WeakSet<object>();
  const guard: RemarkPlugin = () => (tree, file) => {
    if (!usesGfm(tree)) return;
    const frontmatter = file.data.astro?.frontmatter;
    if (frontmatter) needGfm.add(frontmatter);
    // Nothing is left for the rest of the pipeline: its result is thrown away.
    tree.children = [];
  };
  const commonMark = await unified({
    ...options,
    gfm: false,
    remarkPlugins: [guard, ...(options.remarkPlugins ?? [])],
  }).createRenderer(shared);
  return {
    async render(content, renderOptions) {
      if (mayUseGfm(content)) return withGfm.render(content, renderOptions);
      // Plugins write into the front-matter they are given: a trial copy keeps a render that
      // needs GFM after all from leaving anything in the caller's, and lets the guard know it.
      const given = renderOptions?.frontmatter;
      const trial = { ...given };
      const result = await commonMark.render(content, { ...renderOptions, frontmatter: trial });
      if (needGfm.has(trial)) return withGfm.render(content, renderOptions);
      if (given) result.metadata.frontmatter = Object.assign(given, trial);
      return result;
    },
  };
}
