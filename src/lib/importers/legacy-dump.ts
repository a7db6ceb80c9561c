/**
 * The old CMS's text dumps: the first non-empty line is the date as the newsroom wrote it
 * (`04 Luglio 2018`), optionally a `Titolo: …` line, then one article paragraph per line, a line
 * `Commenti`, and one comment per line, newest first. Comments have no author, date or
 * threading. This module turns a dump into an article and a comment snapshot, purely.
 */
import { createHash } from 'node:crypto';
import type { ContentProblem } from '../errors';
import { slugifyBounded } from '../articles/slug';
import { aliasFile } from '../redirects/alias-redirects';
import { parseItalianDate } from '../dates/parse-italian-date';
import type { Comment, CommentSnapshot } from '../../schemas/comments';
import { buildArticleFile } from './article-file';
import { deriveTitle } from './derive-title';

/** What a dump holds. */
export interface LegacyDump {
  /** The date line, as written (`04 Luglio 2018`). */
  date: string;
  /** The `Titolo:` line's text, when the dump has one. */
  title: string | undefined;
  /** Article paragraphs, in order. */
  paragraphs: string[];
  /** Comment texts, oldest first (the dump lists them newest first). */
  comments: string[];
}

/** The result of reading a dump: the dump, or every problem found. */
export type LegacyParseResult =
  { ok: true; dump: LegacyDump } | { ok: false; problems: ContentProblem[] };

const failure = (problem: ContentProblem) => ({ ok: false as const, problems: [problem] });

const COMMENTS_MARKER = /^commenti:?$/i;
const TITLE_LINE = /^titolo:\s*(.*)$/i;

/**
 * Reads a legacy dump.
 *
 * @param text The file's content.
 * @param file Its path, for problems.
 */
export function parseLegacyDump(text: string, file: string): LegacyParseResult {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((value, index) => ({ value: value.trim(), line: index + 1 }))
    .filter(({ value }) => value !== '');

  const [dateLine, ...rest] = lines;
  if (dateLine === undefined)
    return failure({
      file,
      field: 'data',
      message: 'il file è vuoto: la prima riga deve essere la data (esempio: 04 Luglio 2018)',
    });

  const problems: ContentProblem[] = [];
  const parsedDate = parseItalianDate(dateLine.value);
  if (!parsedDate.ok)
    problems.push({
      file,
      line: dateLine.line,
      field: 'data',
      value: dateLine.value,
      message: `${parsedDate.message}; la prima riga del file deve essere la data`,
    });

  const titleMatch = rest[0] === undefined ? null : TITLE_LINE.exec(rest[0].value);
  const body = titleMatch === null ? rest : rest.slice(1);
  const title = titleMatch?.[1]?.trim() || undefined;

  const marker = body.findIndex(({ value }) => COMMENTS_MARKER.test(value));
  const articleLines = marker === -1 ? body : body.slice(0, marker);
  const commentLines = marker === -1 ? [] : body.slice(marker + 1);
  if (articleLines.length === 0)
    problems.push({
      file,
      line: dateLine.line + 1,
      field: 'testo',
      message: 'manca il testo dell’articolo: dopo la data servono i paragrafi, uno per riga',
    });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    dump: {
      date: dateLine.value,
      title,
      paragraphs: articleLines.map(({ value }) => value),
      comments: commentLines.map(({ value }) => value).reverse(),
    },
  };
}

/**
 * A legacy comment's id: stable across imports because it derives only from the article, the
 * text and, for identical texts (`lol`), which occurrence it is.
 */
export function legacyCommentId(articleSlug: string, body: string, occurrence: number): string {
  const hash = createHash('sha256').update(`${articleSlug}\n${occurrence}\n${body}`).digest('hex');
  return `legacy-${hash.slice(0, 12)}`;
}

/** The legacy snapshot of an article's comments, oldest first. */
export function legacyCommentSnapshot(
  articleSlug: string,
  bodies: readonly string[],
): CommentSnapshot {
  const seen = new Map<string, number>();
  const comments = bodies.map((body): Comment => {
    const occurrence = seen.get(body) ?? 0;
    seen.set(body, occurrence + 1);
    return { id: legacyCommentId(articleSlug, body, occurrence), parent: null, body };
  });
  return { version: 1, article: articleSlug, source: 'legacy', comments };
}

/** Flags that shape an imported article. */
export interface LegacyImportOptions {
  /** Headline; else the dump's `Titolo:` line, else derived from the first sentence. */
  title?: string | undefined;
  category?: string | undefined;
  tags?: readonly string[] | undefined;
  author?: string | undefined;
  /** Old URLs of the article, for redirects. */
  aliases?: readonly string[] | undefined;
}

/** An imported dump, ready to be written. */
export interface LegacyImport {
  slug: string;
  /** Text of `content/articles/<slug>.md`. */
  articleText: string;
  /** The comments, oldest first; empty when the dump has none. */
  snapshot: CommentSnapshot;
}

/**
 * Turns a parsed dump into an article file and a comment snapshot.
 *
 * @param file The dump's path, for problems.
 */
export function importLegacyDump(
  dump: LegacyDump,
  file: string,
  options: LegacyImportOptions = {},
): { ok: true; value: LegacyImport } | { ok: false; problems: ContentProblem[] } {
  const title = options.title?.trim() || dump.title || deriveTitle(dump.paragraphs[0] ?? '');
  const slug = slugifyBounded(title);
  if (slug === '')
    return failure({
      file,
      field: 'titolo',
      value: title,
      message: 'non produce uno slug: indica un titolo con lettere o cifre latine (--title "…")',
    });
  const aliasProblems = (options.aliases ?? []).flatMap((alias) => {
    const target = aliasFile(alias);
    return target.ok ? [] : [{ file, field: 'alias', value: alias, message: target.message }];
  });
  if (aliasProblems.length > 0) return { ok: false, problems: aliasProblems };
  const articleText = buildArticleFile(
    {
      title,
      date: dump.date,
      author: options.author,
      category: options.category,
      tags: options.tags,
      aliases: options.aliases,
    },
    dump.paragraphs,
  );
  return {
    ok: true,
    value: { slug, articleText, snapshot: legacyCommentSnapshot(slug, dump.comments) },
  };
}
