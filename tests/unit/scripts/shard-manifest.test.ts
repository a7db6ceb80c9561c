import { describe, expect, it } from 'vitest';
import {
  formatManifest,
  manifestProblems,
  parseManifest,
  type ShardManifest,
} from '../../../scripts/lib/shard-manifest';

const stamp = (index: number, count: number, changes: Partial<ShardManifest> = {}) => ({
  dir: `dist-shard-${index}-of-${count}`,
  manifest: {
    shard: { index, count },
    content: 'c'.repeat(64),
    code: 'd'.repeat(64),
    now: '2026-12-04T07:00:00.000Z',
    ...changes,
  },
});

describe('parseManifest', () => {
  it('reads back what formatManifest writes', () => {
    const { manifest } = stamp(2, 3);
    expect(parseManifest(formatManifest(manifest))).toEqual(manifest);
  });

  it.each([
    ['not JSON', '{'],
    ['null', 'null'],
    ['no shard', JSON.stringify({ content: 'c', code: 'd', now: 'n' })],
    [
      'shard out of range',
      JSON.stringify({ ...stamp(1, 2).manifest, shard: { index: 3, count: 2 } }),
    ],
    ['digest not a string', JSON.stringify({ ...stamp(1, 2).manifest, code: 1 })],
  ])('is undefined for %s', (_, text) => {
    expect(parseManifest(text)).toBeUndefined();
  });
});

describe('manifestProblems', () => {
  it('accepts every shard of one build, in any order', () => {
    expect(manifestProblems([stamp(2, 3), stamp(3, 3), stamp(1, 3)])).toEqual([]);
    expect(manifestProblems([stamp(1, 1)])).toEqual([]);
  });

  it('names the missing shards and the repeated ones', () => {
    expect(manifestProblems([stamp(1, 3)])).toEqual(['manca la parte 2/3', 'manca la parte 3/3']);
    expect(manifestProblems([stamp(1, 2), stamp(2, 2), { ...stamp(2, 2), dir: 'altra' }])).toEqual([
      'la parte 2/2 compare 2 volte: dist-shard-2-of-2, altra',
    ]);
  });

  it('refuses shards of other content, code or clock', () => {
    const problems = manifestProblems([
      stamp(1, 2),
      stamp(2, 2, {
        content: 'e'.repeat(64),
        code: 'f'.repeat(64),
        now: '2026-12-04T08:00:00.000Z',
      }),
    ]);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/^dist-shard-2-of-2: contenuti diversi da dist-shard-1-of-2/);
    expect(problems[1]).toMatch(/^dist-shard-2-of-2: codice diverso da dist-shard-1-of-2/);
    expect(problems[2]).toMatch(/orologio della build \(ROTATIVA_NOW\) diverso/);
  });

  it('refuses shards of splits into different counts', () => {
    expect(manifestProblems([stamp(1, 2), stamp(2, 3)])).toEqual([
      'dist-shard-2-of-3: parte 2/3, ma dist-shard-1-of-2 è la parte 1/2',
      'manca la parte 2/2',
    ]);
  });

  it('refuses folders without a stamp', () => {
    expect(manifestProblems([stamp(1, 1), { dir: 'dist', manifest: undefined }])).toEqual([
      'dist: manca .rotativa-shard.json, non è l’output di npm run build -- --shard',
    ]);
    expect(manifestProblems([])).toEqual(['nessuna parte da unire']);
  });
});
