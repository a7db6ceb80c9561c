/**
 * `npm run import:disqus -- export.xml [--content-dir content] [--site-url https://…]`
 *
 * Streams a Disqus XML export (any size, bounded memory), matches its threads to articles by
 * URL (`/articoli/<slug>/` or a front-matter alias, on any host) and merges the comments into
 * `content/comments/<slug>.json`; the same export twice changes nothing. Threads with comments
 * that match no article are printed and saved with their comments in
 * `content/comments/_unmatched-disqus.json` (the `_` keeps it out of the site), so an alias can
 * be added and the import run again.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { commentCountLabel } from '../src/lib/comments/labels';
import { readArticleSources } from '../src/lib/content/read-content-files';
import { formatContentProblem, type ContentProblem } from '../src/lib/errors';
import { readArticleRef, type ArticleRef } from '../src/lib/importers/article-file';
import { createArticleUrlIndex } from '../src/lib/importers/article-urls';
import { createDisqusReader } from '../src/lib/importers/disqus';
import { createDisqusCollector, type UnmatchedThread } from '../src/lib/importers/disqus-import';
import { SITE } from '../src/site.config';
import { parseCliArgs, runCli, UsageError } from './lib/args';
import { importSnapshot } from './lib/comment-files';
import { writeTextFile } from './lib/write-text-file';
import { commentSummary, emptyTally } from './lib/import-summary';

const USAGE = 'npm run import:disqus -- export.xml [--content-dir content] [--site-url https://…]';

/** Where unmatched threads are kept, under the content folder. */
const UNMATCHED_REPORT = join('comments', '_unmatched-disqus.json');

/** Slug and aliases of every article (drafts included: their comments must not be lost). */
async function readArticleRefs(contentDir: string): Promise<ArticleRef[]> {
  const sources = await readArticleSources(contentDir);
  return sources.map(({ entry, source }) => readArticleRef(entry, source));
}

/** The unmatched-threads report: stable JSON like the snapshots. */
const unmatchedReport = (threads: readonly UnmatchedThread[]): string =>
  `${JSON.stringify({ source: 'disqus', threads }, null, 2)}\n`;

async function main(): Promise<number> {
  const { values, positionals } = parseCliArgs(process.argv.slice(2), {
    'content-dir': { type: 'string', default: 'content' },
    'site-url': { type: 'string', default: SITE.url },
  });
  const [file, ...extra] = positionals;
  if (file === undefined || extra.length > 0)
    throw new UsageError('indica un solo file di esportazione');
  if (!existsSync(file)) throw new UsageError(`non esiste: ${file}`);
  const contentDir = values['content-dir'];

  const index = createArticleUrlIndex(await readArticleRefs(contentDir), values['site-url']);
  // The export's own time is its file's: the same file imported twice records the same instant.
  const collector = createDisqusCollector(index, statSync(file).mtime.toISOString());
  const reader = createDisqusReader(collector, file);
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8' }))
      reader.write(chunk as string);
    reader.close();
  } catch (error) {
    throw new Error(
      `esportazione Disqus non valida: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  const { snapshots, unmatched, spamIds, empty } = collector.finish();

  const problems: ContentProblem[] = [];
  const tally = emptyTally();
  for (const snapshot of snapshots.values())
    problems.push(...importSnapshot(contentDir, snapshot, tally, { spamIds }));

  const reportPath = join(contentDir, UNMATCHED_REPORT);
  if (unmatched.length > 0 || existsSync(reportPath))
    writeTextFile(reportPath, unmatchedReport(unmatched));

  const lines = [
    '',
    `Articoli con commenti: ${snapshots.size}`,
    ...commentSummary(tally, [
      `${spamIds.size} scartati (spam)`,
      `${empty} senza testo (segnati come eliminati)`,
    ]),
    `Discussioni non abbinate a un articolo: ${unmatched.length}`,
    ...unmatched.map(
      (thread) =>
        `  ${thread.link || `(discussione ${thread.id} assente dall’esportazione)`} — ${commentCountLabel(thread.comments.length)}${thread.title ? ` — ${thread.title}` : ''}`,
    ),
  ];
  if (unmatched.length > 0)
    lines.push(
      `  elenco completo con i commenti: ${reportPath} (aggiungi l’indirizzo agli aliases dell’articolo e ripeti l’importazione)`,
    );
  console.log(lines.join('\n'));
  for (const problem of problems) console.error(formatContentProblem(problem));
  return problems.length > 0 ? 1 : 0;
}

await runCli(USAGE, main);
