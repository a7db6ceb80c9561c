import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { astroHeapFlags, astroHeapLimitMb } from '../../../scripts/lib/archive-scale';

describe('astroHeapLimitMb', () => {
  it.each([
    [0, 1024],
    [10, 1026],
    [1_000, 1144],
    [10_000, 2224],
    [50_000, 7024],
  ])('gives %i articles a %i MB heap on a 24 GB machine', (articles, limit) => {
    expect(astroHeapLimitMb(articles, 24_000)).toBe(limit);
  });

  it('never asks for more than three quarters of the machine', () => {
    expect(astroHeapLimitMb(50_000, 4_000)).toBe(3_000);
  });
});

describe('astroHeapFlags', () => {
  it('sets the limit and lets each heap grow half past what was live', () => {
    expect(astroHeapFlags(2224)).toEqual([
      '--max-old-space-size=2224',
      '--heap-growing-percent=50',
    ]);
  });

  it('gives flags this Node accepts', () => {
    const result = spawnSync(process.execPath, [...astroHeapFlags(1024), '-e', ''], {
      encoding: 'utf8',
    });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });
});
