import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { snapshotTree, tempDir } from './cli-helpers';
import { runScript } from './run-script';

const SEED = 'tests/fixtures/comments/2018-07-04-xiaomi-nord-america.txt';
const SLUG = 'xiaomi-vuole-entrare-anche-nel-mercato-nordamericano-e-in-tempi-relativamente-brevi';
const FLAGS = ['--category', 'Smartphone', '--tags', 'Xiaomi,Stati Uniti', '--author', 'Redazione'];

const importLegacy = (...args: string[]) => runScript('import-legacy.ts', args);

describe('npm run import:legacy', () => {
  it('writes the article and its comments, then changes nothing on a second run', () => {
    const content = tempDir();
    const first = importLegacy(SEED, ...FLAGS, '--content-dir', content);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Articoli: 1 scritti, 0 saltati');
    expect(first.stdout).toContain('Commenti: 16 aggiunti, 0 aggiornati, 0 invariati');

    const article = matter(readFileSync(join(content, 'articles', `${SLUG}.md`), 'utf8'));
    expect(article.data).toMatchObject({
      date: '04 Luglio 2018',
      category: 'Smartphone',
      tags: ['Xiaomi', 'Stati Uniti'],
      author: 'Redazione',
    });
    const snapshot = JSON.parse(
      readFileSync(join(content, 'comments', `${SLUG}.json`), 'utf8'),
    ) as {
      comments: { body: string }[];
    };
    expect(snapshot.comments).toHaveLength(16);
    expect(snapshot.comments[0]?.body).toBe('Spero non facciano la fine di LeEco...');

    const before = snapshotTree(content);
    const second = importLegacy(SEED, ...FLAGS, '--content-dir', content);
    expect(second.status).toBe(0);
    expect(second.stdout).toContain('Articoli: 0 scritti, 1 saltati');
    expect(second.stdout).toContain('esiste già (usa --force per sovrascriverlo)');
    expect(second.stdout).toContain('Commenti: 0 aggiunti, 0 aggiornati, 16 invariati');
    expect(snapshotTree(content)).toEqual(before);
  });

  it('overwrites an existing article only with --force', () => {
    const content = tempDir();
    importLegacy(SEED, '--content-dir', content);
    const path = join(content, 'articles', `${SLUG}.md`);
    writeFileSync(path, 'modificato a mano\n');
    importLegacy(SEED, '--content-dir', content);
    expect(readFileSync(path, 'utf8')).toBe('modificato a mano\n');
    const forced = importLegacy(
      SEED,
      '--force',
      '--title',
      'Xiaomi negli USA',
      '--content-dir',
      content,
    );
    expect(forced.status).toBe(0);
    expect(existsSync(join(content, 'articles', 'xiaomi-negli-usa.md'))).toBe(true);
  });

  it('imports every .txt file of a folder', () => {
    const dumps = tempDir();
    mkdirSync(join(dumps, '2019'));
    copyFileSync(SEED, join(dumps, 'seed.txt'));
    writeFileSync(
      join(dumps, '2019', 'pixel.txt'),
      '10 Ottobre 2019\nTitolo: Pixel 4\nTesto.\nCommenti\nbello\n',
    );
    writeFileSync(join(dumps, 'note.md'), 'non è un dump');
    const content = tempDir();
    const run = importLegacy(dumps, '--content-dir', content);
    expect(run.status).toBe(0);
    expect(
      Object.keys(snapshotTree(content))
        .filter((path) => path.endsWith('.md') || path.endsWith('.json'))
        .sort(),
    ).toEqual([
      join('articles', 'pixel-4.md'),
      join('articles', `${SLUG}.md`),
      join('comments', 'pixel-4.json'),
      join('comments', `${SLUG}.json`),
    ]);
  });

  it('fails naming the file and line of a bad date, writing nothing for it', () => {
    const dumps = tempDir();
    const bad = join(dumps, 'bad.txt');
    writeFileSync(bad, '\n31 Febbraio 2018\nTesto.\n');
    const content = tempDir();
    const run = importLegacy(bad, '--content-dir', content);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${bad}:2: data: "31 Febbraio 2018" `);
    expect(snapshotTree(content)).toEqual({});
  });

  it('refuses --title with several files and unknown flags, with the usage line', () => {
    const withTitle = importLegacy(SEED, SEED, '--title', 'X');
    expect(withTitle.status).toBe(2);
    expect(withTitle.stderr).toContain('--title e --alias valgono per un solo file');
    const unknown = importLegacy(SEED, '--categoria', 'X');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('opzione sconosciuta: --categoria');
    expect(unknown.stderr).toContain('Uso: npm run import:legacy');
  });
});

describe('npm run import:legacy: hostile dumps', () => {
  it('bounds the slug of a 360-character title and imports every file of a folder', () => {
    const folder = tempDir();
    const seed = readFileSync(SEED, 'utf8');
    writeFileSync(
      join(folder, 'a.txt'),
      seed.replace('04 Luglio 2018', '04 Luglio 2018\nTitolo: Primo'),
    );
    writeFileSync(
      join(folder, 'b.txt'),
      seed.replace('04 Luglio 2018', `04 Luglio 2018\nTitolo: ${'Lunghissimo '.repeat(30)}`),
    );
    writeFileSync(join(folder, 'c.txt'), 'nessuna data qui\n');
    writeFileSync(
      join(folder, 'd.txt'),
      seed.replace('04 Luglio 2018', '04 Luglio 2018\nTitolo: Ultimo'),
    );
    const content = tempDir();
    const run = importLegacy(folder, '--content-dir', content);
    expect(run.stdout).toContain('Articoli: 3 scritti, 0 saltati, 1 con errori');
    expect(run.stderr).toMatch(/c\.txt/);
    expect(run.stderr).not.toMatch(/ENAMETOOLONG|at .*\.ts:\d+/);
    expect(run.status).toBe(1);
    const articles = Object.keys(snapshotTree(join(content, 'articles')));
    expect(articles).toHaveLength(3);
    for (const name of articles) expect(name.length).toBeLessThanOrEqual(124);
  });

  it('refuses an --alias that would write outside the site', () => {
    const content = tempDir();
    const run = importLegacy(SEED, '--alias', '/..%2FPWNED.html', '--content-dir', content);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('alias: "/..%2FPWNED.html"');
    expect(existsSync(join(content, 'articles'))).toBe(false);
  });
});
