import { describe, expect, it } from 'vitest';
import { groupByTerm } from '@/lib/articles/taxonomy';

interface Fake {
  id: string;
  tags: string[];
}

const tagged = (id: string, ...tags: string[]): Fake => ({ id, tags });
const byTag = (items: Fake[]) =>
  groupByTerm(items, (a) => a.tags).map((t) => ({ ...t, items: t.items.map((a) => a.id) }));

describe('groupByTerm', () => {
  it('merges spellings that share a slug into one term named by the most common spelling', () => {
    expect(byTag([tagged('a', '5g'), tagged('b', '5G'), tagged('c', '5G')])).toEqual([
      { slug: '5g', name: '5G', items: ['a', 'b', 'c'] },
    ]);
  });

  it('names the term by the spelling met first when spellings tie', () => {
    expect(byTag([tagged('a', '5g'), tagged('b', '5G')])).toEqual([
      { slug: '5g', name: '5g', items: ['a', 'b'] },
    ]);
  });

  it('lists an article once per term, even when it spells the term twice', () => {
    expect(byTag([tagged('a', '5G', 'Android', '5g', '5G')])).toEqual([
      { slug: '5g', name: '5G', items: ['a'] },
      { slug: 'android', name: 'Android', items: ['a'] },
    ]);
  });

  it('sorts terms in Italian order: case and accents do not push a name to the end', () => {
    const items = ['Zeta', 'Éclair', 'android', 'Apple', '5G', 'Ebook'].map((t) => tagged(t, t));
    expect(byTag(items).map((t) => t.name)).toEqual([
      '5G',
      'android',
      'Apple',
      'Ebook',
      'Éclair',
      'Zeta',
    ]);
  });

  it('keeps articles in their input order within a term', () => {
    const items = [tagged('c', 'Linux'), tagged('a', 'Linux'), tagged('b', 'Linux')];
    expect(byTag(items)[0]?.items).toEqual(['c', 'a', 'b']);
  });

  it('skips names that have no slug rather than making a page at an empty URL', () => {
    expect(byTag([tagged('a', '!!!', 'Москва', 'Linux')]).map((t) => t.slug)).toEqual(['linux']);
  });

  it('returns no terms for no articles', () => {
    expect(groupByTerm<Fake>([], (a) => a.tags)).toEqual([]);
  });
});
