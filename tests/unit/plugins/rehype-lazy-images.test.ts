import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { type LazyImagesOptions, rehypeLazyImages } from '@/plugins/rehype-lazy-images';

const transform = (html: string, options?: LazyImagesOptions) =>
  String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypeLazyImages, options)
      .use(rehypeStringify)
      .processSync(html),
  );

describe('rehypeLazyImages', () => {
  it.each([
    [
      'adds both attributes',
      '<img src="a.jpg" alt="">',
      '<img src="a.jpg" alt="" loading="lazy" decoding="async">',
    ],
    [
      'keeps an explicit loading',
      '<img src="a.jpg" loading="eager">',
      '<img src="a.jpg" loading="eager" decoding="async">',
    ],
    [
      'keeps an explicit decoding',
      '<img src="a.jpg" decoding="sync">',
      '<img src="a.jpg" decoding="sync" loading="lazy">',
    ],
    ['touches only images', '<p><a href="x">x</a></p>', '<p><a href="x">x</a></p>'],
  ])('%s', (_label, html, expected) => {
    expect(transform(html)).toBe(expected);
  });

  it('makes every image lazy by default, the first included', () => {
    expect(transform('<img src="a.jpg"><img src="b.jpg">')).toBe(
      '<img src="a.jpg" loading="lazy" decoding="async"><img src="b.jpg" loading="lazy" decoding="async">',
    );
  });

  it('can keep the first image eager', () => {
    expect(transform('<img src="a.jpg"><img src="b.jpg">', { eagerFirst: true })).toBe(
      '<img src="a.jpg" loading="eager" decoding="async"><img src="b.jpg" loading="lazy" decoding="async">',
    );
  });

  it('hands the attributes to Astro’s image pipeline for local images', async () => {
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      rehypePlugins: [rehypeLazyImages],
    });
    const { code } = await processor.render('![Foto](./foto.jpg)', {
      fileURL: new URL('file:///articoli/x.md'),
    });
    const props: unknown = JSON.parse(
      code.match(/__ASTRO_IMAGE_="([^"]+)"/)?.[1]?.replaceAll('&#x22;', '"') ?? '{}',
    );
    expect(props).toMatchObject({
      src: './foto.jpg',
      alt: 'Foto',
      loading: 'lazy',
      decoding: 'async',
    });
  });

  it('leaves images written as raw HTML in the Markdown as the author wrote them', async () => {
    const processor = await createMarkdownProcessor({
      syntaxHighlight: false,
      rehypePlugins: [rehypeLazyImages],
    });
    const { code } = await processor.render('<img src="https://x.it/a.png" alt="">');
    expect(code).toBe('<img src="https://x.it/a.png" alt="">');
  });
});
