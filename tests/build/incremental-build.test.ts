/**
 * Rebuilds reuse the pages whose content did not change (Astro's incremental build, keyed by
 * `pageCacheKey`), and what they publish is exactly what a cold build of the same content
 * publishes: a restored page can never show a stale body, comment, card or neighbour.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, writeFixture, type BuiltSite } from '../helpers/build-site';
import { differences } from '../helpers/compare-builds';
import { newsroomSiteFiles } from '../fixtures/sites/newsroom';

const EDITED_ARTICLE = 'articles/linux-compie-trent-anni.md';
const EDITED_SNAPSHOT = 'comments/xiaomi-arriva-negli-stati-uniti.json';
const ADDED_PARAGRAPH = 'Aggiornamento: la festa si terrà online.';
const EDITED_COMMENT = 'Finalmente, era ora. (modificato)';

function build(root: string): BuiltSite {
  const site = buildSite(root);
  if (site.status !== 0) throw new Error(`fixture build failed:\n${site.stdout}\n${site.stderr}`);
  return site;
}

/** The pages a build copied from its cache instead of rendering, as output paths. */
const restoredPages = (site: BuiltSite): string[] =>
  site.stdout
    .split('\n')
    .filter((line) => line.includes('(restored)') || line.includes('(cached)'))
    .map((line) => /├─ (\S+)/.exec(line)?.[1] ?? line);

/** An article edit and a comment edit, as an editor would commit them. */
function edit(contentDir: string): void {
  appendFileSync(join(contentDir, EDITED_ARTICLE), `\n${ADDED_PARAGRAPH}\n`);
  const path = join(contentDir, EDITED_SNAPSHOT);
  const snapshot = JSON.parse(readFileSync(path, 'utf8')) as { comments: { body?: string }[] };
  const [first] = snapshot.comments;
  if (first) first.body = EDITED_COMMENT;
  writeFileSync(path, `${JSON.stringify(snapshot, null, 2)}\n`);
}

let rebuilt: BuiltSite;
let cold: BuiltSite;

beforeAll(() => {
  const root = writeFixture(newsroomSiteFiles());
  build(root);
  edit(join(root, 'content'));
  rebuilt = build(root);
  const coldRoot = writeFixture(newsroomSiteFiles());
  edit(join(coldRoot, 'content'));
  cold = build(coldRoot);
});

afterAll(() => {
  for (const site of [rebuilt, cold]) if (site) rmSync(site.root, { recursive: true, force: true });
});

describe('a rebuild after editing one article and one comment', () => {
  it('copies the unaffected pages from the cache', () => {
    const restored = restoredPages(rebuilt);
    expect(restored.length).toBeGreaterThan(10);
    expect(restored.join('\n')).toContain('/articoli/visori-per-la-realta-aumentata/index.html');
    expect(restoredPages(cold)).toEqual([]);
  });

  it('renders again the edited article, the commented one and the pages that list them', () => {
    const restored = restoredPages(rebuilt).join('\n');
    expect(restored).not.toContain('/articoli/linux-compie-trent-anni/index.html');
    expect(restored).not.toContain('/articoli/xiaomi-arriva-negli-stati-uniti/index.html');
    expect(restored).not.toMatch(/\/categorie\/informatica\/index\.html/);
    expect(rebuilt.read('articoli/linux-compie-trent-anni/index.html')).toContain(ADDED_PARAGRAPH);
    expect(rebuilt.read('articoli/xiaomi-arriva-negli-stati-uniti/index.html')).toContain(
      EDITED_COMMENT,
    );
  });

  it('publishes the same bytes as a cold build of the edited content', () => {
    expect(differences(rebuilt, cold)).toEqual([]);
  });
});
