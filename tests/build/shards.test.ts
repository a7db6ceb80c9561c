/**
 * A sharded build: shards 1/2 and 2/2 of the newsroom fixture, built one after the other and
 * merged by `npm run merge-shards`, give the same files, byte for byte, as one build of the
 * whole site, and again after an edit with each shard's cache warm; the merge refuses a missing
 * shard, shards that disagree on a file, and shards of other content or code, leaving `dist/` as
 * it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, PROJECT_ROOT, writeFixture, type BuiltSite } from '../helpers/build-site';
import { differences, listFiles } from '../helpers/compare-builds';
import { newsroomSiteFiles } from '../fixtures/sites/newsroom';

const NOW = '2026-12-04T07:00:00Z';

/** The newsroom fixture plus a cover image (an optimized `_astro/` file) and an alias. */
function files(): Record<string, string | Buffer> {
  return {
    ...newsroomSiteFiles(),
    'articles/images/grafico.png': readFileSync(
      join(PROJECT_ROOT, 'tests/fixtures/check/clean/articles/images/grafico.png'),
    ),
    'articles/in-copertina.md': [
      '---',
      'title: Un grafico in copertina',
      'date: 5 Luglio 2018 9:00',
      'category: Scienza',
      'cover:',
      '  src: ./images/grafico.png',
      '  alt: Barre rosse su fondo bianco',
      'aliases: [/2018/07/05/grafico.html]',
      '---',
      '',
      'Il grafico in copertina, e ![di nuovo](./images/grafico.png) nel testo.',
      '',
    ].join('\n'),
  };
}

function built(site: BuiltSite): BuiltSite {
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  return site;
}

function mergeShards(root: string, dirs: string[]) {
  const result = spawnSync(
    join(PROJECT_ROOT, 'node_modules/.bin/tsx'),
    ['scripts/merge-shards.ts', '--out', join(root, 'dist'), ...dirs],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  return { status: result.status ?? 1, output: `${result.stdout}${result.stderr}` };
}

/** Every file of a folder and its bytes, to check that a refused merge left it alone. */
const snapshot = (dir: string) =>
  listFiles(dir).map((file) => [file, readFileSync(join(dir, file)).toString('base64')]);

/** Shards 1/2 and 2/2 of the site at `root`, one after the other, merged into `root/dist`. */
function buildShardsAndMerge(root: string): { shards: BuiltSite[]; merged: BuiltSite } {
  const shards = ['1/2', '2/2'].map((shard) =>
    built(
      buildSite(root, {
        distDir: join(root, `dist-shard-${shard.replace('/', '-of-')}`),
        args: ['--shard', shard],
        env: { ROTATIVA_NOW: NOW },
      }),
    ),
  );
  const merge = mergeShards(
    root,
    shards.map(({ distDir }) => distDir),
  );
  if (merge.status !== 0) throw new Error(`merge failed:\n${merge.output}`);
  return { shards, merged: { ...(shards[0] as BuiltSite), distDir: join(root, 'dist') } };
}

const roots: string[] = [];
let whole: BuiltSite;
let shardRoot: string;
let shards: BuiltSite[];
let merged: BuiltSite;

beforeAll(() => {
  whole = built(buildSite(writeFixture(files()), { env: { ROTATIVA_NOW: NOW } }));
  shardRoot = writeFixture(files());
  roots.push(whole.root, shardRoot);
  ({ shards, merged } = buildShardsAndMerge(shardRoot));
});

afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe('sharded build', () => {
  it('splits the pages and cards between the shards, the site-wide files in shard 1', () => {
    const [first, second] = shards.map(({ distDir }) => listFiles(distDir));
    const pages = (list: string[] = []) => list.filter((file) => file.startsWith('articoli/'));
    expect(pages(first).length).toBeGreaterThan(0);
    expect(pages(second).length).toBeGreaterThan(0);
    expect(pages(first).filter((file) => second?.includes(file))).toEqual([]);
    expect(first?.filter((file) => file.startsWith('condivisione/')).length).toBeGreaterThan(0);
    expect(second?.filter((file) => file.startsWith('condivisione/')).length).toBeGreaterThan(0);
    for (const siteFile of ['sitemap-index.xml', '_redirects', '2018/07/05/grafico.html']) {
      expect(first).toContain(siteFile);
      expect(second).not.toContain(siteFile);
    }
    expect(first?.some((file) => file.startsWith('pagefind/'))).toBe(true);
    expect(second?.some((file) => file.startsWith('pagefind/'))).toBe(false);
    expect(whole.stdout).not.toContain('parte 1/2');
  });

  it('merges into the same files, byte for byte, as one build of the whole site', () => {
    expect(listFiles(merged.distDir)).toEqual(listFiles(whole.distDir));
    expect(differences(whole, merged)).toEqual([]);
  });

  describe('refuses to merge, dist/ untouched', () => {
    const refused = (dirs: () => string[], message: RegExp) => () => {
      const before = snapshot(merged.distDir);
      const merge = mergeShards(shardRoot, dirs());
      expect(merge.status).toBe(1);
      expect(merge.output).toMatch(message);
      expect(merge.output).toContain('non è stato modificato');
      expect(snapshot(merged.distDir)).toEqual(before);
    };

    /** A copy of shard 2 changed by `edit`, in a folder of its own. */
    const alteredSecond = (name: string, edit: (dir: string) => void) => (): string[] => {
      const dir = join(shardRoot, name);
      cpSync(shards[1]?.distDir ?? '', dir, { recursive: true });
      edit(dir);
      return [shards[0]?.distDir ?? '', dir];
    };

    it(
      'when a shard is missing',
      refused(() => [shards[0]?.distDir ?? ''], /manca la parte 2\/2/),
    );

    it(
      'when a shard is given twice',
      refused(
        () => [shards[0]?.distDir ?? '', shards[0]?.distDir ?? ''],
        /la parte 1\/2 compare 2 volte/,
      ),
    );

    it(
      'when two shards wrote one file with different bytes',
      refused(
        alteredSecond('edited-file', (dir) => {
          const css = listFiles(dir).find((file) => file.endsWith('.css')) ?? '';
          writeFileSync(join(dir, css), '/* altro */\n', { flag: 'a' });
        }),
        /\.css: diverso in .* e in .*edited-file/,
      ),
    );

    for (const [field, message] of [
      ['content', /contenuti diversi/],
      ['code', /codice diverso/],
    ] as const) {
      it(
        `when a shard comes from other ${field}`,
        refused(
          alteredSecond(`other-${field}`, (dir) => {
            const file = join(dir, '.rotativa-shard.json');
            const manifest = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
            writeFileSync(file, JSON.stringify({ ...manifest, [field]: 'f'.repeat(64) }));
          }),
          message,
        ),
      );
    }

    it(
      'when a folder is not a shard',
      refused(() => [shards[0]?.distDir ?? '', whole.distDir], /manca \.rotativa-shard\.json/),
    );
  });

  describe('after an edit and a new article, each shard rebuilt with its own cache', () => {
    const edited = (): Record<string, string | Buffer> => ({
      ...files(),
      'articles/in-copertina.md': String(files()['articles/in-copertina.md']).replace(
        'Un grafico in copertina',
        'Il grafico in copertina, corretto',
      ),
      'articles/nuovo-arrivo.md': [
        '---',
        'title: Un articolo arrivato dopo',
        'date: 6 Luglio 2018 9:00',
        'category: Scienza',
        '---',
        '',
        'Testo nuovo.',
        '',
      ].join('\n'),
    });
    let stale: string;
    let editedWhole: BuiltSite;
    let rebuilt: ReturnType<typeof buildShardsAndMerge>;

    beforeAll(() => {
      stale = join(shardRoot, 'stale-shard-2');
      cpSync(shards[1]?.distDir ?? '', stale, { recursive: true });
      writeFixture(edited(), shardRoot);
      rebuilt = buildShardsAndMerge(shardRoot);
      editedWhole = built(buildSite(writeFixture(edited()), { env: { ROTATIVA_NOW: NOW } }));
      roots.push(editedWhole.root);
    });

    it('merges into the same bytes as one cold build of the edited site', () => {
      expect(rebuilt.shards.map((shard) => shard.stdout).join('')).toContain('(cached)');
      expect(listFiles(rebuilt.merged.distDir)).toEqual(listFiles(editedWhole.distDir));
      expect(differences(editedWhole, rebuilt.merged)).toEqual([]);
    });

    it('refuses a shard built before the edit', () => {
      const merge = mergeShards(shardRoot, [rebuilt.shards[0]?.distDir ?? '', stale]);
      expect(merge.status).toBe(1);
      expect(merge.output).toMatch(/stale-shard-2: contenuti diversi/);
    });
  });

  it('refuses a malformed shard and a shard aimed at dist/, before building', () => {
    for (const [args, message] of [
      [['--shard', '3/2'], /i deve essere tra 1 e 2/],
      [['--shard', 'metà'], /serve la forma i\/n/],
    ] as const) {
      const site = buildSite(shardRoot, { args: [...args], env: { ROTATIVA_NOW: NOW } });
      expect(site.status).toBe(2);
      expect(site.stderr).toMatch(message);
    }
    const toDist = buildSite(shardRoot, { args: ['--shard', '1/2'], env: { ROTATIVA_NOW: NOW } });
    expect(toDist.status).toBe(2);
    expect(toDist.stderr).toContain('--shard non scrive in dist/');
  });
});
