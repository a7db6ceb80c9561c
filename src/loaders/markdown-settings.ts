import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';
import type { AstroConfig } from 'astro';

/**
 * The settings Astro's own Markdown entry type passes to `markdown.processor.createRenderer()`,
 * so bodies rendered by our loader come out as Astro would render them.
 */
export function markdownSettings({ markdown, image }: AstroConfig): AstroMarkdownOptions {
  // Astro's config types mark optional fields `| undefined` where the renderer's do not
  // (`exactOptionalPropertyTypes`); the values are the ones Astro hands over itself.
  return {
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  } as AstroMarkdownOptions;
}
