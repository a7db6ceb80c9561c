import { describe, expect, it } from 'vitest';
import { frontmatterKeyLines } from '@/lib/content/frontmatter-lines';

const lines = (...rows: string[]) => [...frontmatterKeyLines(rows.join('\n'))];

describe('frontmatterKeyLines', () => {
  it('maps each top-level key to its 1-based line in the file', () => {
    expect(lines('---', 'title: Xiaomi', 'date: 04 Luglio 2018', '---', 'Corpo.')).toEqual([
      ['title', 2],
      ['date', 3],
    ]);
  });

  it('points nested fields and list items at nothing, leaving their top-level key to answer', () => {
    expect(
      lines('---', 'cover:', '  src: ./a.jpg', '  alt: Un telefono', 'tags:', '  - 5G', '---'),
    ).toEqual([
      ['cover', 2],
      ['tags', 5],
    ]);
  });

  it('stops at the closing ---, so body lines that look like keys are not counted', () => {
    expect(lines('---', 'title: T', '---', 'Nota: il prezzo è indicativo.')).toEqual([
      ['title', 2],
    ]);
  });

  it('keeps the first line of a repeated key, where YAML reading starts', () => {
    expect(lines('---', 'title: A', 'title: B', '---')).toEqual([['title', 2]]);
  });

  // prettier-ignore
  it.each<[string, string[], [string, number][]]>([
    ['Windows line ends',      ['---\r', 'title: T\r', 'date: x\r', '---\r'], [['title', 2], ['date', 3]]],
    ['a space before the colon', ['---', 'title : T', '---'],                 [['title', 2]]],
    ['dashes and underscores', ['---', 'og-image: x', '_note: y', '---'],     [['og-image', 2], ['_note', 3]]],
    ['comments',               ['---', '# title: no', 'title: T', '---'],     [['title', 3]]],
  ])('handles %s', (_case, rows, expected) => {
    expect(lines(...rows)).toEqual(expected);
  });

  it.each([
    ['no front-matter block', ['title: T', 'date: x']],
    ['an empty file', ['']],
  ])('finds nothing in %s', (_case, rows) => {
    expect(lines(...rows)).toEqual([]);
  });
});
