/**
 * `npm run check` passes if and only if the build's content stage passes, on generated content
 * folders, valid and broken.
 *
 * The seam: both run `readContent` (one read, one parser, one set of checks), and the build stops
 * on exactly the blocking problems it reports (`publishableContent`), so a failing check fails the
 * build by construction. What the build does beyond the check is the content loaders' own work on
 * what the check let through: Astro validates each article's front-matter again with the
 * collection schema, whose `image()` reads the cover as an image (here Astro's own
 * `emitImageMetadata`, which the content layer's image import relies on), and the comments loader
 * renders and paginates each snapshot. The property is that none of this fails on content the
 * check accepted. Real builds of sampled folders are in `tests/build/check-build-agreement.test.ts`.
 */
import fc from 'fast-check';
import { emitImageMetadata } from 'astro/assets/utils/node';
import { z } from 'astro/zod';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commentPageRecords } from '@/lib/comments/page-record';
import { paginateComments } from '@/lib/comments/paginate';
import { buildCommentThread } from '@/lib/comments/thread';
import { readContent } from '@/lib/content/read-content';
import { isBlocking } from '@/lib/errors';
import { createArticleEntrySchema } from '@/schemas/article';
import { contentArbitrary, contentFiles } from '../helpers/hostile-content';

const runs = Number(process.env['FUZZ_RUNS'] ?? 15);
const NOW = new Date('2026-01-01T00:00:00Z');

/** Writes a content folder under a new project folder; returns the project folder. */
function writeProject(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'rotativa-agreement-'));
  for (const [path, text] of Object.entries(files)) {
    const target = join(root, 'content', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, text);
  }
  mkdirSync(join(root, 'public'));
  writeFileSync(join(root, 'public/favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  return root;
}

/** Astro's `image()` as the content layer applies it: the path must be a readable image. */
const astroImage = (root: string, file: string) =>
  z.string().transform(async (src, ctx) => {
    const metadata = await emitImageMetadata(resolve(root, dirname(file), src));
    if (metadata === undefined) {
      ctx.addIssue({ code: 'custom', message: `Image ${src} does not exist.` });
      return z.NEVER;
    }
    return metadata;
  });

/** What the content stage does after the pass: the failures it would end the build with. */
async function loaderFailures(root: string): Promise<string[]> {
  const report = await readContent('content', { cwd: root, now: NOW });
  if (report.problems.some(isBlocking)) return ['the content pass reports problems'];
  const failures: string[] = [];
  for (const article of report.articles) {
    const schema = createArticleEntrySchema(astroImage(root, article.file));
    const parsed = await schema.safeParseAsync({
      ...article.frontmatter,
      bodyKey: 'k',
      bodyLength: 0,
    });
    if (!parsed.success) failures.push(`${article.file}: ${parsed.error.message}`);
  }
  for (const [slug, { comments }] of report.snapshots) {
    try {
      JSON.stringify(commentPageRecords(paginateComments(buildCommentThread(comments))));
    } catch (error) {
      failures.push(`${slug}: ${String(error)}`);
    }
  }
  return failures;
}

describe('fuzz: check and build agree', () => {
  it('the content stage fails exactly when the check reports a problem', async () => {
    let passed = 0;
    let failed = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(contentArbitrary(true), contentArbitrary(false)),
        async (articles) => {
          const root = writeProject(contentFiles(articles));
          try {
            const report = await readContent('content', { cwd: root, now: NOW });
            const checkPasses = !report.problems.some(isBlocking);
            const failures = await loaderFailures(root);
            expect(failures.length === 0, failures.join('\n')).toBe(checkPasses);
            if (checkPasses) passed += 1;
            else failed += 1;
          } finally {
            rmSync(root, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: runs * 2 },
    );
    // Both sides of the equivalence were tried.
    expect(passed).toBeGreaterThan(0);
    expect(failed).toBeGreaterThan(0);
  });
});
