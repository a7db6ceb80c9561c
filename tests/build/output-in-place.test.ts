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
const EDITED_THIRD = 'articoli/chip-di-nuova-generazione/index.html';
const DELETED = 'articoli/notizia-breve-03/index.html';
const ADDED_PARAGRAPH = 'Aggiornamento: la festa si terrà online.';

let root: string;
let cold: BuiltSite;
let rebuilt: BuiltSite;
let third: BuiltSite;
/** Each file of an output (they all share one folder): its inode and bytes after a build. */
type Snapshot = Map<string, { ino: number; bytes: Buffer }>;
let afterCold: Snapshot;
let afterRebuild: Snapshot;
let afterThird: Snapshot;

function snapshot(distDir: string): Snapshot {
  return new Map(
    listFiles(distDir).map((file) => {
      const path = join(distDir, file);
      return [file, { ino: statSync(path).ino, bytes: readFileSync(path) }];
    }),
  );
}

/** Every file of `now` that still shares an inode with `old` has the bytes it had then. */
function expectNoWriteThrough(now: Snapshot, old: Snapshot): void {
  for (const [file, { ino, bytes }] of now) {
    const was = old.get(file);
    if (was !== undefined && ino === was.ino) expect(bytes.equals(was.bytes), file).toBe(true);
  }
}

function build(): BuiltSite {
  const site = buildSite(root);
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  return site;
}

beforeAll(() => {
  root = writeFixture(newsroomSiteFiles());
  cold = build();
  afterCold = snapshot(cold.distDir);
  appendFileSync(
    join(root, 'content/articles/linux-compie-trent-anni.md'),
    `\n${ADDED_PARAGRAPH}\n`,
  );
  rmSync(join(root, 'content/articles/notizia-breve-03.md'));
  rebuilt = build();
  afterRebuild = snapshot(rebuilt.distDir);
  appendFileSync(
    join(root, 'content/articles/chip-di-nuova-generazione.md'),
    `\n${ADDED_PARAGRAPH}\n`,
  );
  third = build();
  afterThird = snapshot(third.distDir);
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
      expect(afterRebuild.get(page)?.ino, page).toBe(afterCold.get(page)?.ino);
    }
  });

  it('writes the edited page as a new file', () => {
    expect(afterRebuild.get(EDITED)?.bytes.toString()).toContain(ADDED_PARAGRAPH);
    expect(afterRebuild.get(EDITED)?.ino).not.toBe(afterCold.get(EDITED)?.ino);
  });

  it('removes the page of the deleted article and its folder', () => {
    expect(afterCold.has(DELETED)).toBe(true);
    expect(afterRebuild.has(DELETED)).toBe(false);
    expect(
      [...afterRebuild.keys()].some((file) => file.startsWith('articoli/notizia-breve-03/')),
    ).toBe(false);
    expect(rebuilt.stdout).toContain('pagine non più esistenti rimosse');
  });

  it('never wrote through a link: every reused page has its old bytes', () => {
    expectNoWriteThrough(afterRebuild, afterCold);
  });
});

describe('a third build, in the output the second one replaced', () => {
  it('takes that output back and links only the files that changed since', () => {
    const linked = /output precedente riusato: (\d+) collegamenti nuovi/.exec(third.stdout);
    expect(linked, third.stdout).not.toBeNull();
    const pages = Number(/✓ (\d+) pagine collegate/.exec(third.stdout)?.[1]);
    expect(Number(linked?.[1])).toBeLessThan(pages / 2);
  });

  it('publishes the edit, keeps every other page and never wrote through a link', () => {
    expect(afterThird.get(EDITED_THIRD)?.bytes.toString()).toContain(ADDED_PARAGRAPH);
    expect(afterThird.get(EDITED_THIRD)?.ino).not.toBe(afterRebuild.get(EDITED_THIRD)?.ino);
    // The same pages (the search index names some of its files by their content).
    const pages = (output: Snapshot) => [...output.keys()].filter((file) => file.endsWith('.html'));
    expect(pages(afterThird)).toEqual(pages(afterRebuild));
    expectNoWriteThrough(afterThird, afterRebuild);
  });
});
