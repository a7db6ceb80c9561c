import { describe, expect, it } from 'vitest';
import { RELATED_COUNT, relatedFinder } from '@/lib/articles/related';
import { createRandom } from '../../../bench/corpus/random';

interface Fake {
  id: string;
  date: Date;
  category?: string | undefined;
  tags: string[];
}

/** Articles one day apart, newest first, as the site lists them. */
function newestFirst(specs: Omit<Fake, 'date'>[]): Fake[] {
  const newest = Date.UTC(2018, 6, 31);
  return specs.map((spec, i) => ({ ...spec, date: new Date(newest - i * 86_400_000) }));
}

const keysOf = ({ category, tags }: Fake) => ({ category, tags });
const ids = (items: readonly Fake[]) => items.map((a) => a.id);

function find(all: Fake[], id: string, count?: number): string[] {
  const current = all.find((a) => a.id === id);
  if (!current) throw new Error(`no fixture ${id}`);
  return ids(relatedFinder(all, keysOf, count)(current));
}

describe('relatedFinder', () => {
  it('ranks shared tags before the category, and the category before recency', () => {
    const all = newestFirst([
      { id: 'vicino-senza-legami', tags: [] },
      { id: 'solo-categoria', category: 'Smartphone', tags: [] },
      { id: 'un-tag-altra-categoria', category: 'Scienza', tags: ['5G'] },
      { id: 'corrente', category: 'Smartphone', tags: ['5G', 'Android'] },
      { id: 'un-tag-stessa-categoria', category: 'Smartphone', tags: ['Android'] },
      { id: 'lontano-due-tag', category: 'Mercato', tags: ['Android', '5G'] },
    ]);
    expect(find(all, 'corrente')).toEqual([
      'lontano-due-tag',
      'un-tag-stessa-categoria',
      'un-tag-altra-categoria',
      'solo-categoria',
    ]);
  });

  it('prefers the closer in time among equally related articles, then the newer', () => {
    const all = newestFirst([
      { id: 'lontano-piu-nuovo', tags: ['5G'] },
      { id: 'vicino-piu-nuovo', tags: ['5G'] },
      { id: 'corrente', tags: ['5G'] },
      { id: 'vicino-piu-vecchio', tags: ['5G'] },
      { id: 'lontano-piu-vecchio', tags: ['5G'] },
    ]);
    expect(find(all, 'corrente')).toEqual([
      'vicino-piu-nuovo',
      'vicino-piu-vecchio',
      'lontano-piu-nuovo',
      'lontano-piu-vecchio',
    ]);
  });

  it('fills with the nearest neighbours in time, newer first, when nothing is shared', () => {
    const all = newestFirst(
      ['n3', 'n2', 'n1', 'corrente', 'o1', 'o2', 'o3'].map((id) => ({ id, tags: [] })),
    );
    expect(find(all, 'corrente')).toEqual(['n1', 'o1', 'n2', 'o2']);
  });

  it('puts the few that share something first, then fills from neighbours without repeating them', () => {
    const all = newestFirst([
      { id: 'lontano-con-tag', tags: ['Linux'] },
      { id: 'n2', tags: [] },
      { id: 'n1', tags: [] },
      { id: 'corrente', tags: ['Linux'] },
      { id: 'o1', tags: [] },
    ]);
    expect(find(all, 'corrente')).toEqual(['lontano-con-tag', 'n1', 'o1', 'n2']);
  });

  it('fills from one side only at either end of the list', () => {
    const all = newestFirst(['primo', 'a', 'b', 'c', 'd', 'e'].map((id) => ({ id, tags: [] })));
    expect(find(all, 'primo')).toEqual(['a', 'b', 'c', 'd']);
    expect(find(all, 'e')).toEqual(['d', 'c', 'b', 'a']);
  });

  it('counts a tag repeated on one article once', () => {
    const all = newestFirst([
      { id: 'corrente', tags: ['5G', 'Android'] },
      { id: 'tag-ripetuto', tags: ['5G', '5G'] },
      { id: 'due-tag', tags: ['5G', 'Android'] },
    ]);
    expect(find(all, 'corrente')).toEqual(['due-tag', 'tag-ripetuto']);
  });

  it('never returns the article itself', () => {
    const all = newestFirst(
      ['a', 'b', 'c', 'd', 'e', 'f'].map((id) => ({ id, category: 'Scienza', tags: ['5G'] })),
    );
    const relatedTo = relatedFinder(all, keysOf);
    for (const article of all) expect(relatedTo(article)).not.toContain(article);
  });

  it('respects the count, and returns every other article when there are fewer', () => {
    const all = newestFirst(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) => ({ id, tags: ['5G'] })),
    );
    expect(find(all, 'd')).toHaveLength(RELATED_COUNT);
    expect(find(all, 'd', 2)).toHaveLength(2);
    expect(find(all, 'd', 10).sort()).toEqual(['a', 'b', 'c', 'e', 'f', 'g']);
    expect(find(newestFirst([{ id: 'solo', tags: ['5G'] }]), 'solo')).toEqual([]);
  });

  it('is deterministic: the same list gives the same answer on every build', () => {
    const specs = Array.from({ length: 40 }, (_, i) => ({
      id: `a${i}`,
      category: ['Smartphone', 'Scienza', 'Mercato'][i % 3],
      tags: [`t${i % 4}`, `t${i % 7}`],
    }));
    const runs = [0, 1].map(() => {
      const all = newestFirst(specs);
      const relatedTo = relatedFinder(all, keysOf);
      return all.map((article) => ids(relatedTo(article)));
    });
    expect(runs[1]).toEqual(runs[0]);
  });

  it('gives what scoring and sorting every other article gives, on a random archive with ties', () => {
    const random = createRandom(20180704);
    const next = () => random.next();
    const pick = (n: number) => Math.floor(next() * n);
    const newest = Date.UTC(2025, 0, 1);
    let at = newest;
    const all: Fake[] = Array.from({ length: 400 }, (_, i) => {
      at -= pick(3) * 86_400_000; // same-day articles tie on distance
      return {
        id: `a${i}`,
        date: new Date(at),
        category: next() < 0.9 ? `c${pick(4)}` : undefined,
        tags: Array.from({ length: pick(5) }, () => `t${pick(12)}`),
      };
    });
    const relatedTo = relatedFinder(all, keysOf);
    for (const current of all) {
      expect(ids(relatedTo(current)), current.id).toEqual(ids(bySortingEverything(all, current)));
    }
  });
});

/** The ranking spelled out: score every other article, sort them all, fill from neighbours. */
function bySortingEverything(all: Fake[], current: Fake): Fake[] {
  const self = all.indexOf(current);
  const tags = new Set(current.tags);
  const scored = all
    .map((item, index) => ({
      item,
      index,
      shared: new Set(item.tags.filter((tag) => tags.has(tag))).size,
      sameCategory: current.category !== undefined && item.category === current.category ? 1 : 0,
      distance: Math.abs(item.date.getTime() - current.date.getTime()),
    }))
    .filter(({ index, shared, sameCategory }) => index !== self && shared + sameCategory > 0)
    .sort(
      (a, b) =>
        b.shared - a.shared ||
        b.sameCategory - a.sameCategory ||
        a.distance - b.distance ||
        a.index - b.index,
    );
  const best = scored.slice(0, RELATED_COUNT).map(({ item }) => item);
  const sharing = new Set(scored.map(({ item }) => item));
  for (let step = 1; best.length < RELATED_COUNT && step < all.length; step++) {
    for (const neighbour of [all[self - step], all[self + step]]) {
      if (neighbour && !sharing.has(neighbour) && best.length < RELATED_COUNT) best.push(neighbour);
    }
  }
  return best;
}
