/**
 * Hostile content through the real build: an article body with script, a remote frame and an
 * allowed video, a 1,000-comment reply chain, then an alias that tries to leave `dist/`. The
 * page carries the CSP and none of the input's script; the failed build leaves `dist/` as it was.
 */
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { article, buildSite, writeFixture } from '../helpers/build-site';

/** A reply chain: each comment answers the previous one. */
const chain = (length: number) =>
  Array.from({ length }, (_, index) => ({
    id: `c${index}`,
    parent: index === 0 ? null : `c${index - 1}`,
    date: '2018-07-04T10:30:00+02:00',
    body: `Risposta numero ${index}`,
  }));

const BODY = [
  'Il testo della notizia. <script>alert("corpo")</script>',
  '',
  '<img src="./manca.png" alt="x" onerror="alert(2)">',
  '',
  '<iframe src="https://evil.example/x"></iframe>',
  '',
  '<iframe src="https://www.youtube.com/embed/dQw4w9WgXcQ" title="La presentazione"></iframe>',
  '',
  '[clic](javascript:alert(3))',
].join('\n');

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

const root = writeFixture({
  'articles/notizia.md': article({ title: 'Una notizia', date: '04 Luglio 2018' }, BODY).replace(
    '<img src="./manca.png"',
    '<img src="/favicon.svg"',
  ),
  'comments/notizia.json': `${JSON.stringify(
    { version: 1, article: 'notizia', source: 'legacy', comments: chain(1_000) },
    null,
    2,
  )}\n`,
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a build of hostile content', () => {
  it('publishes the page with its CSP, the video as a link, no script from the input and every reply', () => {
    const site = buildSite(root);
    expect(site.stderr).not.toMatch(/RangeError|Maximum call stack/);
    expect(site.status).toBe(0);
    const page = site.read('articoli/notizia/index.html');
    expect(page).toMatch(
      /<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/,
    );
    // The description and JSON-LD quote the first paragraph as inert text; the body is checked.
    const body = page
      .replace(/<meta [^>]*>/g, '')
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/g, '');
    expect(body).not.toMatch(/alert\(|onerror|evil\.example|<iframe|javascript:|<script/);
    expect(page).toContain('href="https://www.youtube.com/watch?v=dQw4w9WgXcQ"');
    // The chain goes on over the discussion's further pages, each reply once.
    const replies = [page];
    for (let n = 2; site.exists(`articoli/notizia/commenti/${n}/index.html`); n++)
      replies.push(site.read(`articoli/notizia/commenti/${n}/index.html`));
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.join('').match(/Risposta numero \d+/g)).toHaveLength(1_000);
  });

  it('stops on an alias that leaves dist/, leaving dist/ byte-identical and nothing outside it', () => {
    const before = snapshot(join(root, 'dist'));
    writeFileSync(
      join(root, 'content/articles/notizia.md'),
      article({ title: 'Una notizia', date: '04 Luglio 2018', aliases: '["/..%2FPWNED.html"]' }),
    );
    const site = buildSite(root);
    expect(site.status).not.toBe(0);
    expect(site.stderr).toContain('aliases[0]: "/..%2FPWNED.html" contiene %2F');
    expect(existsSync(join(root, 'PWNED.html'))).toBe(false);
    expect(existsSync(join(root, 'dist.staging'))).toBe(false);
    expect(snapshot(join(root, 'dist'))).toEqual(before);
  });
});
