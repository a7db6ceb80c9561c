import { describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../../../src/schemas/article';
import { shareImageJobs } from '../../../src/lib/share-image/share-inputs';

const site = { name: 'Rotativa', timeZone: 'Europe/Rome' };
const now = new Date('2026-01-01T00:00:00Z');

const article = (slug: string, fields: Partial<ArticleFrontmatter>) => ({
  slug,
  data: {
    title: 'Titolo',
    date: new Date('2018-07-03T22:30:00Z'),
    draft: false,
    tags: [],
    ...fields,
  } as ArticleFrontmatter,
});

describe('shareImageJobs', () => {
  it('draws a card for a published article without a cover, with the page’s typography and Rome’s day', () => {
    expect(
      shareImageJobs(
        [article('a', { title: 'Il "5G" e l\'Italia', category: 'Smartphone' })],
        site,
        now,
      ),
    ).toEqual([
      {
        slug: 'a',
        input: {
          title: 'Il «5G» e l’Italia',
          category: 'Smartphone',
          date: '4 luglio 2018',
          site: 'Rotativa',
        },
      },
    ]);
  });

  it('draws none for an article with a cover, a draft or a scheduled article', () => {
    const covered = article('cover', {
      cover: { src: './x.jpg', alt: 'x' },
    });
    const draft = article('draft', { draft: true });
    const scheduled = article('later', { date: new Date('2027-01-01T00:00:00Z') });
    expect(shareImageJobs([covered, draft, scheduled], site, now)).toEqual([]);
  });
});
