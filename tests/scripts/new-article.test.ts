import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runScript } from './run-script';

// 08:00 UTC is 09:00 in Rome on 25 November 2026.
const NOW = { ROTATIVA_NOW: '2026-11-25T08:00:00Z' };
const TITLE = "Perché l'IA è ovunque: anche nel frigo";
const SLUG = 'perche-l-ia-e-ovunque-anche-nel-frigo';

let root: string;
let contentDir: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'rotativa-new-'));
  contentDir = join(root, 'content');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const newArticle = (...args: string[]) =>
  runScript('new-article.ts', [...args, '--content-dir', contentDir], NOW);

describe('npm run new', () => {
  it('writes a draft named after the title, dated now to the minute in the newsroom form, with the given fields', () => {
    const run = newArticle(
      TITLE,
      '--category',
      'Informatica',
      '--tags',
      'IA, Elettrodomestici',
      '--author',
      'Giulia Ferri',
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const path = join(contentDir, 'articles', `${SLUG}.md`);
    const text = readFileSync(path, 'utf8');
    expect(text).toMatch(
      /^---\ntitle: "Perché l'IA è ovunque: anche nel frigo"\ndate: 25 Novembre 2026 09:00\n/,
    );
    expect(text).toContain('\nauthor: "Giulia Ferri"\n');
    expect(text).toContain('\ncategory: "Informatica"\n');
    expect(text).toContain('\ntags: ["IA", "Elettrodomestici"]\n');
    expect(text).toContain('\ndraft: true\n---\n');
    expect(text).toContain('\n## Il contesto\n');
    expect(run.stdout).toContain(`articles/${SLUG}.md`);
    expect(run.stdout).toContain(`https://rotativa.example.it/articoli/${SLUG}/`);
  });

  it('writes a file that npm run check accepts', () => {
    expect(newArticle(TITLE, '--tags', '5G').status).toBe(0);
    const check = runScript('check-content.ts', ['--content-dir', contentDir]);
    expect(check.stderr).toBe('');
    expect(check.status).toBe(0);
  });

  it('refuses to overwrite an article with the same slug', () => {
    expect(newArticle(TITLE).status).toBe(0);
    const path = join(contentDir, 'articles', `${SLUG}.md`);
    writeFileSync(path, 'modificato a mano');
    const again = newArticle(TITLE.toUpperCase());
    expect(again.status).toBe(1);
    expect(again.stderr).toContain(`Esiste già un articolo con slug "${SLUG}"`);
    expect(readFileSync(path, 'utf8')).toBe('modificato a mano');
  });

  it('refuses a slug another file claims through its front-matter', () => {
    mkdirSync(join(contentDir, 'articles', '2018'), { recursive: true });
    writeFileSync(
      join(contentDir, 'articles', '2018', 'vecchio.md'),
      `---\ntitle: Vecchio\ndate: 2018-07-04\nslug: ${SLUG}\n---\n\nTesto.\n`,
    );
    const run = newArticle(TITLE);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('articles/2018/vecchio.md');
    expect(existsSync(join(contentDir, 'articles', `${SLUG}.md`))).toBe(false);
  });

  it.each([
    [['!!!'], 'il titolo deve contenere almeno una lettera o una cifra'],
    [[], 'indica il titolo, tra virgolette'],
  ])('refuses %j with the usage line and exit code 2', (args, message) => {
    const run = newArticle(...args);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain('Uso: npm run new');
  });

  it('refuses an option value the schema would reject, writing nothing', () => {
    const run = newArticle(TITLE, '--category', '  ');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('category: "  " non può essere vuoto');
    expect(existsSync(join(contentDir, 'articles', `${SLUG}.md`))).toBe(false);
  });
});
