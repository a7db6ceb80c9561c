/**
 * A rebuild keeps the output in place: the staging folder starts as hard links to the unchanged
 * pages of the live `dist/`, only changed pages are written (as new files), pages of deleted
 * articles disappear, and the live `dist/` is never written through a link while the build runs.
 */
import { appendFileSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, writeFixture, type BuiltSite } from '../helpers/build-site';
import { listFiles } from '../helpers/compare-builds';
import { newsroomSiteFiles } from '../fixtures/sites/newsroom';

const EDITED = 'articoli/linux-compie-trent-anni/index.html';
const DELETED = 'articoli/notizia-breve-03/index.html';
const ADDED_PARAGRAPH = 'Aggiornamento: la festa si terrà online.';

let root: string;
let cold: BuiltSite;
let rebuilt: BuiltSite;
const before = new Map<string, { ino: number; bytes: Buffer }>();

function build(): BuiltSite {
  const site = buildSite(root);
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  return site;
}

beforeAll(() => {
  root = writeFixture(newsroomSiteFiles());
  cold = build();
  for (const file of listFiles(cold.distDir)) {
    const path = join(cold.distDir, file);
    before.set(file, { ino: statSync(path).ino, bytes: readFileSync(path) });
  }
  appendFileSync(
    join(root, 'content/articles/linux-compie-trent-anni.md'),
    `\n${ADDED_PARAGRAPH}\n`,
  );
  rmSync(join(root, 'content/articles/notizia-breve-03.md'));
  rebuilt = build();
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a rebuild after an edit and a deletion', () => {
  it('links the pages it can reuse instead of copying them', () => {
    expect(rebuilt.stdout).toMatch(/✓ [1-9]\d* pagine collegate da /);
    // Astro says `(cached)` for a page it found in place, `(restored)` for one it copied; it
    // colours its log even through a pipe when CI is set.
    const log = stripVTControlCharacters(rebuilt.stdout);
    const reused = [...log.matchAll(/├─ \/(\S+) \(cached\)/g)].map((m) => m[1] ?? '');
    expect(reused.length).toBeGreaterThan(10);
    expect(rebuilt.stdout).not.toContain('(restored)');
    for (const page of reused) {
      expect(statSync(join(rebuilt.distDir, page)).ino, page).toBe(before.get(page)?.ino);
    }
  });

  it('writes the edited page as a new file', () => {
    expect(rebuilt.read(EDITED)).toContain(ADDED_PARAGRAPH);
    expect(statSync(join(rebuilt.distDir, EDITED)).ino).not.toBe(before.get(EDITED)?.ino);
  });

  it('removes the page of the deleted article and its folder', () => {
    expect(before.has(DELETED)).toBe(true);
    expect(rebuilt.exists(DELETED)).toBe(false);
    expect(rebuilt.exists('articoli/notizia-breve-03')).toBe(false);
    expect(rebuilt.stdout).toContain('pagine non più esistenti rimosse');
  });

  it('never wrote through a link: every reused page has its old bytes', () => {
    for (const file of listFiles(rebuilt.distDir)) {
      const old = before.get(file);
      if (old !== undefined && statSync(join(rebuilt.distDir, file)).ino === old.ino) {
        expect(readFileSync(join(rebuilt.distDir, file)).equals(old.bytes), file).toBe(true);
      }
    }
  });
});
