import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { italianSmartypants } from '@/plugins/italian-smartypants';
import { fixElidedYears, remarkElidedYears } from '@/plugins/remark-elided-years';

describe('fixElidedYears', () => {
  it.each([
    ['gli anni ‘90', 'gli anni ’90'],
    ['nel ‘68 e nel ‘77', 'nel ’68 e nel ’77'],
    ['‘90', '’90'],
    ['il ‘2000’', 'il ‘2000’'],
    ['il ‘5 stelle’', 'il ‘5 stelle’'],
    ['‘effetto wow’', '‘effetto wow’'],
    ['già ’90', 'già ’90'],
  ])('%j → %j', (text, fixed) => {
    expect(fixElidedYears(text)).toBe(fixed);
  });
});

describe('remarkElidedYears after SmartyPants', () => {
  const processor = createMarkdownProcessor({
    syntaxHighlight: false,
    smartypants: italianSmartypants,
    remarkPlugins: [remarkElidedYears],
  });

  it.each([
    ["Negli anni '90 e nel '68.", 'Negli anni ’90 e nel ’68.'],
    ["l'IA dell'anno '18", 'l’IA dell’anno ’18'],
    ["*'90*", '<em>’90</em>'],
    ["'2000'", '‘2000’'],
  ])('renders %j as %j', async (markdown, html) => {
    expect((await (await processor).render(markdown)).code).toBe(`<p>${html}</p>`);
  });

  it('leaves code alone', async () => {
    expect((await (await processor).render("`'90`")).code).toBe("<p><code>'90</code></p>");
  });
});
