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
  it('reads title, date and category from the metadata', () => {
    const view = toResultView(
      data(
        {
          title: 'Ricarica rapida, il calore è il vero nemico della batteria',
          date: '7 settembre 2018',
          category: 'Smartphone',
          summary: 'Il calore consuma le celle.',
        },
        'il vero nemico della <mark>batteria</mark>',
      ),
    );
    expect(view).toEqual({
      url: '/articoli/ricarica-rapida/',
      title: 'Ricarica rapida, il calore è il vero nemico della batteria',
      excerptHtml: 'il vero nemico della <mark>batteria</mark>',
      date: '7 settembre 2018',
      category: 'Smartphone',
    });
  });

  it('shows the summary, escaped, for a result found by filters alone', () => {
    expect(toResultView(data({ summary: 'Meglio <5 W' })).excerptHtml).toBe('Meglio &lt;5 W');
  });

  it('leaves out what an article does not have, and falls back to the URL as title', () => {
    expect(toResultView(data({ category: '  ' }))).toEqual({
      url: '/articoli/ricarica-rapida/',
      title: '/articoli/ricarica-rapida/',
      excerptHtml: 'testo',
    });
  });
});

describe('excerptParts', () => {
  it('splits an excerpt into plain and highlighted runs', () => {
    expect(
      excerptParts('è il nemico della <mark>batteria.</mark> Abbiamo <mark>misurato</mark>'),
    ).toEqual([
      { text: 'è il nemico della ', marked: false },
      { text: 'batteria', marked: true },
      { text: '. Abbiamo ', marked: false },
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

  it.each([
    [
      '<mark>Xiaomi,</mark> poi',
      [
        ['Xiaomi', true],
        [', poi', false],
      ],
    ],
    [
      'detto <mark>«litio»</mark>.',
      [
        ['detto «', false],
        ['litio', true],
        ['».', false],
      ],
    ],
    [
      '<mark>(5G)</mark>',
      [
        ['(', false],
        ['5G', true],
        [')', false],
      ],
    ],
    ['<mark>dell’auto</mark>', [['dell’auto', true]]],
    ['<mark>…</mark>', [['…', false]]],
  ])('highlights the word alone in %s, not the punctuation around it', (html, runs) => {
    expect(excerptParts(html)).toEqual(runs.map(([text, marked]) => ({ text, marked })));
  });

  it('returns nothing for an empty excerpt', () => {
    expect(excerptParts('')).toEqual([]);
  });
});
