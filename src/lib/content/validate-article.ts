import matter from 'gray-matter';
import yaml from 'js-yaml';
import { articleFrontmatterSchema, type ArticleFrontmatter } from '../../schemas/article';
import type { ContentProblem } from '../errors';
import { slugFromEntry } from '../articles/article-id';
import { isSlug, slugify } from '../articles/slug';
import { frontmatterKeyLines } from './frontmatter-lines';
import { lineOfValue } from './value-line';
import { hasSharedNodes } from './yaml-aliases';
import { yamlDateValues } from './yaml-date-values';
import type { SourceFile } from './source-file';
import { formatFieldPath, problemsFromZod, valueAt } from './zod-problems';

/** The outcome of validating one article. */
export interface ValidatedArticle {
  file: string;
  slug: string;
  /** Present when the front-matter is valid. */
  data?: ArticleFrontmatter;
  /**
   * The front-matter as read, before validation (empty when it could not be read): Astro's
   * content layer validates this same object again to import the cover image.
   */
  frontmatter: Record<string, unknown>;
  body: string;
  /** Line of each top-level front-matter key. */
  keyLines: Map<string, number>;
  problems: ContentProblem[];
}

/**
 * Parses and validates one article's front-matter against the build's schema (pure: no I/O).
 * A YAML syntax error is reported at its line.
 */
export function validateArticle({ file, entry, source }: SourceFile): ValidatedArticle {
  const keyLines = frontmatterKeyLines(source);
  const opened = source.trimStart();
  // Without a closing `---`, gray-matter reads the whole file as YAML while Astro reads no
  // front-matter at all: say so before the body is blamed for a YAML error.
  if (opened.startsWith('---') && !opened.slice(3).includes('\n---')) {
    return unreadable(file, entry, keyLines, 1, 'manca la riga --- che chiude il blocco iniziale');
  }
  let parsed: { data: Record<string, unknown>; content: string; matter: string };
  try {
    // YAML's timestamp type would turn `2018-13-01` into a valid January date and read
    // `2018-07-04 10:30:00` as UTC: the core schema keeps dates as the author wrote them. (A fresh
    // options object also skips gray-matter's cache, so errors repeat on every run.)
    const result = matter(source, {
      engines: { yaml: (text: string) => yaml.load(text, { schema: yaml.CORE_SCHEMA }) as object },
    });
    parsed = { data: result.data, content: result.content, matter: result.matter };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? String(error);
    // gray-matter hands js-yaml the block from just after the opening `---`, so js-yaml's
    // 0-based line 0 is the file's line 1.
    const line = mark?.line === undefined ? undefined : mark.line + 1;
    return unreadable(
      file,
      entry,
      keyLines,
      line,
      `YAML non valido: ${reason} (controlla rientri, due punti e virgolette)`,
    );
  }
  if (hasSharedNodes(parsed.data))
    return unreadable(
      file,
      entry,
      keyLines,
      undefined,
      'gli alias YAML (&nome e *nome) non sono ammessi: scrivi ogni valore per esteso',
    );
  const slug = slugFromEntry(entry, parsed.data);
  if (opened.startsWith('---') === false) {
    return {
      file,
      slug,
      body: parsed.content,
      frontmatter: parsed.data,
      keyLines,
      problems: [
        { file, line: 1, field: 'front-matter', message: 'manca il blocco iniziale tra due righe ---' },
      ],
    };
  }
  const lineOf = (path: readonly PropertyKey[]) => {
    const keyLine = typeof path[0] === 'string' ? keyLines.get(path[0]) : undefined;
    const value = valueAt(parsed.data, path);
    // A list item or nested field sits on its own line, below its key.
    return keyLine !== undefined && path.length > 1 && typeof value === 'string' && value !== ''
      ? lineOfValue(source, keyLine, value)
      : keyLine;
  };
  const yamlProblems = [
    ...fileNameProblems(file, slug, parsed.data),
    ...unquotedTimestampProblems(file, source, parsed.data, keyLines),
    ...yamlDateValues(parsed.matter, DATE_KEYS).map(({ path, value }) => ({
      file,
      line: lineOf(path),
      field: formatFieldPath(path),
      value,
      message: `YAML lo legge come una data, non come testo: scrivilo tra virgolette ("${value}")`,
    })),
  ];
  const result = articleFrontmatterSchema.safeParse(parsed.data);
  const problems = result.success
    ? yamlProblems
    : [...yamlProblems, ...problemsFromZod(result.error, file, parsed.data, lineOf)];
  return {
    file,
    slug,
    ...(result.success ? { data: result.data } : {}),
    body: parsed.content,
    frontmatter: parsed.data,
    keyLines,
    problems,
  };
}

/** Front-matter keys whose values are dates. */
const DATE_KEYS: ReadonlySet<string> = new Set(['date', 'updated']);

/** A slug taken from the file name becomes the URL: it must be kebab-case like any slug. */
function fileNameProblems(file: string, slug: string, data: Record<string, unknown>): ContentProblem[] {
  if (data['slug'] !== undefined || isSlug(slug)) return [];
  return [
    {
      file,
      field: 'file',
      value: slug,
      message: `il nome del file diventa l’indirizzo: usa minuscole, cifre e trattini (esempio: ${slugify(slug) || 'xiaomi-usa'}.md) o imposta slug`,
    },
  ];
}

/** The outcome for a front-matter block that cannot be read: one `front-matter` problem. */
function unreadable(
  file: string,
  entry: string,
  keyLines: Map<string, number>,
  line: number | undefined,
  message: string,
): ValidatedArticle {
  return {
    file,
    slug: slugFromEntry(entry, {}),
    body: '',
    frontmatter: {},
    keyLines,
    problems: [{ file, line, field: 'front-matter', message }],
  };
}

// YAML 1.1's timestamp, which js-yaml implements, needs the seconds: `2018-07-04 10:30` is text.
const UNZONED_YAML_TIMESTAMP = /^\d{4}-\d\d?-\d\d?(?:[Tt]|[ \t]+)\d\d?:\d\d:\d\d(?:\.\d*)?$/;

/**
 * An unquoted `2018-07-04 10:30:00` is a YAML timestamp that Astro's loader reads as UTC, two
 * hours off the newsroom's clock: ask for quotes or the Italian form instead of publishing a wrong
 * time.
 * @see https://yaml.org/type/timestamp.html
 */
function unquotedTimestampProblems(
  file: string,
  source: string,
  data: Record<string, unknown>,
  keyLines: Map<string, number>,
): ContentProblem[] {
  const lines = source.split(/\r?\n/);
  return (['date', 'updated'] as const).flatMap((field) => {
    const value = data[field];
    const line = keyLines.get(field);
    if (typeof value !== 'string' || line === undefined) return [];
    const written = (lines[line - 1] ?? '').slice((lines[line - 1] ?? '').indexOf(':') + 1).trim();
    if (!UNZONED_YAML_TIMESTAMP.test(value) || /^["']/.test(written)) return [];
    return [
      {
        file,
        line,
        field,
        value,
        message:
          'senza virgolette YAML legge quest’ora come UTC: scrivila tra virgolette ("2018-07-04 10:30") o nella forma 04 Luglio 2018 10:30',
      },
    ];
  });
}

/** Problems for slugs claimed by more than one article (every claimant is reported). */
export function duplicateSlugProblems(
  articles: readonly Pick<ValidatedArticle, 'file' | 'slug' | 'keyLines'>[],
): ContentProblem[] {
  const bySlug = new Map<string, (typeof articles)[number][]>();
  for (const article of articles) {
    bySlug.set(article.slug, [...(bySlug.get(article.slug) ?? []), article]);
  }
  return [...bySlug].flatMap(([slug, owners]) =>
    owners.length < 2
      ? []
      : owners.map((owner) => ({
          file: owner.file,
          line: owner.keyLines.get('slug'),
          field: 'slug',
          value: slug,
          message: `è usato da più articoli (${owners
            .filter((o) => o !== owner)
            .map((o) => o.file)
            .join(', ')}): rinomina il file o imposta uno slug diverso`,
        })),
  );
}
