/**
 * Every check of a content folder in one pass, on files already read: front-matter, slugs,
 * comment snapshots, internal links, images and aliases. `npm run check` and `npm run build`
 * both call it (through `read-content.ts`), so they always agree.
 */
import type { ContentProblem } from '../errors';
import { loadCommentSnapshots, parseSnapshotJson, type SnapshotInput } from '../comments/load';
import { checkAliases, type AliasOwner } from './check-aliases';
import type { ArticleFacts, ArticleMemo } from './article-facts';
import { checkArticles, type ArticlesCheck } from './check-articles';
import { checkImages } from './check-images';
import { checkLinks } from './check-links';
import { siteRoutes } from './site-routes';
import type { CommentSnapshot } from '../../schemas/comments';
import type { SourceFile } from './source-file';
import type { ValidatedArticle } from './validate-article';
import { lineOfValue } from './value-line';
import { isScheduled } from '../articles/published';
import { matchDeclared } from '../articles/declared-terms';

/** A content folder's files, read. */
export interface ContentSources {
  articles: readonly SourceFile[];
  /** Comment snapshots: path shown to the author and text. */
  comments: readonly Pick<SourceFile, 'file' | 'source'>[];
  /** Files of `public/` as the site serves them (`/favicon.svg`). */
  publicFiles: readonly string[];
}

/** The site settings and file lookups the checks need. */
export interface ContentCheckOptions {
  /** `SITE.url`: absolute links to it are internal. */
  siteUrl: string;
  /** `SITE.perPage`, to know how many listing pages exist. */
  perPage: number;
  /** `SITE.timeZone`, for the archive's months. */
  timeZone: string;
  /** `public/`, as image paths starting with `/` are resolved against it. */
  publicDir: string;
  /** Whether an image file exists (the only I/O, left to the caller). */
  fileExists: (path: string) => boolean;
  /** The instant the build publishes at: later articles are scheduled. */
  now: Date;
  /** Declared category and author names (`src/newsroom.config.ts`); unchecked when absent. */
  declared?: { categories: readonly string[]; authors: readonly string[] };
  /** Per-file facts of an earlier run, reused for unchanged files and filled with new ones. */
  memo?: ArticleMemo | undefined;
  /** The per-file facts of `sources.articles`, in their order, when already computed. */
  facts?: readonly ArticleFacts[] | undefined;
}

/** An article file, read and validated. */
export interface CheckedArticle extends ValidatedArticle {
  /** Path relative to the articles folder. */
  entry: string;
  /** The whole file. */
  source: string;
}

/** What a check found, and what it read: the site is built from this, not from a second read. */
export interface ContentReport {
  articleCount: number;
  commentFileCount: number;
  /** Every problem, by file and then line. */
  problems: ContentProblem[];
  /** Every article file, in the order they were given. */
  articles: CheckedArticle[];
  /** Snapshots that match the schema, by article slug. */
  snapshots: Map<string, CommentSnapshot>;
  /** Valid articles dated after `now`, soonest first: they go public on their own. */
  scheduled: ScheduledArticle[];
  /** What builds but deserves a look (a category or author nobody declared). */
  warnings: ContentProblem[];
}

/** An article waiting for its date. */
export interface ScheduledArticle {
  file: string;
  title: string;
  date: Date;
}

function readSnapshots(comments: ContentSources['comments']): {
  inputs: SnapshotInput[];
  problems: ContentProblem[];
} {
  const inputs: SnapshotInput[] = [];
  const problems: ContentProblem[] = [];
  for (const { file, source } of comments) {
    const parsed = parseSnapshotJson(file, source);
    if (parsed.ok) inputs.push(parsed.input);
    else problems.push(parsed.problem);
  }
  return { inputs, problems };
}

const CONFIG = 'src/newsroom.config.ts';
const TERM_FIELDS = [
  {
    field: 'category',
    list: 'categories',
    typo: (suggestion: string) =>
      `non è una categoria dichiarata: forse "${suggestion}"?`,
    unknown: `è una categoria nuova, non dichiarata in ${CONFIG}: la pagina si crea lo stesso, ma aggiungila lì con la sua descrizione`,
  },
  {
    field: 'author',
    list: 'authors',
    typo: (suggestion: string) =>
      `non è un autore dichiarato: forse "${suggestion}"?`,
    unknown: `è un autore nuovo, non dichiarato in ${CONFIG}: la pagina si crea lo stesso, ma aggiungilo lì con ruolo e biografia`,
  },
] as const;

/**
 * The name an article gives in `field`: the validated one, or, when another field failed
 * validation, the raw text, so a typo here shows in the same run as the other problem.
 */
function writtenTerm(
  article: ArticlesCheck['articles'][number],
  field: 'category' | 'author',
): string | undefined {
  if (article.data !== undefined) return article.data[field];
  const raw = article.frontmatter[field];
  if (typeof raw !== 'string' || raw.trim() === '') return undefined;
  // The field's own problem (no Latin letters, say) already speaks for it.
  return article.problems.some((problem) => problem.field === field) ? undefined : raw.trim();
}

/**
 * A category or author against the declared ones: a near miss is a problem, a new name a warning.
 * A near miss does not mention declaring the name, so a typo is not turned into a new category.
 */
function checkDeclaredTerms(
  article: ArticlesCheck['articles'][number],
  declared: NonNullable<ContentCheckOptions['declared']>,
): { problems: ContentProblem[]; warnings: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const warnings: ContentProblem[] = [];
  for (const { field, list, typo, unknown } of TERM_FIELDS) {
    const value = writtenTerm(article, field);
    if (value === undefined) continue;
    const where = { file: article.file, line: article.keyLines.get(field), field, value };
    const match = matchDeclared(value, declared[list]);
    if (match.kind === 'typo') problems.push({ ...where, message: typo(match.suggestion) });
    if (match.kind === 'new') warnings.push({ ...where, message: unknown });
  }
  return { problems, warnings };
}

const byFileAndLine = (a: ContentProblem, b: ContentProblem): number =>
  a.file === b.file ? (a.line ?? 0) - (b.line ?? 0) : a.file < b.file ? -1 : 1;

/**
 * Checks a whole content folder (pure: files come in as text, existence through
 * `options.fileExists`).
 */
export function checkContent(
  sources: ContentSources,
  options: ContentCheckOptions,
): ContentReport {
  const siteHost = new URL(options.siteUrl).host;
  const { articles, facts, problems } = checkArticles(sources.articles, {
    siteHost,
    memo: options.memo,
    facts: options.facts,
  });
  const snapshots = readSnapshots(sources.comments);
  const loaded = loadCommentSnapshots(
    snapshots.inputs,
    new Set(articles.map((a) => a.slug)),
    options.now,
  );
  problems.push(...snapshots.problems, ...loaded.problems);

  // checkArticles keeps the input order, so each result pairs with its file.
  const checked = articles.map(
    (article, index): CheckedArticle => ({
      ...article,
      entry: sources.articles[index]?.entry ?? '',
      source: sources.articles[index]?.source ?? '',
    }),
  );
  const published = checked.flatMap(({ slug, data }) =>
    data === undefined || data.draft
      ? []
      : [{ slug, date: data.date, author: data.author, category: data.category, tags: data.tags }],
  );
  const routes = new Set([...siteRoutes(published, options), ...sources.publicFiles]);
  const targets = {
    routes,
    articles: new Map(
      articles.map(({ slug, data }) => [
        slug,
        {
          draft: data?.draft ?? false,
          scheduledFor: data && isScheduled(data, options.now) ? data.date : undefined,
        },
      ]),
    ),
    siteUrl: options.siteUrl,
  };

  const warnings: ContentProblem[] = [];
  if (options.declared)
    for (const article of articles) {
      const terms = checkDeclaredTerms(article, options.declared);
      problems.push(...terms.problems);
      warnings.push(...terms.warnings);
    }

  const aliasOwners: AliasOwner[] = [];
  for (const [index, article] of checked.entries()) {
    const { file, slug, data, keyLines, source } = article;
    const { references = [], policyWarnings = [] } = facts[index] ?? {};
    problems.push(...policyWarnings);
    const coverLine = keyLines.get('cover');
    const aliasesLine = keyLines.get('aliases');
    problems.push(
      ...checkLinks(
        { file, slug, draft: data?.draft ?? false, date: data?.date },
        references,
        targets,
      ),
      ...checkImages(
        {
          file,
          coverSrc: data?.cover?.src,
          coverLine:
            data?.cover && coverLine !== undefined
              ? lineOfValue(source, coverLine, data.cover.src)
              : coverLine,
        },
        references,
        options,
      ),
    );
    if (data !== undefined)
      aliasOwners.push({
        file,
        slug,
        aliases: data.aliases,
        lineOf: (alias) =>
          aliasesLine === undefined ? undefined : lineOfValue(source, aliasesLine, alias),
      });
  }
  problems.push(...checkAliases(aliasOwners, { routes, articleSlugs: targets.articles.keys() }));

  return {
    articleCount: articles.length,
    commentFileCount: sources.comments.length,
    problems: problems.sort(byFileAndLine),
    articles: checked,
    snapshots: loaded.snapshots,
    warnings: warnings.sort(byFileAndLine),
    scheduled: articles
      .flatMap(({ file, data }) =>
        data && isScheduled(data, options.now) ? [{ file, title: data.title, date: data.date }] : [],
      )
      .sort((a, b) => a.date.getTime() - b.date.getTime()),
  };
}
