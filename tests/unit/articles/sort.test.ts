import { describe, expect, it } from 'vitest';
import { byNewest, type Dated } from '@/lib/articles/sort';

const at = (id: string, iso: string): Dated => ({ id, date: new Date(iso) });

describe('byNewest', () => {
  const articles = [
    at('b-stesso-istante', '2018-07-04T08:30:00Z'),
    at('vecchio', '2017-01-01T00:00:00Z'),
    at('nuovo', '2019-03-01T00:00:00Z'),
    at('a-stesso-istante', '2018-07-04T08:30:00Z'),
  ];
  const expected = ['nuovo', 'a-stesso-istante', 'b-stesso-istante', 'vecchio'];

  it('puts the newest first and breaks ties at the same instant by slug', () => {
    expect([...articles].sort(byNewest).map((a) => a.id)).toEqual(expected);
  });

  it('gives the same order whatever order the files were read in', () => {
    expect(
      [...articles]
        .reverse()
        .sort(byNewest)
        .map((a) => a.id),
    ).toEqual(expected);
  });

  it('treats the same slug at the same instant as equal', () => {
    expect(byNewest(at('x', '2018-07-04'), at('x', '2018-07-04'))).toBe(0);
  });
});
