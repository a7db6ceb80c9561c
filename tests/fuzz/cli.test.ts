/**
 * Generated hostile content through the real commands: `npm run check`, `npm run build`,
 * `npm run import:legacy` and `npm run import:disqus`, on a fixture site. After every run nothing
 * was written outside `content/` and `dist/` (the site folder's other files and its parent's
 * listing are compared), a failed build left `dist/` byte-identical and no `dist.staging/`, and no
 * built page carries script from the input; check and build agree on every folder.
 *
 * Builds are expensive, so each round is one folder with many hostile files: a valid one that
 * builds, then a mixed one over it. `npm test` runs one round; `npm run fuzz` more (FUZZ_RUNS).
 * The seed is printed so a failure can be replayed with FUZZ_SEED.
 */
import fc from 'fast-check';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { visit } from 'unist-util-visit';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite, siteRoot, writeFixture } from '../helpers/build-site';
import { contentArbitrary, contentFiles } from '../helpers/hostile-content';
import { runScript } from '../scripts/run-script';

const runs = Number(process.env['FUZZ_RUNS'] ?? 15);
const ROUNDS = Math.max(1, Math.ceil(runs / 1_000));
const SEED = Number(process.env['FUZZ_SEED'] ?? Date.now() % 2 ** 31);
/** Generous: a loaded machine builds slowly. The limit is for hangs. */
const ROUND_TIMEOUT = 900_000;

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** Every file under `dir` with its bytes, by relative path; `skip` names top-level folders left out. */
function tree(dir: string, skip: readonly string[] = []): Record<string, string> {
  const files: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = relative(dir, join(entry.parentPath, entry.name));
    if (skip.some((folder) => path === folder || path.startsWith(`${folder}/`))) continue;
    files[path] = readFileSync(join(dir, path)).toString('base64');
  }
  return files;
}

/** What must not change around a site: its own files but content/, dist/ and the build cache, and its parent's names. */
const surroundings = (root: string) => ({
  site: tree(root, ['content', 'dist', '.cache']),
  parent: readdirSync(dirname(root)).filter((name) => /pwned/i.test(name)),
  grandparent: readdirSync(dirname(dirname(root))).filter((name) => /pwned/i.test(name)),
});

/** Elements and attributes through which a page could run script the input wrote. */
function inputScript(html: string, articlePage: boolean): string[] {
  const found: string[] = [];
  visit(fromHtml(html), 'element', (el: Element) => {
    const type = String(el.properties['type'] ?? '');
    const src = String(el.properties['src'] ?? '');
    if (el.tagName === 'script' && type !== 'application/ld+json') {
      // The site's own bundled scripts (search) are files under /_astro/; article pages have none.
      if (articlePage || !src.startsWith('/_astro/')) found.push(`<script src="${src}">`);
    }
    if (['iframe', 'object', 'embed', 'frame'].includes(el.tagName)) found.push(`<${el.tagName}>`);
    for (const [name, value] of Object.entries(el.properties)) {
      if (/^on/i.test(name)) found.push(`${el.tagName} ${name}`);
      if (['href', 'src', 'action', 'formAction'].includes(name))
        // eslint-disable-next-line no-control-regex
        if (/^(?:javascript|vbscript|data):/i.test(String(value).replace(/[\u0000-\u0020]/g, '')))
          found.push(`${el.tagName} ${name}=${String(value)}`);
    }
  });
  return found;
}

/** Pages of a built site that could run script from the input. */
function scriptedPages(distDir: string): string[] {
  return Object.keys(tree(distDir))
    .filter((path) => path.endsWith('.html'))
    .flatMap((path) => {
      const found = inputScript(
        readFileSync(join(distDir, path), 'utf8'),
        path.startsWith('articoli/'),
      );
      return found.map((what) => `${path}: ${what}`);
    });
}

/** Replaces the site's content folder with `files`. */
function replaceContent(root: string, files: Record<string, string | Buffer>): void {
  rmSync(join(root, 'content'), { recursive: true, force: true });
  writeFixture(files, root);
}

const check = (root: string) =>
  runScript('check-content.ts', ['--content-dir', join(root, 'content')]);

/** A legacy dump with a hostile title and comments. */
const legacyDump = (title: string, comments: readonly string[]) =>
  `\n04 Luglio 2018\nTitolo: ${title}\nIl testo della notizia.\nCommenti\n${comments.join('\n')}\n`;

const hostileText = fc.oneof(
  fc.constantFrom(
    '../../PWNED',
    '..%2F..%2FPWNED',
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    'Sconto 100%',
    'C:\\PWNED',
    '\u0000nullo',
    '日本',
    '!!!',
    'x'.repeat(400),
  ),
  fc.string({ minLength: 1, maxLength: 80 }).map((s) => s.replace(/\n/g, ' ')),
);

const hostileAlias = fc.constantFrom(
  '/..%2FPWNED.html',
  '/sconto-100%.html',
  '/a/../../PWNED.html',
  '/%2e%2e/PWNED.html',
  '//evil.example/x',
  '/x%5C..%5CPWNED.html',
  'javascript:alert(1)',
);

/** A Disqus export whose threads point at the site's articles and beyond, with hostile posts. */
function disqusExport(slugs: readonly string[], bodies: readonly string[]): string {
  const threads = [...slugs, '..%2F..%2FPWNED', '../../PWNED-dq']
    .map(
      (slug, i) => `<thread dsq:id="${1000 + i}"><id/><forum>rotativa</forum>
<link>https://rotativa.example.it/articoli/${slug}/</link><title>T</title>
<createdAt>2018-07-04T08:00:00Z</createdAt><isClosed>false</isClosed><isDeleted>false</isDeleted></thread>`,
    )
    .join('\n');
  const threadCount = slugs.length + 2;
  // A 300-post reply chain, and the hostile bodies spread over the threads.
  const posts = [
    ...Array.from({ length: 300 }, (_, i) => ({ body: `Anello ${i}`, thread: 0, parent: i - 1 })),
    ...bodies.map((body, i) => ({ body, thread: i % threadCount, parent: -1 })),
  ]
    .map(
      ({ body, thread, parent }, i) => `<post dsq:id="${5000 + i}"><id/>
<message><![CDATA[${body.replaceAll(']]>', '')}]]></message>
<createdAt>2018-07-04T09:00:00Z</createdAt><isDeleted>false</isDeleted><isSpam>false</isSpam>
<author><name>${body.slice(0, 20).replace(/[<&]/g, '')}</name><isAnonymous>true</isAnonymous></author>
<thread dsq:id="${1000 + thread}"/>${parent >= 0 ? `<parent dsq:id="${5000 + parent}"/>` : ''}</post>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<disqus xmlns="http://disqus.com" xmlns:dsq="http://disqus.com/disqus-internals">
${threads}
${posts}
</disqus>
`;
}

const noStackTrace = (output: string) => expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);

describe('fuzz: the commands on hostile content', () => {
  for (let round = 0; round < ROUNDS; round++) {
    it(
      `round ${round + 1} (seed ${SEED + round}): check, build and both importers stay inside content/ and dist/`,
      () => {
        const seed = SEED + round;
        const sample = <T>(arbitrary: fc.Arbitrary<T>): T =>
          fc.sample(arbitrary, { numRuns: 1, seed })[0] as T;
        const root = siteRoot('fuzz-');
        roots.push(root);
        mkdirSync(join(root, 'input/dumps'), { recursive: true });

        // A valid folder full of hostile bodies and comments builds, with no script from them.
        const valid = sample(contentArbitrary(true, 5));
        replaceContent(root, contentFiles(valid));
        const around = surroundings(root);
        const validCheck = check(root);
        expect(validCheck.status, validCheck.stderr).toBe(0);
        const first = buildSite(root);
        expect(first.status, first.stderr).toBe(0);
        expect(scriptedPages(first.distDir)).toEqual([]);
        expect(surroundings(root)).toEqual(around);

        // A mixed folder over it: check and build agree; a failed build leaves dist/ as it was.
        const mixed = sample(contentArbitrary(false, 6));
        replaceContent(root, contentFiles(mixed));
        const before = tree(first.distDir);
        const mixedCheck = check(root);
        noStackTrace(mixedCheck.stderr);
        const second = buildSite(root);
        expect(second.status === 0, `${mixedCheck.stderr}\n${second.stderr}`).toBe(
          mixedCheck.status === 0,
        );
        if (second.status === 0) expect(scriptedPages(second.distDir)).toEqual([]);
        else {
          expect(tree(second.distDir)).toEqual(before);
          expect(readdirSync(root)).not.toContain('dist.staging');
        }
        expect(surroundings(root)).toEqual(around);

        // The legacy importer: a folder of dumps with hostile titles and comments, and aliases.
        const titles = sample(fc.array(hostileText, { minLength: 6, maxLength: 12 }));
        titles.forEach((title, i) =>
          writeFileSync(join(root, 'input/dumps', `d${i}.txt`), legacyDump(title, titles)),
        );
        const aroundImports = surroundings(root);
        const legacy = runScript('import-legacy.ts', [
          join(root, 'input/dumps'),
          '--content-dir',
          join(root, 'content'),
        ]);
        noStackTrace(legacy.stderr);
        expect(legacy.stdout).toMatch(/Articoli: \d+ scritti/);
        for (const alias of sample(fc.uniqueArray(hostileAlias, { minLength: 2, maxLength: 3 }))) {
          const run = runScript('import-legacy.ts', [
            join(root, 'input/dumps/d0.txt'),
            '--alias',
            alias,
            '--force',
            '--content-dir',
            join(root, 'content'),
          ]);
          noStackTrace(run.stderr);
        }
        expect(surroundings(root)).toEqual(aroundImports);

        // The Disqus importer: threads pointing anywhere, a long chain, hostile posts.
        const slugs = readdirSync(join(root, 'content/articles'))
          .filter((name) => name.endsWith('.md'))
          .map((name) => name.slice(0, -3));
        writeFileSync(join(root, 'input/export.xml'), disqusExport(slugs, titles));
        const aroundDisqus = surroundings(root);
        const disqus = runScript('import-disqus.ts', [
          join(root, 'input/export.xml'),
          '--content-dir',
          join(root, 'content'),
        ]);
        noStackTrace(disqus.stderr);
        expect(surroundings(root)).toEqual(aroundDisqus);

        // Whatever the importers wrote, the check reads it without a stack trace.
        noStackTrace(check(root).stderr);
        expect(surroundings(root)).toEqual(aroundDisqus);
      },
      ROUND_TIMEOUT,
    );
  }
});
