import { describe, expect, it } from 'vitest';
import { UsageError } from '../../../scripts/lib/args';
import { parseBuildArgs } from '../../../scripts/lib/build-args';

const NOW = { ROTATIVA_NOW: '2026-12-04T07:00:00Z' };

describe('parseBuildArgs', () => {
  it('defaults to a whole build of content/ into dist/', () => {
    expect(parseBuildArgs([], {})).toEqual({ content: 'content', out: 'dist', shard: undefined });
  });

  it('gives a shard its own folder unless told one', () => {
    expect(parseBuildArgs(['--shard', '2/3'], NOW)).toEqual({
      content: 'content',
      out: 'dist-shard-2-of-3',
      shard: { index: 2, count: 3 },
    });
    expect(parseBuildArgs(['--shard', '1/2', '--out', 'parti/uno'], NOW).out).toBe('parti/uno');
  });

  it.each([
    [['--shard', '3/2'], NOW, 'i deve essere tra 1 e 2'],
    [['--shard', 'tutto'], NOW, 'serve la forma i/n'],
    [['--shard', '1/2', '--out', 'dist'], NOW, '--shard non scrive in dist/'],
    [['--shard', '1/2', '--out', 'sito/dist/'], NOW, '--shard non scrive in dist/'],
    [['--shard', '1/2'], {}, '--shard richiede ROTATIVA_NOW'],
    [['--shard'], NOW, 'l’opzione --shard richiede un valore'],
    [['--parte', '1/2'], NOW, 'opzione sconosciuta: --parte'],
    [['dist'], NOW, 'argomento inatteso: dist'],
  ])('refuses %j with an Italian usage error', (argv, env, message) => {
    expect(() => parseBuildArgs(argv, env)).toThrow(UsageError);
    expect(() => parseBuildArgs(argv, env)).toThrow(message);
  });
});
