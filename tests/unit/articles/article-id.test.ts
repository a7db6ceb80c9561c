import { describe, expect, it } from 'vitest';
import { articleIdFromEntry, slugFromEntry } from '@/lib/articles/article-id';

describe('slugFromEntry', () => {
  // prettier-ignore
  it.each<[string, Record<string, unknown>, string]>([
    ['xiaomi-usa.md',         {},                        'xiaomi-usa'],
    ['2018/07/xiaomi-usa.md', {},                        'xiaomi-usa'],
    ['xiaomi-usa.MD',         {},                        'xiaomi-usa'],
    ['xiaomi.md',             { slug: 'xiaomi-usa' },    'xiaomi-usa'],
    ['xiaomi.md',             { slug: '  xiaomi-usa ' }, 'xiaomi-usa'],
    ['xiaomi.md',             { slug: '' },              'xiaomi'],
    ['xiaomi.md',             { slug: '   ' },           'xiaomi'],
    ['xiaomi.md',             { slug: 2018 },            'xiaomi'],
  ])('reads %j with %j as %j', (entry, data, slug) => {
    expect(slugFromEntry(entry, data)).toBe(slug);
  });
});

// The module remembers every slug claimed in the process (it spans one content sync), so each
// test claims slugs no other test uses.
describe('articleIdFromEntry', () => {
  it('uses the front-matter slug over the file name', () => {
    expect(
      articleIdFromEntry({ entry: 'id-override.md', data: { slug: 'id-override-custom' } }),
    ).toBe('id-override-custom');
  });

  it('lets the same file claim its slug again, as it does on every reload', () => {
    const entry = { entry: 'id-reload.md', data: {} };
    expect(articleIdFromEntry(entry)).toBe('id-reload');
    expect(articleIdFromEntry(entry)).toBe('id-reload');
  });

  it('throws an Italian message naming both files when another file claims the slug', () => {
    articleIdFromEntry({ entry: '2018/id-doppio.md', data: {} });
    expect(() =>
      articleIdFromEntry({ entry: 'id-altro.md', data: { slug: 'id-doppio' } }),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: content/articles/id-altro.md: slug: "id-doppio" è già usato da content/articles/2018/id-doppio.md (ogni articolo deve avere uno slug diverso)]`,
    );
    expect(articleIdFromEntry({ entry: '2018/id-doppio.md', data: {} })).toBe('id-doppio');
  });

  it('releases the old slug when a file changes its slug, and holds the new one', () => {
    articleIdFromEntry({ entry: 'id-rinominato.md', data: { slug: 'id-vecchio' } });
    articleIdFromEntry({ entry: 'id-rinominato.md', data: { slug: 'id-nuovo' } });
    expect(articleIdFromEntry({ entry: 'id-vecchio.md', data: {} })).toBe('id-vecchio');
    expect(() =>
      articleIdFromEntry({ entry: 'id-intruso.md', data: { slug: 'id-nuovo' } }),
    ).toThrow(
      'content/articles/id-intruso.md: slug: "id-nuovo" è già usato da content/articles/id-rinominato.md',
    );
  });
});
