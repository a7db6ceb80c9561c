import { markdownConfigDefaults, parseFrontmatter, unified } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { sanitize } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { markdownOptions, policyPlugins } from '@/plugins/index';
import { newsroomSanitizeSchema } from '@/lib/policy/newsroom-sanitize-schema';

const fixture = new URL('../../fixtures/markdown/articolo-completo.md', import.meta.url);

/** Renders Markdown the way Astro does, with the given rehype plugins. */
async function render(
  markdown: string,
  rehypePlugins = markdownOptions.rehypePlugins,
  config = markdownConfigDefaults,
) {
  const renderer = await unified({ ...markdownOptions, rehypePlugins }).createRenderer(config);
  const { content, frontmatter } = parseFrontmatter(markdown);
  return (await renderer.render(content, { fileURL: fixture, frontmatter })).code;
}

describe('the newsroom policy in the article pipeline', () => {
  // Shiki gives up tokenizing a line after a time limit, so on a loaded machine two renders of
  // the same code may differ: the article is compared without highlighting, and Shiki's own
  // output is passed through the schema on its own.
  it('leaves the sample article byte-identical: figures, tables, footnotes, anchors', async () => {
    const source = readFileSync(fixture, 'utf8');
    const without = markdownOptions.rehypePlugins.filter(
      (plugin) => !policyPlugins.includes(plugin),
    );
    expect(without).toHaveLength(markdownOptions.rehypePlugins.length - policyPlugins.length);
    const plain = { ...markdownConfigDefaults, syntaxHighlight: false as const };
    // The sample's one remote image is what the policy changes: it becomes a link to the image,
    // in a paragraph (a figure is for images the site serves).
    const remote =
      /<figure><img src="https:\/\/cdn\.example\.com\/schema\.png"[^>]*>(?:<figcaption>.*?<\/figcaption>)?<\/figure>/;
    const expected = (await render(source, without, plain)).replace(
      remote,
      '<p><a href="https://cdn.example.com/schema.png" rel="external noopener noreferrer" target="_blank">Immagine esterna: Schema del sensore<span class="visually-hidden"> (si apre in una nuova scheda)</span></a></p>',
    );
    expect(expected).not.toContain('<img src="https://cdn.example.com');
    expect(await render(source, undefined, plain)).toBe(expected);
  });

  it('keeps Shiki’s highlighted code as it is, classes and colours included', async () => {
    const html = await render(readFileSync(fixture, 'utf8'));
    const code = /<pre class="astro-code[\s\S]*?<\/pre>/.exec(html)?.[0] ?? '';
    expect(code).toContain('style="color:#');
    const tree = fromHtml(code, { fragment: true });
    expect(toHtml(sanitize(tree, newsroomSanitizeSchema))).toBe(toHtml(tree));
  }, 30_000);

  it('removes scripts, frames, handlers, script links and remote images', async () => {
    const html = await render(
      [
        'Testo <script>alert(1)</script> e <img src="x.png" alt="x" onerror="alert(2)">.',
        '',
        '[clic](javascript:alert(3)) e <a href="JaVaScRiPt:alert(4)">qui</a>',
        '',
        '<iframe src="https://evil.example/x"></iframe>',
        '',
        '![remota](https://tracker.example/pixel.gif) ![relativa al protocollo](//tracker.example/p.gif)',
        '',
        '<div style="position:fixed;inset:0" onclick="alert(5)">sopra</div>',
        '',
        '<svg><script>alert(6)</script></svg><style>body{display:none}</style>',
      ].join('\n'),
    );
    expect(html).not.toMatch(
      /<script|<iframe|<svg|<style|onerror|onclick|javascript:|<img[^>]*tracker|position:fixed/i,
    );
    expect(html).toContain('sopra');
  });

  it('turns an allowed video embed into a plain link to the video, with its title', async () => {
    const html = await render(
      '<iframe src="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ" title="La presentazione"></iframe>\n\n<iframe src="https://player.vimeo.com/video/76979871"></iframe>',
    );
    expect(html).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    expect(html).toMatch(
      /<a href="https:\/\/www\.youtube\.com[^>]*>Guarda il video su YouTube: La presentazione</,
    );
    expect(html).toContain('href="https://vimeo.com/76979871"');
    expect(html).not.toContain('<iframe');
  });
});
