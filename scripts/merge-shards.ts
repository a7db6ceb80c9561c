/**
 * `npm run merge-shards -- [--out dist] <cartelle...>`: combines the outputs of
 * `npm run build -- --shard i/n` into one site, swapped into `dist/` as `npm run build` swaps
 * its own. It refuses, leaving `dist/` as it was, when a shard is missing or given twice, when
 * the shards' stamps name different content, code or clock, or when two shards wrote the same
 * file with different bytes. The merged files are hard links to the shards' files.
 */
import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { resolve } from 'node:path';
import { syncLinks } from '../src/lib/build/link-sync';
import { parseCliArgs, runCli, UsageError } from './lib/args';
import { planMerge } from './lib/merge-outputs';
import { manifestProblems, SHARD_MANIFEST } from './lib/shard-manifest';
import { readShardManifest } from './lib/shard-stamp';

const USAGE =
  'npm run merge-shards -- [--out dist] <cartella della parte 1> <cartella della parte 2> …';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function main(): Promise<number> {
  const started = performance.now();
  const { values, positionals: dirs } = parseCliArgs(process.argv.slice(2), {
    out: { type: 'string', default: 'dist' },
  });
  if (dirs.length === 0) throw new UsageError('indica le cartelle delle parti da unire');
  const outDir = resolve(values.out);
  const refuse = (problems: readonly string[], what: string): number => {
    for (const problem of problems) console.error(problem);
    console.error(`\n✗ Unione rifiutata: ${what}.\n  ${values.out}/ non è stato modificato.`);
    return 1;
  };
  const missing = dirs.filter((dir) => !existsSync(dir));
  if (missing.length > 0)
    return refuse(
      missing.map((dir) => `${dir}: cartella inesistente`),
      'cartelle mancanti',
    );
  if (dirs.some((dir) => resolve(dir) === outDir))
    throw new UsageError(`--out ${values.out} è anche una delle parti`);

  const problems = manifestProblems(await Promise.all(dirs.map(readShardManifest)));
  if (problems.length > 0)
    return refuse(problems, 'le cartelle non sono le parti di una stessa build');

  const plan = await planMerge(dirs, (path) => path === SHARD_MANIFEST);
  if (plan.conflicts.length > 0)
    return refuse(
      plan.conflicts,
      `${count(plan.conflicts.length, 'file diverso', 'file diversi')} tra le parti`,
    );

  const mergingDir = `${outDir}.merging`;
  const previousDir = `${outDir}.previous`;
  await rm(mergingDir, { recursive: true, force: true });
  try {
    await syncLinks(mergingDir, plan.sources);
  } catch (error) {
    await rm(mergingDir, { recursive: true, force: true });
    return refuse([String(error)], 'file delle parti non collegati');
  }
  // Two renames, as in scripts/build.ts: the window without a dist/ lasts microseconds.
  await rm(previousDir, { recursive: true, force: true });
  if (existsSync(outDir)) await rename(outDir, previousDir);
  await rename(mergingDir, outDir);
  await rm(previousDir, { recursive: true, force: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(
    `✓ ${count(dirs.length, 'parte unita', 'parti unite')} in ${values.out}/: ${count(plan.sources.size, 'file', 'file')} (${seconds} s)`,
  );
  return 0;
}

await runCli(USAGE, main);
