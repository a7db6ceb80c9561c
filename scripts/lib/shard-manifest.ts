/**
 * The stamp a shard build leaves in its output (`.rotativa-shard.json`): which shard it is and
 * what it was built from. `npm run merge-shards` combines shards only when their stamps say they
 * are the parts of one build.
 */
import { formatShard, type Shard } from '../../src/lib/build/shard';

export const SHARD_MANIFEST = '.rotativa-shard.json';

export interface ShardManifest {
  shard: Shard;
  /** Digest of every file of the content folder. */
  content: string;
  /** Digest of the site's code (`src/`, `public/`, `scripts/`, the config and the lock file). */
  code: string;
  /** The build's clock (`ROTATIVA_NOW`), which decides what is published. */
  now: string;
}

/** A shard's output folder and its stamp, `undefined` when it has none or an unreadable one. */
export interface StampedDir {
  dir: string;
  manifest: ShardManifest | undefined;
}

const isShard = (value: unknown): value is Shard => {
  const { index, count } = (value ?? {}) as Partial<Record<keyof Shard, unknown>>;
  return (
    Number.isInteger(index) &&
    Number.isInteger(count) &&
    (index as number) >= 1 &&
    (index as number) <= (count as number)
  );
};

/** The stamp in `text`, or `undefined` when it is not one. */
export function parseManifest(text: string): ShardManifest | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  const { shard, content, code, now } = (value ?? {}) as Partial<Record<string, unknown>>;
  if (!isShard(shard) || typeof content !== 'string' || typeof code !== 'string') return undefined;
  if (typeof now !== 'string') return undefined;
  return { shard: { index: shard.index, count: shard.count }, content, code, now };
}

export const formatManifest = (manifest: ShardManifest): string =>
  `${JSON.stringify(manifest, null, 2)}\n`;

const SAME_BUILD: readonly [Exclude<keyof ShardManifest, 'shard'>, string][] = [
  ['content', 'contenuti diversi'],
  ['code', 'codice diverso'],
  ['now', 'orologio della build (ROTATIVA_NOW) diverso'],
];

/**
 * Why `dirs` are not the shards of one build, in Italian, one line each; empty when they are:
 * every folder stamped, the same shard count, each shard once and none missing, the same
 * content, code and clock.
 */
export function manifestProblems(dirs: readonly StampedDir[]): string[] {
  const problems = dirs
    .filter(({ manifest }) => manifest === undefined)
    .map(
      ({ dir }) => `${dir}: manca ${SHARD_MANIFEST}, non è l’output di npm run build -- --shard`,
    );
  const stamped = dirs.flatMap(({ dir, manifest }) => (manifest ? [{ dir, manifest }] : []));
  const [first] = stamped;
  if (first === undefined) return problems.length > 0 ? problems : ['nessuna parte da unire'];
  const { count } = first.manifest.shard;
  for (const { dir, manifest } of stamped.slice(1)) {
    if (manifest.shard.count !== count)
      problems.push(
        `${dir}: parte ${formatShard(manifest.shard)}, ma ${first.dir} è la parte ${formatShard(first.manifest.shard)}`,
      );
    for (const [field, what] of SAME_BUILD)
      if (manifest[field] !== first.manifest[field])
        problems.push(
          `${dir}: ${what} da ${first.dir} (${manifest[field]} invece di ${first.manifest[field]})`,
        );
  }
  for (let index = 1; index <= count; index++) {
    const holders = stamped.filter(
      ({ manifest }) => manifest.shard.index === index && manifest.shard.count === count,
    );
    if (holders.length === 0) problems.push(`manca la parte ${index}/${count}`);
    if (holders.length > 1)
      problems.push(
        `la parte ${index}/${count} compare ${holders.length} volte: ${holders.map(({ dir }) => dir).join(', ')}`,
      );
  }
  return problems;
}
