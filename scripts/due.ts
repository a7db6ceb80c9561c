/**
 * `npm run due -- --since <ISO> [--content-dir content]`: whether a build now would publish an
 * article that the build made at `--since` (the last deploy's clock) left out. The scheduled
 * deploy runs it every quarter of an hour and builds only when it says so.
 *
 * Prints what became due and the next article waiting, and `due=true|false` as its last line
 * (also appended to `$GITHUB_OUTPUT` under GitHub Actions). Without `--since` (no deploy known)
 * a build is due. Invalid articles are left to the build's check: they never make a build due.
 */
import { appendFile } from 'node:fs/promises';
import { becameDue, publicationTime, scheduledArticles } from '../src/lib/articles/published';
import { readArticleSources } from '../src/lib/content/read-content-files';
import { validateArticle } from '../src/lib/content/validate-article';
import { formatItalianDateTime } from '../src/lib/dates/format-italian-date';
import { parseCliArgs, runCli, UsageError } from './lib/args';

const USAGE = 'npm run due -- --since 2026-12-04T06:00:00Z [--content-dir content]';

function parseSince(value: string | undefined): Date | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const since = new Date(value);
  if (Number.isNaN(since.getTime())) throw new UsageError(`--since: "${value}" non è una data ISO`);
  return since;
}

async function main(): Promise<number> {
  const { values } = parseCliArgs(process.argv.slice(2), {
    since: { type: 'string' },
    'content-dir': { type: 'string', default: 'content' },
  });
  const now = publicationTime(process.env);
  const since = parseSince(values.since);
  const articles = (await readArticleSources(values['content-dir']))
    .map(validateArticle)
    .flatMap(({ file, data }) =>
      data ? [{ file, title: data.title, date: data.date, draft: data.draft }] : [],
    );
  const due = since === undefined ? articles : articles.filter((a) => becameDue(a, since, now));
  if (since === undefined) console.log('nessun deploy precedente noto: la build va fatta');
  else if (due.length === 0)
    console.log(`niente da pubblicare dal ${formatItalianDateTime(since)}`);
  else
    for (const { file, date } of due)
      console.log(`da pubblicare: ${file} (programmato per il ${formatItalianDateTime(date)})`);
  const [next] = scheduledArticles(articles, now);
  if (next) console.log(`prossimo: ${next.file} il ${formatItalianDateTime(next.date)}`);

  const isDue = since === undefined || due.length > 0;
  console.log(`due=${isDue}`);
  const output = process.env['GITHUB_OUTPUT'];
  if (output) await appendFile(output, `due=${isDue}\n`);
  return 0;
}

await runCli(USAGE, main);
