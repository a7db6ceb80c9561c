import { describe, expect, it } from 'vitest';
import { groupByMonth } from '@/lib/articles/archive';

const article = (id: string, year: number, month: number) => ({ id, year, month });
const summary = (articles: ReturnType<typeof article>[]) =>
  groupByMonth(articles).map(({ year, count, months }) => ({
    year,
    count,
    months: months.map((m) => [m.month, m.items.map((a) => a.id)]),
  }));

describe('groupByMonth', () => {
  const expected = [
    {
      year: 2018,
      count: 3,
      months: [
        [7, ['lug-b', 'lug-a']],
        [3, ['mar']],
      ],
    },
    { year: 2017, count: 1, months: [[12, ['dic']]] },
  ];

  const newestFirst = [
    article('lug-b', 2018, 7),
    article('lug-a', 2018, 7),
    article('mar', 2018, 3),
    article('dic', 2017, 12),
  ];

  it('groups newest-first articles into years and months, newest first', () => {
    expect(summary(newestFirst)).toEqual(expected);
  });

  it('orders years and months newest first whatever the input order, keeping items in order', () => {
    const shuffled = [3, 0, 2, 1].map((i) => newestFirst[i] as (typeof newestFirst)[number]);
    expect(summary(shuffled)).toEqual(expected);
  });

  it('carries year and month on each month, for building its path', () => {
    expect(groupByMonth([article('x', 2018, 7)])[0]?.months[0]).toMatchObject({
      year: 2018,
      month: 7,
    });
  });

  it('returns an empty archive for no articles', () => {
    expect(groupByMonth([])).toEqual([]);
  });
});
