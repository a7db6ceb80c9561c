import { describe, expect, it } from 'vitest';
import { articleLastmods } from '../../../src/lib/seo/article-lastmods';

const ROME = 'Europe/Rome';

describe('articleLastmods', () => {
  it('prefers the modification time to the publication time, in Rome time', () => {
    const lastmods = articleLastmods(
      [
        {
          slug: 'xiaomi-usa',
          data: {
            date: new Date('2018-07-03T22:00:00Z'),
            updated: new Date('2019-01-02T09:00:00Z'),
          },
        },
        { slug: 'pixel-10', data: { date: new Date('2025-08-20T08:30:00Z') } },
      ],
      ROME,
    );
    expect(lastmods).toEqual(
      new Map([
        ['/articoli/xiaomi-usa/', '2019-01-02T10:00:00+01:00'],
        ['/articoli/pixel-10/', '2025-08-20T10:30:00+02:00'],
      ]),
    );
  });

  it('leaves out files whose front-matter did not validate', () => {
    expect(articleLastmods([{ slug: 'rotto' }], ROME).size).toBe(0);
  });
});
