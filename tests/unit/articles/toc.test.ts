import type { MarkdownHeading } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { buildToc, shouldShowToc, TOC_MIN_HEADINGS, TOC_MIN_WORDS } from '@/lib/articles/toc';

const h = (depth: number, slug: string): MarkdownHeading => ({
  depth,
  slug,
  text: slug.toUpperCase(),
});

describe('buildToc', () => {
  it('nests each h3 under the h2 before it', () => {
    expect(buildToc([h(2, 'a'), h(3, 'a1'), h(3, 'a2'), h(2, 'b'), h(3, 'b1')])).toEqual([
      {
        depth: 2,
        slug: 'a',
        text: 'A',
        children: [
          { depth: 3, slug: 'a1', text: 'A1', children: [] },
          { depth: 3, slug: 'a2', text: 'A2', children: [] },
        ],
      },
      {
        depth: 2,
        slug: 'b',
        text: 'B',
        children: [{ depth: 3, slug: 'b1', text: 'B1', children: [] }],
      },
    ]);
  });

  it('leaves out h1 and h4–h6', () => {
    const toc = buildToc([h(1, 'titolo'), h(2, 'a'), h(4, 'a-x'), h(5, 'a-y'), h(6, 'a-z')]);
    expect(toc).toEqual([{ depth: 2, slug: 'a', text: 'A', children: [] }]);
  });

  it('keeps an h3 that comes before any h2 as a top-level entry', () => {
    expect(
      buildToc([h(3, 'intro'), h(2, 'a'), h(3, 'a1')]).map((e) => [e.slug, e.children.length]),
    ).toEqual([
      ['intro', 0],
      ['a', 1],
    ]);
  });

  it('gives an empty table for an article without h2 or h3', () => {
    expect(buildToc([])).toEqual([]);
    expect(buildToc([h(1, 'x'), h(4, 'y')])).toEqual([]);
  });
});

describe('shouldShowToc', () => {
  const three = [h(2, 'a'), h(3, 'a1'), h(2, 'b')];

  it.each([
    ['3 headings, 600 words', three, 600, true],
    ['3 headings, 599 words', three, 599, false],
    ['2 headings, 5000 words', [h(2, 'a'), h(2, 'b')], 5000, false],
    ['h1 and h4 do not count', [h(1, 'x'), h(2, 'a'), h(4, 'y'), h(2, 'b')], 5000, false],
    ['5 headings, 1200 words', [...three, h(3, 'b1'), h(2, 'c')], 1200, true],
  ])('%s → %s', (_label, headings, words, shown) => {
    expect(shouldShowToc(headings, words)).toBe(shown);
  });

  it('uses the documented thresholds', () => {
    expect([TOC_MIN_HEADINGS, TOC_MIN_WORDS]).toEqual([3, 600]);
  });
});
