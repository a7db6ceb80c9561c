import type { AstroMarkdownOptions } from '@astrojs/markdown-remark';

type ShikiConfig = NonNullable<AstroMarkdownOptions['shikiConfig']>;
type ShikiTransformer = NonNullable<ShikiConfig['transformers']>[number];

/**
 * Shiki stops tokenizing a line once `tokenizeTimeLimit` (500 ms by default) has passed and
 * leaves the rest of it in whatever state it reached, so on a busy machine the same code block
 * can come out coloured differently from one build to the next. Astro's `shikiConfig` does not
 * pass the limit on; this transformer turns it off on the options each block is tokenized with.
 */
export const untimedTokenizing: ShikiTransformer = {
  name: 'rotativa:untimed-tokenizing',
  preprocess(_code, options) {
    options.tokenizeTimeLimit = 0;
  },
};

/**
 * The settings a Markdown renderer is created with, plus {@link untimedTokenizing}. A function
 * cannot cross threads, so each thread that creates a renderer adds it to its own copy.
 */
export function withUntimedHighlighting(shared: AstroMarkdownOptions): AstroMarkdownOptions {
  const shikiConfig: ShikiConfig = shared.shikiConfig ?? {};
  return {
    ...shared,
    shikiConfig: {
      ...shikiConfig,
      transformers: [...(shikiConfig.transformers ?? []), untimedTokenizing],
    },
  };
}
