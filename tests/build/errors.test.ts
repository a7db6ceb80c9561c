/**
 * A bad article stops `npm run build` with one line per problem that names the file, the field
 * and the value, exits non-zero, and leaves the previous `dist/` exactly as it was, whether the
 * build stops at the content check or inside Astro.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  article,
  buildSite,
  PROJECT_ROOT,
  writeFixture,
  type BuiltSite,
} from '../helpers/build-site';

const ACCEPTED =
  '(formati accettati: 04 Luglio 2018, 4 lug 2018, 04 Luglio 2018 10:30, 2018-07-04, 2018-07-04T10:30:00+02:00)';

/** A valid article, so each fixture fails for its one bad file only. */
const GOOD = {
  'articles/buona.md': article({ title: 'Una notizia in regola', date: '04 Luglio 2018' }),
};

/** What a previous successful build left: the files a failed build must not touch. */
const OLD_DIST: Record<string, string> = {
  'index.html': '<!doctype html><html lang="it"><title>Build precedente</title></html>\n',
  'segnaposto.txt': 'vecchia build\n',
  'articoli/vecchio/index.html': '<p>articolo già pubblicato</p>\n',
};

const roots: string[] = [];

afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

/** Writes the fixture and a previous `dist/`, then runs the build on it. */
function buildOverOldDist(files: Record<string, string>): BuiltSite {
  const root = writeFixture(files);
  roots.push(root);
  for (const [path, content] of Object.entries(OLD_DIST)) {
    mkdirSync(join(root, 'dist', path, '..'), { recursive: true });
    writeFileSync(join(root, 'dist', path), content);
  }
  return buildSite(root);
}

/** Every file of `dir` with its bytes, by relative path. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry): [string, string] => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path), readFileSync(path).toString('base64')];
      })
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  );
}

const base64 = (files: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(files).map(([path, text]) => [path, Buffer.from(text).toString('base64')]),
  );

/** The old `dist/` is byte for byte what it was, and no staging folder is left behind. */
function expectOldDistIntact(site: BuiltSite): void {
  expect(snapshot(site.distDir)).toEqual(base64(OLD_DIST));
  expect(existsSync(`${site.distDir}.staging`)).toBe(false);
  expect(existsSync(`${site.distDir}.previous`)).toBe(false);
}

/** How the build names a content file: relative to the project root it runs in. */
const shown = (site: BuiltSite, path: string) =>
  relative(PROJECT_ROOT, join(site.contentDir, path));

/** The lines of stderr that report a problem in a content file of the fixture. */
const problemLines = (site: BuiltSite) =>
  site.stderr
    .split('\n')
    .filter((line) => line.startsWith(relative(PROJECT_ROOT, site.contentDir)));

describe('a bad article stops the build before Astro runs', () => {
  it.each([
    {
      name: 'a misspelled month',
      files: {
        'articles/data-sbagliata.md': article({ title: 'Data sbagliata', date: '04 Lugio 2018' }),
      },
      expected: (s: BuiltSite) => [
        `${shown(s, 'articles/data-sbagliata.md')}:3: date: "04 Lugio 2018" non è una data valida: il mese "Lugio" non esiste, forse "Luglio"? ${ACCEPTED}`,
      ],
    },
    {
      name: 'an impossible day',
      files: {
        'articles/febbraio.md': article({ title: 'Trentuno febbraio', date: '31 Febbraio 2018' }),
      },
      expected: (s: BuiltSite) => [
        `${shown(s, 'articles/febbraio.md')}:3: date: "31 Febbraio 2018" non è una data valida: febbraio 2018 ha 28 giorni ${ACCEPTED}`,
      ],
    },
    {
      name: 'an unquoted ISO date with month 13',
      files: { 'articles/mese-13.md': article({ title: 'Mese tredici', date: '2018-13-01' }) },
      expected: (s: BuiltSite) => [
        `${shown(s, 'articles/mese-13.md')}:3: date: "2018-13-01" non è una data valida: il mese 13 non esiste, i mesi vanno da 01 a 12 ${ACCEPTED}`,
      ],
    },
    {
      name: 'a bad update date in a subfolder',
      files: {
        'articles/2018/aggiornato.md': article({
          title: 'Aggiornato',
          date: '04 Luglio 2018',
          updated: '32 Luglio 2018',
        }),
      },
      expected: (s: BuiltSite) => [
        `${shown(s, 'articles/2018/aggiornato.md')}:4: updated: "32 Luglio 2018" non è una data valida: luglio 2018 ha 31 giorni ${ACCEPTED}`,
      ],
    },
    {
      name: 'a missing title',
      files: { 'articles/senza-titolo.md': article({ date: '04 Luglio 2018' }) },
      expected: (s: BuiltSite) => [
        `${shown(s, 'articles/senza-titolo.md')}: title: campo obbligatorio mancante`,
      ],
    },
    {
      name: 'malformed YAML (a colon in an unquoted title)',
      files: {
        'articles/yaml-rotto.md':
          '---\ntitle: Xiaomi: arriva negli Stati Uniti\ndate: 04 Luglio 2018\n---\n\nTesto.\n',
      },
      expected: (s: BuiltSite) => [
        `${shown(s, 'articles/yaml-rotto.md')}:2: front-matter: YAML non valido: bad indentation of a mapping entry (controlla rientri, due punti e virgolette)`,
      ],
    },
    {
      name: 'two files with the same name in different folders',
      files: {
        'articles/2018/doppio.md': article({ title: 'Primo', date: '04 Luglio 2018' }),
        'articles/2019/doppio.md': article({ title: 'Secondo', date: '04 Luglio 2019' }),
      },
      expected: (s: BuiltSite) => [
        `${shown(s, 'articles/2018/doppio.md')}: slug: "doppio" è usato da più articoli (${shown(s, 'articles/2019/doppio.md')}): rinomina il file o imposta uno slug diverso`,
        `${shown(s, 'articles/2019/doppio.md')}: slug: "doppio" è usato da più articoli (${shown(s, 'articles/2018/doppio.md')}): rinomina il file o imposta uno slug diverso`,
      ],
    },
    {
      name: 'a slug override that takes another article’s slug',
      files: {
        'articles/originale.md': article({ title: 'Originale', date: '04 Luglio 2018' }),
        'articles/copia.md': article({ title: 'Copia', date: '05 Luglio 2018', slug: 'originale' }),
      },
      expected: (s: BuiltSite) => [
        `${shown(s, 'articles/copia.md')}:4: slug: "originale" è usato da più articoli (${shown(s, 'articles/originale.md')}): rinomina il file o imposta uno slug diverso`,
        `${shown(s, 'articles/originale.md')}: slug: "originale" è usato da più articoli (${shown(s, 'articles/copia.md')}): rinomina il file o imposta uno slug diverso`,
      ],
    },
  ])('$name: exits 1, names file, field and value, keeps the old dist/', ({ files, expected }) => {
    const site = buildOverOldDist({ ...GOOD, ...files });
    expect(site.status).toBe(1);
    const lines = expected(site);
    expect(problemLines(site)).toEqual(lines);
    expect(site.stderr).toContain(
      `Build interrotta: ${lines.length} ${lines.length === 1 ? 'problema' : 'problemi'} nei contenuti.`,
    );
    expect(site.stderr).toContain(`${site.distDir}/ non è stato modificato.`);
    // Astro never started.
    expect(site.stdout).not.toContain('[build]');
    expectOldDistIntact(site);
  });
});

describe('a failure inside Astro', () => {
  // The checker sees that the cover exists; only Astro's image pipeline finds it is no image.
  const corruptCover = {
    ...GOOD,
    'articles/copertina-rotta.md': article({
      title: 'Una copertina rotta',
      date: '05 Luglio 2018',
      cover: '{ src: ./images/rotta.jpg, alt: "Una foto del palco" }',
    }),
    'articles/images/rotta.jpg': 'questo file non è un JPEG\n',
  };

  it('exits 1 naming the bad image, and keeps the old dist/ (the build ran in a staging folder)', () => {
    const site = buildOverOldDist(corruptCover);
    expect(site.status).toBe(1);
    expect(site.stdout).toContain('✓ contenuti verificati');
    // Astro itself started (and failed), past the content check.
    expect(site.stdout).toContain('[content]');
    expect(site.stderr).toContain(`${join(site.contentDir, 'articles/images/rotta.jpg')}`);
    expect(site.stderr).toContain('Build interrotta: astro build è terminato con codice 1.');
    expectOldDistIntact(site);
  });

  it('swaps a successful build in place of the old dist/ and removes the staging folder', () => {
    const site = buildOverOldDist(GOOD);
    expect(site.status, site.stderr).toBe(0);
    expect(site.exists('segnaposto.txt')).toBe(false);
    expect(site.exists('articoli/vecchio/index.html')).toBe(false);
    expect(site.exists('articoli/buona/index.html')).toBe(true);
    expect(site.read('index.html')).toContain('Una notizia in regola');
    expect(existsSync(`${site.distDir}.staging`)).toBe(false);
    expect(existsSync(`${site.distDir}.previous`)).toBe(false);
  });
});
