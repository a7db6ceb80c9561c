import { describe, expect, it } from 'vitest';
import { packageOf, summariseCpuProfile, type CpuProfile } from '../../../bench/report/cpu-profile';

describe('packageOf', () => {
  it.each([
    ['file:///w/node_modules/astro/dist/core/render.js', 'astro'],
    ['file:///w/node_modules/@astrojs/markdown-remark/dist/index.js', '@astrojs/markdown-remark'],
    ['file:///w/node_modules/a/node_modules/micromark/lib/x.js', 'micromark'],
    ['file:///w/src/lib/comments/render.ts', 'src/lib/comments'],
    [
      'file:///w/node_modules/.cache/run/dist.staging/.prerender/chunks/articles_x.mjs',
      'site bundle',
    ],
    ['node:internal/fs/promises', 'node'],
    ['', '(native)'],
  ])('puts %s in %s', (url, expected) => {
    expect(packageOf(url)).toBe(expected);
  });
});

describe('summariseCpuProfile', () => {
  const frame = (functionName: string, url: string, lineNumber = 0) => ({
    functionName,
    url,
    lineNumber,
  });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', '') },
      { id: 2, callFrame: frame('parse', 'file:///w/node_modules/micromark/lib/parse.js', 9) },
      { id: 3, callFrame: frame('render', 'file:///w/node_modules/astro/dist/render.js', 41) },
      { id: 4, callFrame: frame('', 'file:///w/node_modules/astro/dist/other.js', 0) },
    ],
    samples: [2, 2, 3, 4, 2, 1],
    timeDeltas: [1000, 1000, 2000, 500, 1000, 500],
  };
  const summary = summariseCpuProfile(profile);

  it('adds up the sampled time', () => {
    expect(summary.totalMs).toBe(6);
  });

  it('ranks functions by self time, with file, line and package', () => {
    expect(summary.functions[0]).toEqual({
      name: 'parse parse.js:10 [micromark]',
      ms: 3,
      share: 0.5,
    });
    expect(summary.functions.map((f) => f.name)).toContain('(anonymous) other.js:1 [astro]');
  });

  it('totals self time per package', () => {
    expect(summary.packages.map(({ name, ms }) => [name, ms])).toEqual([
      ['micromark', 3],
      ['astro', 2.5],
      ['(native)', 0.5],
    ]);
  });

  it('keeps only the requested number of rows', () => {
    expect(summariseCpuProfile(profile, 1).functions).toHaveLength(1);
  });
});
