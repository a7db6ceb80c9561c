import { describe, expect, it } from 'vitest';
import { excerptParts, toResultView } from '../../../src/lib/search/result-view';
import type { PagefindResultData } from '../../../src/lib/search/pagefind-api';

const data = (meta: PagefindResultData['meta'], excerpt = 'testo'): PagefindResultData => ({
  url: '/articoli/ricarica-rapida/',
  content: 'Ricarica rapida. testo',
  locations: [2],
  excerpt,
  meta,
  filters: {},
  word_count: 3,
});

describe('toResultView', () => {
  it('reads title, date, category and cover from the metadata', () => {
    const view = toResultView(
      data({
        title: 'Ricarica rapida, il calore è il vero nemico della batteria',
        date: '7 settembre 2018',
        category: 'Smartphone',
        image: '/_astro/batteria.1200.webp',
        image_srcset: '/_astro/batteria.480.webp 480w, /_astro/batteria.1200.webp 1200w',
      }),
    );
    expect(view).toEqual({
      url: '/articoli/ricarica-rapida/',
      title: 'Ricarica rapida, il calore è il vero nemico della batteria',
      excerptHtml: 'testo',
      date: '7 settembre 2018',
      category: 'Smartphone',
      image: {
        src: '/_astro/batteria.1200.webp',
        srcset: '/_astro/batteria.480.webp 480w, /_astro/batteria.1200.webp 1200w',
      },
    });
  });

  it('leaves out what an article does not have, and falls back to the URL as title', () => {
    expect(toResultView(data({ image: '', category: '  ' }))).toEqual({
      url: '/articoli/ricarica-rapida/',
      title: '/articoli/ricarica-rapida/',
      excerptHtml: 'testo',
    });
  });

  it('keeps a cover without srcset', () => {
    expect(toResultView(data({ title: 'T', image: '/a.webp' })).image).toEqual({ src: '/a.webp' });
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted runs', () => {
    expect(
      excerptParts('è il nemico della <mark>batteria.</mark> Abbiamo <mark>misurato</mark>'),
    ).toEqual([
      { text: 'è il nemico della ', marked: false },
      { text: 'batteria.', marked: true },
      { text: ' Abbiamo ', marked: false },
      { text: 'misurato', marked: true },
    ]);
  });

  it('decodes the angle brackets Pagefind escapes, and nothing else', () => {
    expect(excerptParts('&lt;img src=x onerror=alert(1)&gt; &amp;lt; <mark>a&lt;b</mark>')).toEqual(
      [
        { text: '<img src=x onerror=alert(1)> &amp;lt; ', marked: false },
        { text: 'a<b', marked: true },
      ],
    );
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
