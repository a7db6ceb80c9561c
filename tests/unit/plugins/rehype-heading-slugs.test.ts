import { createMarkdownProcessor, type RehypePlugin } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { rehypeHeadingSlugs } from '@/plugins/rehype-heading-slugs';
import { remarkItalianSmartypants } from '@/plugins/remark-italian-smartypants';

const processor = await createMarkdownProcessor({
  syntaxHighlight: false,
  smartypants: false,
  remarkPlugins: [remarkItalianSmartypants],
  rehypePlugins: [rehypeHeadingSlugs],
});

const slugsOf = async (markdown: string) =>
  (await processor.render(markdown)).metadata.headings.map((heading) => heading.slug);

describe('rehypeHeadingSlugs', () => {
  it.each([
    ["## Perché l'IA è ovunque", 'perche-l-ia-e-ovunque'],
    ['## Così è: "sì"', 'cosi-e-si'],
    ['## Il `Wi-Fi 7` è già qui', 'il-wi-fi-7-e-gia-qui'],
    ['## Prezzo: 1.229 € -- davvero?', 'prezzo-1-229-davvero'],
    ['## Œuvre à Straße', 'oeuvre-a-strasse'],
    ['## 🤖', 'sezione'],
  ])('gives %j the ASCII id %j', async (markdown, slug) => {
    expect(await slugsOf(markdown)).toEqual([slug]);
  });

  it('numbers repeated headings', async () => {
    expect(await slugsOf('## Prezzo\n\n## Prezzo\n\n## Prezzo')).toEqual([
      'prezzo',
      'prezzo-1',
      'prezzo-2',
    ]);
  });

  it('never hands out an id twice, even when a heading spells the numbered one', async () => {
    expect(await slugsOf('## Prezzo 1\n\n## Prezzo\n\n## Prezzo')).toEqual([
      'prezzo-1',
      'prezzo',
      'prezzo-2',
    ]);
  });

  it('writes the id on the heading and keeps its text for Astro', async () => {
    const { code, metadata } = await processor.render("## Perché l'IA");
    expect(code).toBe('<h2 id="perche-l-ia">Perché l’IA</h2>');
    expect(metadata.headings).toEqual([{ depth: 2, slug: 'perche-l-ia', text: 'Perché l’IA' }]);
  });

  it('keeps an id set by an earlier plugin', async () => {
    const presetId: RehypePlugin<[]> = () => (tree) => {
      const [heading] = tree.children;
      if (heading?.type === 'element') heading.properties['id'] = 'scelto';
    };
    const withPreset = await createMarkdownProcessor({
      syntaxHighlight: false,
      rehypePlugins: [presetId, rehypeHeadingSlugs],
    });
    const { metadata } = await withPreset.render('## Scelto\n\n## Scelto');
    expect(metadata.headings.map((heading) => heading.slug)).toEqual(['scelto', 'scelto-1']);
  });
});
