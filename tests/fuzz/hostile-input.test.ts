/**
 * Generated hostile content through the code that turns content into files and pages: paths and
 * encodings through the alias and path resolvers, payloads through the article policy, deep and
 * tangled threads, front-matter of any shape, legacy titles of any length. A bounded slice runs in
 * `npm test`; `npm run fuzz` runs many more cases (FUZZ_RUNS).
 */
import fc from 'fast-check';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { readFileSync } from 'node:fs';
import { resolve, sep } from 'node:path';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { isSlug } from '@/lib/articles/slug';
import { buildCommentThread, MAX_DISPLAY_DEPTH, type ThreadNode } from '@/lib/comments/thread';
import { validateArticle } from '@/lib/content/validate-article';
import { formatContentProblem } from '@/lib/errors';
import { importLegacyDump } from '@/lib/importers/legacy-dump';
import { resolveUnder } from '@/lib/paths/resolve-under';
import { aliasFile } from '@/lib/redirects/alias-redirects';
import { rehypeNewsroomEmbeds } from '@/lib/policy/newsroom-embeds';
import { newsroomSanitizeSchema } from '@/lib/policy/newsroom-sanitize-schema';
import type { Comment } from '@/schemas/comments';

const runs = Number(process.env['FUZZ_RUNS'] ?? 15);
const ROOT = resolve('/srv/rotativa/dist');

/** Pieces an attacker strings together into a path. */
const pathPiece = fc.constantFrom(
  '..',
  '.',
  '/',
  '//',
  '\\',
  '%2F',
  '%2f',
  '%5C',
  '%2e%2e',
  '%2E',
  '%',
  '%25',
  '%00',
  '%0A',
  '\u0000',
  '\n',
  'a',
  'é',
  '日本',
  '?',
  '#',
  'index.html',
  ' ',
  '%zz',
  'x'.repeat(300),
  'C:',
);
const hostilePath = fc.array(pathPiece, { maxLength: 12 }).map((parts) => parts.join(''));

const payloads = readFileSync('tests/fixtures/xss/payloads.txt', 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '' && !line.startsWith('#'))
  .map((line) => line.replaceAll('\\n', '\n').replaceAll('\\t', '\t'));
const htmlPiece = fc.oneof(
  fc.constantFrom(...payloads),
  fc.constantFrom(
    '<iframe src="https://www.youtube.com/embed/abcdefghijk" title="t">',
    '<a href="java\tscript:alert(1)">x</a>',
    '[x](javascript:alert(1))',
    '<img src=x onerror=alert(1)>',
    '<div style="background:url(javascript:alert(1))">',
    '</p>',
    '\n\n',
    'testo',
  ),
  fc.string({ maxLength: 20 }),
);

const policy = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(rehypeRaw)
  .use(rehypeNewsroomEmbeds)
  .use(rehypeSanitize, newsroomSanitizeSchema)
  .use(rehypeStringify)
  .freeze();

const inside = (path: string) => path.startsWith(`${ROOT}${sep}`);

describe('fuzz: paths', () => {
  it('never resolves a path outside its root', () => {
    fc.assert(
      fc.property(hostilePath, (path) => {
        const resolved = resolveUnder(ROOT, path);
        if (resolved.ok) expect(inside(resolved.path)).toBe(true);
      }),
      { numRuns: runs * 5 },
    );
  });

  it('turns any alias into a file inside dist/ or a reason, never an exception', () => {
    fc.assert(
      fc.property(fc.oneof(hostilePath, fc.webUrl(), fc.string()), (alias) => {
        const file = aliasFile(alias);
        if (file.ok) {
          const resolved = resolveUnder(ROOT, file.file);
          expect(resolved.ok && inside(resolved.path)).toBe(true);
        } else {
          expect(file.message).toMatch(/^\S/);
        }
      }),
      { numRuns: runs * 5 },
    );
  });
});

describe('fuzz: article bodies', () => {
  it('publishes no script, handler or script URL whatever the body holds', () => {
    fc.assert(
      fc.property(fc.array(htmlPiece, { maxLength: 8 }), (pieces) => {
        const tree = fromHtml(String(policy.processSync(pieces.join(' '))), { fragment: true });
        visit(tree, 'element', (node) => {
          expect(['script', 'iframe', 'object', 'embed', 'svg', 'style']).not.toContain(
            node.tagName,
          );
          for (const [key, value] of Object.entries(node.properties)) {
            expect(key).not.toMatch(/^on/i);
            if (key === 'href' || key === 'src')
              // Browsers skip whitespace and control characters inside a scheme.
              // eslint-disable-next-line no-control-regex
              expect(String(value).replace(/[\s\u0000-\u001f]/g, '')).not.toMatch(
                /^(javascript|vbscript|data):/i,
              );
          }
        });
      }),
      { numRuns: runs },
    );
  });
});

/** A snapshot of `size` comments with parents drawn anywhere, cycles and spam included. */
const tangledThread = fc.integer({ min: 1, max: 400 }).chain((size) =>
  fc.array(
    fc.record({
      parent: fc.option(fc.nat({ max: size + 2 }), { nil: null }),
      status: fc.constantFrom(undefined, 'published', 'deleted', 'spam'),
    }),
    { minLength: size, maxLength: size },
  ),
);

describe('fuzz: comment threads', () => {
  it('shows every published comment once, never deeper than the cap, whatever the parents', () => {
    fc.assert(
      fc.property(tangledThread, (rows) => {
        const comments: Comment[] = rows.map(({ parent, status }, index) => ({
          id: `c${index}`,
          parent: parent === null ? null : `c${parent}`,
          body: 'x',
          ...(status === undefined ? {} : { status }),
        }));
        const seen: string[] = [];
        const stack: ThreadNode[] = [...buildCommentThread(comments, { render: () => '' })];
        for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
          expect(node.depth).toBeLessThanOrEqual(MAX_DISPLAY_DEPTH);
          if (!node.deleted) seen.push(node.id);
          stack.push(...node.children);
        }
        const published = comments.filter(
          (c) => c.status === undefined || c.status === 'published',
        );
        expect(seen.sort()).toEqual(published.map((c) => c.id).sort());
      }),
      { numRuns: runs },
    );
  });
});

const yamlValue = fc.oneof(
  fc.constantFrom(
    '2018-07-04',
    '0018-01-01',
    '2999-12-31',
    '"日本"',
    '!!!',
    '[2019-01-01]',
    '~',
    '{}',
    '[]',
  ),
  fc.constantFrom(
    '"javascript:alert(1)"',
    '/..%2FPWNED.html',
    '/sconto-100%.html',
    '&a [*a, *a]',
    '{src: "https://x.example/a.jpg", alt: a}',
  ),
  fc.string({ maxLength: 30 }).map((text) => JSON.stringify(text)),
  fc.string({ maxLength: 30 }),
);
const KEYS = [
  'title',
  'date',
  'updated',
  'tags',
  'category',
  'author',
  'slug',
  'aliases',
  'cover',
  'draft',
];

describe('fuzz: front-matter', () => {
  it('reports any front-matter as Italian problem lines, never an exception', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...KEYS), yamlValue), { maxLength: 8 }),
        (fields) => {
          const source = `---\n${fields.map(([key, value]) => `${key}: ${value}`).join('\n')}\n---\nTesto.\n`;
          const result = validateArticle({ file: 'content/articles/x.md', entry: 'x.md', source });
          for (const problem of result.problems)
            expect(formatContentProblem(problem)).toMatch(
              /^content\/articles\/x\.md(:\d+)?: \S+: /,
            );
          if (result.data !== undefined) {
            for (const alias of result.data.aliases) expect(aliasFile(alias).ok).toBe(true);
            expect(result.data.date.getUTCFullYear()).toBeGreaterThanOrEqual(1900);
          }
        },
      ),
      { numRuns: runs * 5 },
    );
  });
});

describe('fuzz: legacy import', () => {
  it('makes a bounded slug that stays in content/articles from any title', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 600 }), (title) => {
        const imported = importLegacyDump(
          { date: '04 Luglio 2018', title, paragraphs: ['Testo.'], comments: [] },
          'dump.txt',
        );
        if (!imported.ok) return;
        expect(isSlug(imported.value.slug)).toBe(true);
        expect(resolveUnder(`${ROOT}/articles`, `${imported.value.slug}.md`).ok).toBe(true);
      }),
      { numRuns: runs * 5 },
    );
  });
});
