/**
 * `npm run import:legacy -- <file or folder>... [--title "…"] [--category X] [--tags a,b]
 * [--author X] [--alias URL]... [--force] [--content-dir content]`
 *
 * Imports old-CMS text dumps: writes `content/articles/<slug>.md` (never over an existing one
 * without `--force`) and merges the comments into `content/comments/<slug>.json` (also when the
 * article is skipped: merging never loses a comment), so running it again changes nothing.
 * Folders are searched for `.txt` files; `--title` and `--alias` apply to a single file.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatContentProblem, type ContentProblem } from '../src/lib/errors';
import { importLegacyDump, parseLegacyDump } from '../src/lib/importers/legacy-dump';
import { parseCliArgs, runCli, splitList, UsageError } from './lib/args';
import { importSnapshot } from './lib/comment-files';
import { writeTextFile } from './lib/write-text-file';
import { commentSummary, emptyTally, type ImportTally } from './lib/import-summary';
import { resolveUnder } from '../src/lib/paths/resolve-under';

const USAGE =
  'npm run import:legacy -- <file o cartella>... [--title "…"] [--category X] [--tags a,b] [--author X] [--alias URL]... [--force] [--content-dir content]';

/** Dump files named on the command line: files as given, folders searched for `.txt`. */
function dumpFiles(paths: readonly string[]): string[] {
  return paths.flatMap((path) => {
    if (!existsSync(path)) throw new UsageError(`non esiste: ${path}`);
    if (!statSync(path).isDirectory()) return [path];
    return readdirSync(path, { recursive: true, encoding: 'utf8' })
      .filter((entry) => entry.endsWith('.txt'))
      .sort()
      .map((entry) => join(path, entry));
  });
}

/** Flags of one run that shape each article. */
interface ImportFlags {
  title?: string | undefined;
  category?: string | undefined;
  tags?: string | undefined;
  author?: string | undefined;
  alias?: string[] | undefined;
  force?: boolean | undefined;
}

/** Imports one dump: what happened to its article, or its problems. */
function importOne(
  file: string,
  contentDir: string,
  values: ImportFlags,
  tally: ImportTally,
): { outcome?: 'written' | 'skipped'; problems: ContentProblem[] } {
  const parsed = parseLegacyDump(readFileSync(file, 'utf8'), file);
  if (!parsed.ok) return { problems: parsed.problems };
  const imported = importLegacyDump(parsed.dump, file, {
    title: values.title,
    category: values.category,
    tags: splitList(values.tags),
    author: values.author,
    aliases: values.alias,
  });
  if (!imported.ok) return { problems: imported.problems };
  const { slug, articleText, snapshot } = imported.value;
  const target = resolveUnder(join(contentDir, 'articles'), `${slug}.md`);
  if (!target.ok)
    return { problems: [{ file, field: 'slug', value: slug, message: target.message }] };
  const articlePath = target.path;
  let outcome: 'written' | 'skipped';
  if (existsSync(articlePath) && !values.force) {
    outcome = 'skipped';
    console.log(`saltato: ${articlePath} esiste già (usa --force per sovrascriverlo)`);
  } else {
    writeTextFile(articlePath, articleText);
    outcome = 'written';
    console.log(`scritto: ${articlePath}`);
  }
  return {
    outcome,
    problems: snapshot.comments.length > 0 ? importSnapshot(contentDir, snapshot, tally) : [],
  };
}

function main(): number {
  const { values, positionals } = parseCliArgs(process.argv.slice(2), {
    title: { type: 'string' },
    category: { type: 'string' },
    tags: { type: 'string' },
    author: { type: 'string' },
    alias: { type: 'string', multiple: true },
    force: { type: 'boolean', default: false },
    'content-dir': { type: 'string', default: 'content' },
  });
  if (positionals.length === 0) throw new UsageError('indica almeno un file o una cartella');
  const files = dumpFiles(positionals);
  if (files.length === 0) throw new UsageError('nessun file .txt trovato');
  if (files.length > 1 && (values.title !== undefined || values.alias !== undefined))
    throw new UsageError('--title e --alias valgono per un solo file alla volta');

  const contentDir = values['content-dir'];
  const problems: ContentProblem[] = [];
  const tally = emptyTally();
  let written = 0;
  let skipped = 0;
  let failedFiles = 0;

  for (const file of files) {
    // One unreadable dump or unwritable file is that file's problem: the others still import.
    try {
      const imported = importOne(file, contentDir, values, tally);
      if (imported.outcome === 'written') written += 1;
      if (imported.outcome === 'skipped') skipped += 1;
      problems.push(...imported.problems);
      if (imported.problems.length > 0) failedFiles += 1;
    } catch (error) {
      failedFiles += 1;
      problems.push({
        file,
        field: '(file)',
        message: `non importato: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  console.log(
    [
      '',
      `Articoli: ${written} scritti, ${skipped} saltati, ${failedFiles} con errori`,
      ...commentSummary(tally),
    ].join('\n'),
  );
  for (const problem of problems) console.error(formatContentProblem(problem));
  return problems.length > 0 ? 1 : 0;
}

await runCli(USAGE, main);
