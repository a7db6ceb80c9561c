import { describe, expect, it } from 'vitest';
import { absoluteSrcset, feedHtml } from '../../../src/lib/feeds/feed-html';

const page = 'https://rotativa.example.it/articoli/xiaomi/';

describe('feedHtml', () => {
  it('makes links, images and srcset candidates absolute', () => {
    const html = feedHtml(
      '<p><a href="/tag/5g/">5G</a> <a href="#fn-1">1</a> <a href="https://example.com/">x</a></p>' +
        '<picture><source srcset="/_astro/a.avif 400w, /_astro/b.avif 800w" type="image/avif"><img src="/_astro/a.webp" alt="Foto"></picture>',
      page,
    );
    expect(html).toContain('href="https://rotativa.example.it/tag/5g/"');
    expect(html).toContain('href="https://rotativa.example.it/articoli/xiaomi/#fn-1"');
    expect(html).toContain('href="https://example.com/"');
    expect(html).toContain(
      'srcset="https://rotativa.example.it/_astro/a.avif 400w, https://rotativa.example.it/_astro/b.avif 800w"',
    );
    expect(html).toContain('src="https://rotativa.example.it/_astro/a.webp"');
  });

  it('drops the heading anchors, whose # and hidden label a feed reader would print', () => {
    const html = feedHtml(
      '<h2 id="prezzi">Prezzi<a class="heading-anchor" href="#prezzi"><span aria-hidden="true">#</span><span class="visually-hidden">Link a questa sezione</span></a></h2>',
      page,
    );
    expect(html).toBe('<h2 id="prezzi">Prezzi</h2>');
  });
});

describe('absoluteSrcset', () => {
  it('keeps each descriptor', () => {
    expect(absoluteSrcset('/a.png 1x,/b.png 2x', page)).toBe(
      'https://rotativa.example.it/a.png 1x, https://rotativa.example.it/b.png 2x',
    );
  });
});
