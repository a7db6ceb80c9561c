import {
  rehypeHeadingIds,
  type RehypePlugins,
  type RemarkPlugins,
  type UnifiedProcessorOptions,
} from '@astrojs/markdown-remark';
import rehypeAutolinkHeadings from 'rehype-autolink-headings';
import rehypeExternalLinks from 'rehype-external-links';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import { SITE } from '../site.config';
import { externalLinksOptions } from './external-links';
import { headingAnchorOptions } from './heading-anchors';
import { italianFootnotes } from './italian-footnotes';
import { rehypeNewsroomEmbeds } from '../lib/policy/newsroom-embeds';
import { newsroomSanitizeSchema } from '../lib/policy/newsroom-sanitize-schema';
import { rehypeHeadingSlugs } from './rehype-heading-slugs';
import { rehypeFigures } from './rehype-figures';
import { rehypeLazyImages } from './rehype-lazy-images';
import { rehypeResponsiveTables } from './rehype-responsive-tables';
import { remarkExcerpt } from './remark-excerpt';
import { remarkItalianSmartypants } from './remark-italian-smartypants';
import { remarkReadingTime } from './remark-reading-time';

/**
 * Remark plugins of the article pipeline, run after Astro's GFM: the excerpt first, from the
 * text as written; then Italian typography, so the word count sees the final text.
 */
export const remarkPlugins: RemarkPlugins = [
  remarkExcerpt,
  remarkItalianSmartypants,
  remarkReadingTime,
];

/**
 * The newsroom policy, first of the rehype plugins (after Shiki, before anything of ours adds
 * markup): raw HTML parsed (Astro would parse it only at the very end), allowed video embeds
 * turned into links, then everything sanitized against the newsroom schema. `npm run check` runs
 * the same three and names what they remove.
 */
export const policyPlugins: RehypePlugins = [
  rehypeRaw,
  rehypeNewsroomEmbeds,
  [rehypeSanitize, newsroomSanitizeSchema],
];

/**
 * Rehype plugins of the article pipeline, run after Shiki. Order matters: the policy first;
 * ASCII ids next; then Astro's `rehypeHeadingIds`, which keeps them and records `headings`;
 * then the anchors. unified runs a plugin used twice only once, at its first position, so Astro's
 * own `rehypeHeadingIds` at the end of its pipeline does not run again, and the headings' text
 * (the table of contents) is read before the anchors' `#` and label are appended.
 */
export const rehypePlugins: RehypePlugins = [
  ...policyPlugins,
  rehypeHeadingSlugs,
  rehypeHeadingIds,
  [rehypeAutolinkHeadings, headingAnchorOptions],
  [rehypeExternalLinks, externalLinksOptions(SITE.url)],
  rehypeFigures,
  rehypeLazyImages,
  rehypeResponsiveTables,
];

/**
 * Everything `astro.config.mjs` passes to `unified()` from `@astrojs/markdown-remark`:
 * `markdown: { processor: unified(markdownOptions) }`. The pipeline test renders through
 * `unified(markdownOptions).createRenderer()`, the same call Astro makes. Footnotes get Italian
 * labels through `remarkRehype`. Astro's own SmartyPants is off: it builds a natural-language tree
 * of every paragraph (retext), more than half the cost of rendering an article, and
 * {@link remarkItalianSmartypants} gives the same typography without it.
 */
export const markdownOptions = {
  remarkPlugins,
  rehypePlugins,
  remarkRehype: italianFootnotes,
  gfm: true,
  smartypants: false,
} satisfies UnifiedProcessorOptions;
