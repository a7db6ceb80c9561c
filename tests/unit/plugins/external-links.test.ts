import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeExternalLinks from 'rehype-external-links';
import { describe, expect, it } from 'vitest';
import { externalLinksOptions, isExternalHref, NEW_TAB_NOTICE } from '@/plugins/external-links';

const SITE_URL = 'https://rotativa.example.it';

describe('isExternalHref', () => {
  it.each([
    ['https://www.mi.com/it/', true],
    ['http://example.org', true],
    ['//cdn.example.com/x', true],
    ['https://rotativa.example.it/articoli/x/', false],
    ['http://rotativa.example.it', false],
    ['https://www.rotativa.example.it/tag/ia/', false],
    ['//rotativa.example.it/cerca/', false],
    ['https://sub.rotativa.example.it/', true],
    ['https://rotativa.example.it.evil.com/', true],
    ['/articoli/x/', false],
  ])('%s → %s', (href, external) => {
    expect(isExternalHref(href, SITE_URL)).toBe(external);
  });
});

describe('externalLinksOptions', () => {
  const processor = createMarkdownProcessor({
    syntaxHighlight: false,
    rehypePlugins: [[rehypeExternalLinks, externalLinksOptions(SITE_URL)]],
  });
  const render = async (markdown: string) => (await (await processor).render(markdown)).code;

  it('opens external links in a new tab, marked and announced', async () => {
    expect(await render('[Xiaomi](https://www.mi.com/it/)')).toBe(
      '<p><a href="https://www.mi.com/it/" rel="external noopener noreferrer" target="_blank">Xiaomi' +
        '<span class="visually-hidden"> (si apre in una nuova scheda)</span></a></p>',
    );
  });

  it('announces the new tab in Italian', () => {
    expect(NEW_TAB_NOTICE).toBe(' (si apre in una nuova scheda)');
  });

  it.each([
    [
      'absolute link to the site',
      '[x](https://rotativa.example.it/articoli/x/)',
      '<a href="https://rotativa.example.it/articoli/x/">x</a>',
    ],
    ['relative link', '[x](/tag/ia/)', '<a href="/tag/ia/">x</a>'],
    ['fragment', '[x](#prezzi)', '<a href="#prezzi">x</a>'],
    ['e-mail', '[x](mailto:redazione@example.it)', '<a href="mailto:redazione@example.it">x</a>'],
  ])('leaves a %s alone', async (_label, markdown, html) => {
    expect(await render(markdown)).toBe(`<p>${html}</p>`);
  });
});
