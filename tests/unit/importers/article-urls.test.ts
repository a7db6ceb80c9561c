import { describe, expect, it } from 'vitest';
import { createArticleUrlIndex } from '../../../src/lib/importers/article-urls';

const index = createArticleUrlIndex(
  [
    {
      slug: 'xiaomi-usa',
      aliases: ['/2018/07/04/xiaomi-nord-america.html', 'https://vecchio.it/Xiaomi'],
    },
    { slug: 'pixel-3', aliases: ['/?p=123'] },
    { slug: 'doppione', aliases: ['/articoli/xiaomi-usa/'] },
  ],
  'https://rotativa.example.it',
);

describe('createArticleUrlIndex', () => {
  it.each([
    ['the article URL', 'https://rotativa.example.it/articoli/xiaomi-usa/', 'xiaomi-usa'],
    ['without trailing slash', 'https://rotativa.example.it/articoli/xiaomi-usa', 'xiaomi-usa'],
    ['on another host and scheme', 'http://www.rotativa.it/articoli/xiaomi-usa/', 'xiaomi-usa'],
    ['as a bare path', '/articoli/xiaomi-usa', 'xiaomi-usa'],
    [
      'with a query and fragment',
      'https://x.it/articoli/xiaomi-usa/?utm_source=feed#commenti',
      'xiaomi-usa',
    ],
    [
      'an alias path on the old host',
      'http://vecchio.it/2018/07/04/xiaomi-nord-america.html',
      'xiaomi-usa',
    ],
    ['a full-URL alias, case-insensitively', 'https://vecchio.it/xiaomi/', 'xiaomi-usa'],
    ['an alias with its query', 'http://vecchio.it/?p=123', 'pixel-3'],
  ])('matches %s', (_, url, slug) => {
    expect(index.match(url)).toBe(slug);
  });

  it.each([
    ['an unknown path', 'https://rotativa.example.it/articoli/altro/'],
    ['an alias query with another value', 'http://vecchio.it/?p=124'],
    ['the home page', 'https://vecchio.it/'],
    ['an unparsable URL', 'http://['],
  ])('does not match %s', (_, url) => {
    expect(index.match(url)).toBeUndefined();
  });

  it('keeps a URL for the first article that claims it', () => {
    expect(index.match('/articoli/xiaomi-usa/')).toBe('xiaomi-usa');
  });
});
