/**
 * `npm run new -- "Titolo dell'articolo" [--category X] [--tags a,b] [--author "Nome"]
 * [--content-dir content]`
 *
 * Writes `content/articles/<slug>.md` as a draft dated now (Rome time, to the minute), never over an existing
 * article, and prints its path and future address. `ROTATIVA_NOW` (an ISO instant) stands in
 * for the clock in tests.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatContentProblem } from '../src/lib/errors';
import { articlePath, absoluteUrl } from '../src/lib/articles/paths';
import { slugify } from '../src/lib/articles/slug';
import { checkArticles } from '../src/lib/content/check-articles';
import { renderNewArticle } from '../src/lib/content/new-article';
import { validateArticle } from '../src/lib/content/validate-article';
import { SITE } from '../src/site.config';
import { publicationTime } from '../src/lib/articles/published';
import { parseCliArgs, runCli, splitList, UsageError } from './lib/args';
import { writeTextFile } from './lib/write-text-file';
import { readArticleSources } from '../src/lib/content/read-content-files';

const USAGE =
  'npm run new -- "Titolo dell’articolo" [--category X] [--tags a,b] [--author "Nome"] [--content-dir content]';

async function main(): Promise<number> {
  const { values, positionals } = parseCliArgs(process.argv.slice(2), {
    category: { type: 'string' },
    tags: { type: 'string' },
    author: { type: 'string' },
    'content-dir': { type: 'string', default: 'content' },
  });
  if (positionals.length !== 1) throw new UsageError('indica il titolo, tra virgolette');
  const title = (positionals[0] ?? '').trim();
  const slug = slugify(title);
  if (slug === '') throw new UsageError('il titolo deve contenere almeno una lettera o una cifra');

  const contentDir = values['content-dir'];
  const path = join(contentDir, 'articles', `${slug}.md`);
  const shown = relative(process.cwd(), path);
  const owner = existsSync(path)
    ? shown
    : checkArticles(await readArticleSources(contentDir)).articles.find((a) => a.slug === slug)
        ?.file;
  if (owner !== undefined) {
    console.error(
      `Esiste già un articolo con slug "${slug}": ${owner}. Non lo sovrascrivo: scegli un altro titolo.`,
    );
    return 1;
  }

  const text = renderNewArticle(
    {
      title,
      date: publicationTime(process.env),
      author: values.author,
      category: values.category,
      tags: splitList(values.tags),
    },
    SITE.timeZone,
  );
  // The options come from the command line: refuse them here rather than write a file that
  // `npm run check` rejects.
  const { problems } = validateArticle({ file: shown, entry: `${slug}.md`, source: text });
  if (problems.length > 0) {
    for (const problem of problems) console.error(formatContentProblem(problem));
    return 1;
  }
  writeTextFile(path, text);
  console.log(`Creato ${shown} (bozza: draft: true)`);
  console.log(`Indirizzo quando sarà pubblicato: ${absoluteUrl(articlePath(slug), SITE.url)}`);
  console.log(`Anteprima: npm run dev, poi http://localhost:4321${articlePath(slug)}`);
  return 0;
}

await runCli(USAGE, main);
