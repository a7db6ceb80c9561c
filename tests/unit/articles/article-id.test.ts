import { describe, expect, it } from 'vitest';
import { slugFromEntry } from '@/lib/articles/article-id';

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
