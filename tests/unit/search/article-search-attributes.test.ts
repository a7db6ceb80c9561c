import { describe, expect, it } from 'vitest';
import { articleSearchAttributes } from '../../../src/lib/search/article-search-attributes';

describe('articleSearchAttributes', () => {
  it('tags a 4 July 2018 article with its UTC sort key, Italian date and year', () => {
    expect(articleSearchAttributes(new Date('2018-07-04T08:30:00Z'), 'Europe/Rome')).toEqual({
      'data-pagefind-sort': 'date:2018-07-04T08:30:00.000Z',
      'data-pagefind-meta': 'date:4 luglio 2018',
      'data-pagefind-filter': 'anno:2018',
    });
  });

  it('dates and files an article by the newsroom calendar, not UTC', () => {
    // 23:30 UTC on New Year's Eve is already 1 January in Rome.
    const attributes = articleSearchAttributes(new Date('2018-12-31T23:30:00Z'), 'Europe/Rome');
    expect(attributes['data-pagefind-meta']).toBe('date:1 gennaio 2019');
    expect(attributes['data-pagefind-filter']).toBe('anno:2019');
    expect(attributes['data-pagefind-sort']).toBe('date:2018-12-31T23:30:00.000Z');
  });

  it('gives sort keys that order as strings in time order', () => {
    const keys = ['2026-03-29T01:30:00Z', '2009-11-05T12:00:00Z', '2018-10-28T00:30:00Z'].map(
      (iso) => articleSearchAttributes(new Date(iso), 'Europe/Rome')['data-pagefind-sort'],
    );
    expect([...keys].sort()).toEqual([keys[1], keys[2], keys[0]]);
  });
});
