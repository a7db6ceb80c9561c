import {
  markdownConfigDefaults,
  type MarkdownRenderResult,
  parseFrontmatter,
  unified,
} from '@astrojs/markdown-remark';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { excerptFromMarkdown } from '@/lib/articles/excerpt';
import { countWords } from '@/lib/articles/reading-time';
import { markdownOptions } from '@/plugins/index';
import { remarkExcerpt } from '@/plugins/remark-excerpt';
import { remarkItalianSmartypants } from '@/plugins/remark-italian-smartypants';

const fixture = new URL('../../fixtures/markdown/articolo-completo.md', import.meta.url);

/** Words a reader sees in the rendered article, counted from the HTML as a cross-check. */
function visibleProseWords(html: string): number {
  const prose = html
    .replace(/<pre[\s\S]*?<\/pre>/g, '')
    .replace(/<sup>[\s\S]*?<\/sup>/g, '')
    .replace(/<a class="heading-anchor"[\s\S]*?<\/a>/g, '')
    .replace(/<span class="visually-hidden"[^>]*>[^<]*<\/span>/g, '')
    // A remote image's link reads its alternative text, which the word count leaves out.
    .replace(/Immagine esterna:[^<]*/g, '')
    .replace(/<h2 id="footnote-label">[^<]*<\/h2>/g, '')
    .replace(/<[^>]+>/g, ' ');
  return countWords(prose);
}

describe('markdownOptions, rendered the way astro.config.mjs sets it up', () => {
  let html = '';
  let metadata: MarkdownRenderResult['metadata'];

  beforeAll(async () => {
    // Exactly what Astro does with `markdown: { processor: unified(markdownOptions) }`.
    const renderer = await unified(markdownOptions).createRenderer(markdownConfigDefaults);
    const { content, frontmatter } = parseFrontmatter(readFileSync(fixture, 'utf8'));
    ({ code: html, metadata } = await renderer.render(content, { fileURL: fixture, frontmatter }));
  });

  it('takes the excerpt from the text as written, before any plugin changes it', () => {
    const { content } = parseFrontmatter(readFileSync(fixture, 'utf8'));
    expect(metadata.frontmatter['excerpt']).toBe(excerptFromMarkdown(content.trim()));
    expect(metadata.frontmatter['excerpt']).not.toBe('');
  });

  it('turns on GFM, and Italian SmartyPants in place of Astro’s', () => {
    expect(markdownOptions).toMatchObject({ gfm: true, smartypants: false });
    expect(markdownOptions.remarkPlugins.slice(0, 2)).toEqual([
      remarkExcerpt,
      remarkItalianSmartypants,
    ]);
  });

  it('renders GFM tables, strikethrough and footnotes', () => {
    expect(html).toContain('<th align="right">Prezzo</th>');
    expect(html).toContain('<del>costa il doppio</del>');
    expect(html).toContain('data-footnote-ref=""');
    expect(html).toContain('<li id="user-content-fn-costi">');
  });

  it('labels footnotes in Italian, with a visible heading', () => {
    expect(html).toContain('<h2 id="footnote-label">Note<a class="heading-anchor"');
    expect(html).toContain('aria-label="Torna al riferimento 1"');
    expect(html).not.toContain('Footnotes');
  });

  it('highlights code with Shiki and leaves its quotes straight', () => {
    expect(html).toContain('<pre class="astro-code');
    expect(html).toContain('data-language="js"');
    expect(html).toContain('"Trovato:"');
  });

  it('applies Italian typography to prose', () => {
    expect(html).toContain('Negli anni ’90 un frigorifero «intelligente»');
    expect(html).toContain('oggi l’IA dell’anno – quella');
    expect(html).toContain('600 euro… e nessuno');
    expect(html).toContain('Per ora — dicono gli analisti — la vera novità');
    expect(html).toContain('un po’ di IA');
    expect(html).toContain('<p>«Non è magia, è statistica», dice');
  });

  it('gives headings ASCII ids and an accessible anchor', () => {
    expect(html).toContain(
      '<h2 id="perche-l-ia-e-ovunque">Perché l’IA è ovunque<a class="heading-anchor" ' +
        'href="#perche-l-ia-e-ovunque"><span aria-hidden="true">#</span>' +
        '<span class="visually-hidden">Link a questa sezione</span></a></h2>',
    );
  });

  it('reports headings with the same ids and without the anchor text', () => {
    expect(metadata.headings).toEqual([
      { depth: 2, slug: 'perche-l-ia-e-ovunque', text: 'Perché l’IA è ovunque' },
      { depth: 3, slug: 'che-cosa-cambia-davvero', text: 'Che cosa cambia davvero' },
      {
        depth: 2,
        slug: 'il-codice-dietro-il-riconoscimento',
        text: 'Il codice dietro il riconoscimento',
      },
      { depth: 2, slug: 'che-cosa-aspettarsi', text: 'Che cosa aspettarsi' },
      { depth: 2, slug: 'footnote-label', text: 'Note' },
    ]);
  });

  it('opens only external links in a new tab', () => {
    expect(html).toContain(
      '<a href="https://www.osservatorio-ia.example.org/rapporto-2018" rel="external noopener noreferrer" ' +
        'target="_blank">rapporto dell’osservatorio<span class="visually-hidden">' +
        ' (si apre in una nuova scheda)</span></a>',
    );
    expect(html).toContain(
      '<a href="https://rotativa.example.it/articoli/chip-economici/">già raccontato</a>',
    );
    expect(html).toContain('<a href="/articoli/guida-elettrodomestici/">guida</a>');
    // The report and the remote image, which the newsroom policy turns into a link.
    expect(html.match(/target="_blank"/g)).toHaveLength(2);
  });

  it('makes images lazy, local ones through Astro’s image pipeline, remote ones links', () => {
    expect(html).toContain(
      '<a href="https://cdn.example.com/schema.png" rel="external noopener noreferrer" target="_blank">Immagine esterna: Schema del sensore',
    );
    expect(metadata.localImagePaths).toEqual(['./images/frigo.jpg']);
    expect(html).toMatch(/__ASTRO_IMAGE_="[^"]*&#x22;loading&#x22;:&#x22;lazy&#x22;/);
  });

  it('adds word count and reading time to the article front matter', () => {
    expect(metadata.frontmatter).toMatchObject({
      title: "Perché l'IA è ovunque, anche nel frigorifero",
      wordCount: visibleProseWords(html),
      readingTime: 1,
    });
    expect(metadata.frontmatter['wordCount']).toBeGreaterThan(140);
  });
});
