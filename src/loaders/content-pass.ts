/**
 * The build's one pass over the content folder ({@link readContent}), shared by everything in
 * the Astro process that needs the content: both content loaders and the redirects
 * integration. Vite loads `src/content.config.ts` and `astro.config.mjs` as separate module
 * graphs, so a module-level cache would run the pass once per graph; the pass is kept on
 * `globalThis` instead.
 */
import type { ContentReport } from '../lib/content/check-content';
import type { ValidatedArticle } from '../lib/content/validate-article';
import { readContent, type ReadContentOptions } from '../lib/content/read-content';
import { ContentError, isBlocking } from '../lib/errors';
import type { ContentCheckedMessage } from '../lib/build/content-checked-message';

interface Pass {
  contentDir: string;
  report: Promise<ContentReport>;
}

/** Told each article of a pass as soon as its own file is checked. */
export type CheckedArticleListener = (article: ValidatedArticle) => void;

const PASS = Symbol.for('rotativa.content-pass');
const STARTED = Symbol.for('rotativa.content-pass-started');
const LISTENERS = Symbol.for('rotativa.content-pass-listeners');
const shared = globalThis as {
  [PASS]?: Pass;
  [STARTED]?: Map<string, PromiseWithResolvers<ContentReport>>;
  [LISTENERS]?: Map<string, CheckedArticleListener[]>;
};

const listenersOf = (contentDir: string): CheckedArticleListener[] =>
  (shared[LISTENERS] ??= new Map()).get(contentDir) ?? [];

/**
 * Tells `listener` each article of the passes over `contentDir` as soon as its file is checked,
 * before the checks across files: for work that needs only the article itself and would
 * rather not wait for the whole pass. Whether the content can be published is only known once
 * the pass ends.
 */
export function onCheckedArticle(contentDir: string, listener: CheckedArticleListener): void {
  (shared[LISTENERS] ??= new Map()).set(contentDir, [...listenersOf(contentDir), listener]);
}

/** The promise {@link passOnceStarted} gives for `contentDir`. */
function started(contentDir: string): PromiseWithResolvers<ContentReport> {
  const waiting = (shared[STARTED] ??= new Map());
  const known = waiting.get(contentDir);
  if (known) return known;
  const made = Promise.withResolvers<ContentReport>();
  // Whoever waits handles a failure; nobody waiting must not make it unhandled.
  made.promise.catch(() => {});
  waiting.set(contentDir, made);
  return made;
}

async function run(contentDir: string, options: ReadContentOptions): Promise<ContentReport> {
  const started = performance.now();
  const report = await readContent(contentDir, {
    ...options,
    onArticle: (facts, file) => {
      options.onArticle?.(facts, file);
      for (const listener of listenersOf(contentDir)) listener(facts.validated);
    },
  });
  const message: ContentCheckedMessage = {
    type: 'rotativa:content-checked',
    problems: report.problems,
    warnings: report.warnings,
    scheduled: report.scheduled,
    articleCount: report.articleCount,
    commentFileCount: report.commentFileCount,
    duration: performance.now() - started,
  };
  process.send?.(message);
  return report;
}

/**
 * The pass over `contentDir` of this process, run on first use.
 *
 * @param fresh Read the folder again (a file changed under `astro dev`).
 */
export function contentPass(
  contentDir: string,
  options: ReadContentOptions & { fresh?: boolean } = {},
): Promise<ContentReport> {
  const { fresh = false, ...readOptions } = options;
  const current = shared[PASS];
  if (!fresh && current?.contentDir === contentDir) return current.report;
  const report = run(contentDir, readOptions);
  shared[PASS] = { contentDir, report };
  started(contentDir).resolve(report);
  return report;
}

/**
 * The pass over `contentDir` as the content loaders run it, once they have started it: for an
 * integration that wants the content as early as it exists without running the pass itself
 * (its options, the loaders' cache and body renders, would not be the same).
 */
export function passOnceStarted(contentDir: string): Promise<ContentReport> {
  return started(contentDir).promise;
}

/**
 * The pass, once it found nothing wrong: a content error (not a warning) stops the build here, with every
 * problem in the error's message, exactly as `npm run check` prints them.
 */
export async function publishableContent(
  contentDir: string,
  options: ReadContentOptions & { fresh?: boolean } = {},
): Promise<ContentReport> {
  const report = await contentPass(contentDir, options);
  const blocking = report.problems.filter(isBlocking);
  if (blocking.length > 0) throw new ContentError(blocking);
  return report;
}
