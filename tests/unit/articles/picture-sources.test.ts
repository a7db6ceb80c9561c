import { describe, expect, it } from 'vitest';
import { withPictureSources } from '../../../src/lib/articles/picture-sources';

const placeholder = (options: Record<string, unknown>) =>
  `<img __ASTRO_IMAGE_="${JSON.stringify(options).replace(/"/g, '&#x22;')}">`;

const optionsIn = (html: string): Record<string, unknown>[] =>
  [...html.matchAll(/__ASTRO_IMAGE_="([^"]+)"/g)].map(
    ([, json]) =>
      JSON.parse((json ?? '').replace(/&#x22;/g, '"').replace(/&#x26;/g, '&')) as Record<
        string,
        unknown
      >,
  );

describe('withPictureSources', () => {
  it('offers AVIF in a <source> and keeps the <img> in WebP with all its options', () => {
    const image = {
      src: './images/a.jpg',
      alt: 'Grafico & tabella',
      widths: [400, 800],
      sizes: '100vw',
      loading: 'lazy',
      index: 0,
    };
    const html = withPictureSources(`<figure>${placeholder(image)}</figure>`, ['avif', 'webp']);
    expect(html).toMatch(
      /^<figure><picture><source type="image\/avif" __ASTRO_IMAGE_="[^"]+"><img __ASTRO_IMAGE_="[^"]+"><\/picture><\/figure>$/,
    );
    expect(optionsIn(html)).toEqual([
      { src: './images/a.jpg', widths: [400, 800], sizes: '100vw', format: 'avif' },
      { ...image, format: 'webp' },
    ]);
  });

  it('leaves other images and unreadable placeholders alone', () => {
    const html = '<img src="https://example.com/a.png" alt=""><img __ASTRO_IMAGE_="{broken">';
    expect(withPictureSources(html, ['avif', 'webp'])).toBe(html);
  });
});
