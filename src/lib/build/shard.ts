/**
 * Which share of a site a sharded build (`npm run build -- --shard i/n`) renders. A page belongs
 * to the shard its pathname hashes to, so the split does not depend on the order in which Astro
 * lists the pages, and a new article moves only its own pages. Shard 1 also writes the files
 * that exist once per site (search index, sitemap, redirects), from the content pass, which
 * every shard runs anyway.
 */
import { createHash } from 'node:crypto';

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/** Carries the shard from `scripts/build.ts` to the Astro process, as `i/n`. */
export const SHARD_VARIABLE = 'ROTATIVA_SHARD';

export type ShardParse = { ok: true; shard: Shard } | { ok: false; message: string };

/** `"2/4"` → shard 2 of 4; Italian message for anything else. */
export function parseShard(text: string): ShardParse {
  const match = /^\s*(\d{1,6})\s*\/\s*(\d{1,6})\s*$/.exec(text);
  if (!match)
    return { ok: false, message: `--shard "${text}": serve la forma i/n, ad esempio 1/2` };
  const index = Number(match[1]);
  const count = Number(match[2]);
  if (count < 1) return { ok: false, message: `--shard "${text}": n deve essere almeno 1` };
  if (index < 1 || index > count)
    return { ok: false, message: `--shard "${text}": i deve essere tra 1 e ${count}` };
  return { ok: true, shard: { index, count } };
}

export const formatShard = ({ index, count }: Shard): string => `${index}/${count}`;

/** The shard named by the environment, or `undefined` for a whole build. */
export function shardFromEnv(env: Readonly<Record<string, string | undefined>>): Shard | undefined {
  const value = env[SHARD_VARIABLE];
  if (value === undefined || value === '') return undefined;
  const parsed = parseShard(value);
  if (!parsed.ok) throw new Error(`${SHARD_VARIABLE}: ${parsed.message}`);
  return parsed.shard;
}

/**
 * The shard (1-based) of a page, by its pathname. `/a/` and `/a` are one page to Astro, so
 * they are one key here.
 */
export function shardOfPath(pathname: string, count: number): number {
  const key = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  const digest = createHash('sha256').update(key).digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** Whether `shard` renders the page at `pathname`; a whole build renders every page. */
export const rendersPath = (shard: Shard | undefined, pathname: string): boolean =>
  shard === undefined || shardOfPath(pathname, shard.count) === shard.index;

/** Whether `shard` writes the files that exist once per site. */
export const ownsSiteFiles = (shard: Shard | undefined): boolean =>
  shard === undefined || shard.index === 1;

/** Default output folder of a shard build, next to `dist/` and never `dist/` itself. */
export const shardOutDir = ({ index, count }: Shard): string => `dist-shard-${index}-of-${count}`;
