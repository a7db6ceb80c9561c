import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ownsSiteFiles,
  parseShard,
  rendersPath,
  shardFromEnv,
  shardOfPath,
  shardOutDir,
} from '../../../../src/lib/build/shard';

describe('parseShard', () => {
  it('reads i/n', () => {
    expect(parseShard('1/2')).toEqual({ ok: true, shard: { index: 1, count: 2 } });
    expect(parseShard(' 3 / 4 ')).toEqual({ ok: true, shard: { index: 3, count: 4 } });
    expect(parseShard('1/1')).toEqual({ ok: true, shard: { index: 1, count: 1 } });
  });

  it.each([
    ['3/2', 'i deve essere tra 1 e 2'],
    ['0/2', 'i deve essere tra 1 e 2'],
    ['1/0', 'n deve essere almeno 1'],
    ['metà', 'serve la forma i/n'],
    ['1/2/3', 'serve la forma i/n'],
    ['-1/2', 'serve la forma i/n'],
    ['1.5/2', 'serve la forma i/n'],
    ['', 'serve la forma i/n'],
  ])('refuses %j in Italian', (text, message) => {
    const parsed = parseShard(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.message).toContain(message);
  });
});

describe('shardFromEnv', () => {
  it('is undefined for a whole build', () => {
    expect(shardFromEnv({})).toBeUndefined();
    expect(shardFromEnv({ ROTATIVA_SHARD: '' })).toBeUndefined();
  });

  it('reads the shard, and refuses a malformed one', () => {
    expect(shardFromEnv({ ROTATIVA_SHARD: '2/3' })).toEqual({ index: 2, count: 3 });
    expect(() => shardFromEnv({ ROTATIVA_SHARD: '4/3' })).toThrow(/ROTATIVA_SHARD/);
  });
});

describe('shardOfPath', () => {
  const paths = Array.from({ length: 2000 }, (_, n) => `/articoli/articolo-${n}/`);

  it('is the same whatever the other pages and their order', () => {
    const alone = paths.map((path) => shardOfPath(path, 4));
    const reversed = [...paths].reverse().map((path) => shardOfPath(path, 4));
    expect(reversed.reverse()).toEqual(alone);
  });

  it('treats /a/ and /a as one page', () => {
    expect(shardOfPath('/articoli/x/', 7)).toBe(shardOfPath('/articoli/x', 7));
    expect(shardOfPath('/', 7)).toBeGreaterThanOrEqual(1);
  });

  it('spreads pages evenly', () => {
    for (const count of [2, 3, 8]) {
      const sizes = new Array<number>(count).fill(0);
      for (const path of paths) sizes[shardOfPath(path, count) - 1]! += 1;
      for (const size of sizes)
        expect(Math.abs(size - paths.length / count)).toBeLessThan(
          (0.1 * paths.length) / count + 20,
        );
    }
  });

  it('gives every page to exactly one shard', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 64 }), (pathname, count) => {
        const owners = Array.from({ length: count }, (_, i) => i + 1).filter((index) =>
          rendersPath({ index, count }, pathname),
        );
        expect(owners).toHaveLength(1);
      }),
    );
  });
});

describe('whole build', () => {
  it('renders every page and owns the site files', () => {
    expect(rendersPath(undefined, '/x/')).toBe(true);
    expect(ownsSiteFiles(undefined)).toBe(true);
  });

  it('leaves the site files to shard 1, and names each shard its own folder', () => {
    expect(ownsSiteFiles({ index: 1, count: 3 })).toBe(true);
    expect(ownsSiteFiles({ index: 2, count: 3 })).toBe(false);
    expect(shardOutDir({ index: 2, count: 3 })).toBe('dist-shard-2-of-3');
  });
});
