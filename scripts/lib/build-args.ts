/**
 * The flags of `npm run build`: `--content <dir>`, `--out <dir>` and `--shard i/n`. A shard
 * writes its own folder (`dist-shard-i-of-n/` unless `--out` says otherwise), never `dist/`,
 * which only `npm run merge-shards` fills from the shards, and needs the build's clock fixed
 * (`ROTATIVA_NOW`) so every shard publishes the same articles.
 */
import { basename, resolve } from 'node:path';
import { NOW_VARIABLE } from '../../src/lib/articles/published';
import { parseShard, shardOutDir, type Shard } from '../../src/lib/build/shard';
import { parseCliArgs, UsageError } from './args';

export const BUILD_USAGE =
  'npm run build [-- --content content] [--out dist] [--shard i/n]\n' +
  '     ROTATIVA_NOW=<istante ISO> npm run build -- --shard i/n  (poi npm run merge-shards)';

export interface BuildArgs {
  content: string;
  /** As given (for messages); resolve it for paths. */
  out: string;
  shard: Shard | undefined;
}

/**
 * @throws {UsageError} On an unknown flag, a malformed shard, a shard aimed at a `dist/` folder,
 *   or a shard without a fixed clock.
 */
export function parseBuildArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): BuildArgs {
  const { values, positionals } = parseCliArgs(argv, {
    content: { type: 'string', default: 'content' },
    out: { type: 'string' },
    shard: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`argomento inatteso: ${positionals.join(' ')}`);
  if (values.shard === undefined)
    return { content: values.content, out: values.out ?? 'dist', shard: undefined };
  const parsed = parseShard(values.shard);
  if (!parsed.ok) throw new UsageError(parsed.message);
  const out = values.out ?? shardOutDir(parsed.shard);
  if (basename(resolve(out)) === 'dist')
    throw new UsageError(
      '--shard non scrive in dist/: ogni parte ha la sua cartella, npm run merge-shards le unisce in dist/',
    );
  if ((env[NOW_VARIABLE] ?? '').trim() === '')
    throw new UsageError(
      `--shard richiede ${NOW_VARIABLE}, lo stesso istante per ogni parte (ad esempio ${NOW_VARIABLE}=2026-12-04T07:00:00Z): parti costruite a ore diverse potrebbero pubblicare articoli diversi`,
    );
  return { content: values.content, out, shard: parsed.shard };
}
