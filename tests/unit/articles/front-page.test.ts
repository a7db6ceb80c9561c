import { describe, expect, it } from 'vitest';
import { frontPage, type FrontPageItem } from '../../../src/lib/articles/front-page';

const cat = (slug: string) => ({ name: slug.toUpperCase(), slug });
const item = (id: string, category?: string, commentCount = 0): FrontPageItem => ({
  id,
  category: category === undefined ? undefined : cat(category),
  commentCount,
});
const ids = (items: readonly FrontPageItem[]) => items.map((a) => a.id);
const sizes = { grid: 2, stream: 4, section: 2, mostCommented: 2 };

describe('frontPage', () => {
  const articles = [
    item('a', 'smartphone'),
    item('b', 'scienza', 3),
    item('c', 'smartphone', 7),
    item('d', 'smartphone'),
    item('e', 'scienza', 3),
    item('f', 'smartphone'),
    item('g'),
    item('h', 'smartphone'),
  ];

  it('leads with the newest article, grids the next ones and lists the rest of the stream', () => {
    const page = frontPage(articles, [], sizes);
    expect(page.lead?.id).toBe('a');
    expect(ids(page.grid)).toEqual(['b', 'c']);
    expect(ids(page.latest)).toEqual(['d']);
  });

  it('fills category sections in the given order with pieces from beyond the stream', () => {
    const page = frontPage(articles, ['scienza', 'smartphone', 'mercato'], sizes);
    expect(page.sections.map((s) => [s.name, ids(s.items)])).toEqual([
      ['SCIENZA', ['e']],
      ['SMARTPHONE', ['f', 'h']],
    ]);
  });

  it('ranks the most commented, the newer first on a tie, leaving out articles with none', () => {
    expect(ids(frontPage(articles, [], { ...sizes, mostCommented: 5 }).mostCommented)).toEqual([
      'c',
      'b',
      'e',
    ]);
  });

  it('has no lead on an empty site', () => {
    expect(frontPage([], ['scienza'])).toEqual({
      lead: undefined,
      grid: [],
      latest: [],
      sections: [],
      mostCommented: [],
    });
  });
});
