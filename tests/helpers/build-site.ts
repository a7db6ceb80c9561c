/**
 * Builds a fixture site the way `npm run build` does, in a temporary folder, and gives tests
 * its output. Fixtures are content only: the site code is the project's own.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export const PROJECT_ROOT = resolve(import.meta.dirname, '../..');

/** Where every fixture site, and what the fixture builds share, is kept. */
const SITES_DIR = join(PROJECT_ROOT, 'node_modules/.cache/rotativa-sites');

/**
 * V8's compiled code of tsx, Astro, Vite and the rest, one for every fixture build: the build
 * keeps it in the site's own cache folder otherwise, so each fixture would compile them again.
 * It holds no content, so sharing it changes no output.
 */
const COMPILE_CACHE = join(SITES_DIR, 'node-compile-cache');

/**
 * A new folder for one fixture site. It lives inside the project: Astro puts the server bundle of
 * a build whose output is outside the project in the shared `<project>/.astro/`, where two builds
 * running at once (vitest runs test files in parallel) would overwrite each other's.
 */
export function siteRoot(prefix = 'site-'): string {
  mkdirSync(SITES_DIR, { recursive: true });
  return mkdtempSync(join(SITES_DIR, prefix));
}

/** The output folder of a built site. */
export interface BuiltOutput {
  distDir: string;
  /** Reads a built file, e.g. `page('articoli/x/index.html')`. */
  read: (path: string) => string;
  exists: (path: string) => boolean;
}

/** A built (or failed) fixture site. */
export interface BuiltSite extends BuiltOutput {
  root: string;
  contentDir: string;
  status: number;
  stdout: string;
  stderr: string;
}

/** Reads the output in `distDir`, e.g. a site built once for several files by a global setup. */
export function builtOutput(distDir: string): BuiltOutput {
  return {
    distDir,
    read: (path) => readFileSync(join(distDir, path), 'utf8'),
    exists: (path) => existsSync(join(distDir, path)),
  };
}

/** Writes `files` (paths relative to the content folder) into a new temporary site folder. */
export function writeFixture(files: Record<string, string | Buffer>, root = siteRoot()): string {
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, 'content', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  return root;
}

/** Options of {@link buildSite}. */
export interface BuildOptions {
  /** Content folder; `root/content` by default. */
  contentDir?: string;
  env?: Record<string, string>;
  /** Output folder; `root/dist` by default. */
  distDir?: string;
  /** More flags for the build script, e.g. `['--shard', '1/2']`. */
  args?: string[];
}

/** Runs the production build script on the content folder into `distDir` (`root/dist`). */
export function buildSite(
  root: string,
  {
    contentDir = join(root, 'content'),
    env = {},
    distDir = join(root, 'dist'),
    args = [],
  }: BuildOptions = {},
): BuiltSite {
  const result = spawnSync(
    join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    ['scripts/build.ts', '--content', contentDir, '--out', distDir, ...args],
    {
      cwd: PROJECT_ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${join(PROJECT_ROOT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`,
        ROTATIVA_CACHE_DIR: join(root, '.cache'),
        NODE_COMPILE_CACHE: COMPILE_CACHE,
        ...env,
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  return {
    ...builtOutput(distDir),
    root,
    contentDir,
    status: result.status ?? 1,
    stdout: result.stdout,
    stderr: result.stderr,
  };
}

/** A minimal valid article. */
export function article(fields: Record<string, string>, body = 'Testo dell’articolo.'): string {
  const yaml = Object.entries(fields)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n');
  return `---\n${yaml}\n---\n\n${body}\n`;
}
