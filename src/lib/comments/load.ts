/**
 * Validation of comment snapshots against the schema and against each other's content: the
 * build and `npm run check` both call it, and every problem comes back (nothing is dropped).
 * Pure: callers read the files and pass their text or parsed data in.
 */
import type { z } from 'astro/zod';
import { parseTree, type ParseError } from 'jsonc-parser';
import type { ContentProblem } from '../errors';
import { formatFieldPath, problemsFromZod } from '../content/zod-problems';
import { commentSnapshotSchema, type CommentSnapshot } from '../../schemas/comments';
import { snapshotLineFinder } from './snapshot-lines';

/** One snapshot file as read from disk. */
export interface SnapshotInput {
  /** Path of the file, relative to the project root (`content/comments/x.json`). */
  file: string;
  /** The parsed JSON. */
  data: unknown;
  /** The file's text, when known: problems then carry line numbers. */
  text?: string | undefined;
}

/** What {@link loadCommentSnapshots} found. */
export interface LoadedSnapshots {
  /** Snapshots that match the schema, by article slug (even if they have other problems). */
  snapshots: Map<string, CommentSnapshot>;
  /** Every problem, in file order. */
  problems: ContentProblem[];
}

/**
 * Line of a JSON syntax error: V8 names it for most errors but not for an unexpected token, so
 * a second, position-reporting parser finds where reading stopped.
 */
function jsonErrorLine(text: string, detail: string): number | undefined {
  const named = /line (\d+)/.exec(detail)?.[1];
  if (named !== undefined) return Number(named);
  const errors: ParseError[] = [];
  parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
  const offset = errors[0]?.offset;
  return offset === undefined ? undefined : text.slice(0, offset).split('\n').length;
}

/**
 * Parses a snapshot file's text; a JSON syntax error becomes a problem with its line.
 */
export function parseSnapshotJson(
  file: string,
  text: string,
): { ok: true; input: SnapshotInput } | { ok: false; problem: ContentProblem } {
  try {
    return { ok: true, input: { file, data: JSON.parse(text) as unknown, text } };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      problem: {
        file,
        line: jsonErrorLine(text, detail),
        field: '(file)',
        message: `non è JSON valido (${detail})`,
      },
    };
  }
}

const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;

/** Id of comment `index` when it has a string one. */
function commentIdAt(data: unknown, index: number): string | undefined {
  const comments = (data as { comments?: unknown } | null)?.comments;
  const comment: unknown = Array.isArray(comments) ? comments[index] : undefined;
  const id = (comment as { id?: unknown } | null | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * `comments[3] (id "x").parent`: the index for machines, the id for people, who search the
 * file for it.
 */
function withCommentId(data: unknown, field: string): string {
  return field.replace(/^comments\[(\d+)\]/, (indexed, index: string) => {
    const id = commentIdAt(data, Number(index));
    return id === undefined ? indexed : `${indexed} (id ${JSON.stringify(id)})`;
  });
}

/** Schema problems of one snapshot, fields named with the comment id. */
function problemsFromIssues(input: SnapshotInput, error: z.ZodError): ContentProblem[] {
  return problemsFromZod(
    error,
    input.file,
    input.data,
    snapshotLineFinder(input.text),
    '(file)',
  ).map((problem) => ({ ...problem, field: withCommentId(input.data, problem.field) }));
}

/** Duplicate ids, parents that point nowhere and parent cycles within one snapshot. */
function threadProblems(input: SnapshotInput, snapshot: CommentSnapshot): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const { comments } = snapshot;
  const lineOf = snapshotLineFinder(input.text);
  const report = (index: number, key: 'id' | 'parent', message: string) => {
    const path = ['comments', index, key];
    problems.push({
      file: input.file,
      line: lineOf(path),
      field: withCommentId(input.data, formatFieldPath(path)),
      value: comments[index]?.[key],
      message,
    });
  };
  const firstIndex = new Map<string, number>();

  comments.forEach((comment, index) => {
    const first = firstIndex.get(comment.id);
    if (first === undefined) firstIndex.set(comment.id, index);
    else
      report(
        index,
        'id',
        `è già usato da comments[${first}]: ogni commento deve avere un id diverso`,
      );
  });

  comments.forEach((comment, index) => {
    if (comment.parent !== null && !firstIndex.has(comment.parent))
      report(
        index,
        'parent',
        'non corrisponde a nessun commento del file (usa null per un commento principale)',
      );
  });

  // Each comment has one parent, so following parents from any comment either ends or enters
  // exactly one cycle; every cycle is reported once, at its first comment in the file.
  const done = new Set<string>();
  comments.forEach((comment) => {
    const path: string[] = [];
    const onPath = new Set<string>();
    let id: string | null = comment.id;
    while (id !== null && !done.has(id) && !onPath.has(id) && firstIndex.has(id)) {
      path.push(id);
      onPath.add(id);
      id = comments[firstIndex.get(id) ?? 0]?.parent ?? null;
    }
    if (id !== null && onPath.has(id)) {
      const cycle = path.slice(path.indexOf(id));
      // A reduce, not Math.min(...): a cycle as long as an untrusted file makes it has no
      // argument-count limit to hit.
      const index = cycle.reduce(
        (lowest, member) => Math.min(lowest, firstIndex.get(member) ?? 0),
        Number.POSITIVE_INFINITY,
      );
      const start = cycle.indexOf(comments[index]?.id ?? id);
      const ordered = [...cycle.slice(start), ...cycle.slice(0, start), cycle[start]];
      report(
        index,
        'parent',
        `forma un ciclo di risposte (${ordered.join(' → ')}): un commento non può rispondere a sé stesso`,
      );
    }
    for (const member of path) done.add(member);
  });
  return problems;
}

/**
 * Checks one snapshot against the schema only (importers use it on the file they merge into).
 */
export function parseCommentSnapshot(
  input: SnapshotInput,
): { ok: true; snapshot: CommentSnapshot } | { ok: false; problems: ContentProblem[] } {
  const parsed = commentSnapshotSchema.safeParse(input.data);
  return parsed.success
    ? { ok: true, snapshot: parsed.data }
    : { ok: false, problems: problemsFromIssues(input, parsed.error) };
}

/** Warnings for comments dated after `now`: a clock or an export went wrong somewhere. */
function futureDateWarnings(input: SnapshotInput, snapshot: CommentSnapshot, now: Date) {
  const lineOf = snapshotLineFinder(input.text);
  return snapshot.comments.flatMap((comment, index): ContentProblem[] => {
    if (comment.date === undefined || Date.parse(comment.date) <= now.getTime()) return [];
    const path = ['comments', index, 'date'];
    return [
      {
        file: input.file,
        line: lineOf(path),
        field: withCommentId(input.data, formatFieldPath(path)),
        value: comment.date,
        message: 'è nel futuro: il commento verrà mostrato con questa data',
        severity: 'warning',
      },
    ];
  });
}

/**
 * Validates snapshot files against the schema, the article list and their own threads.
 *
 * @param inputs The files, parsed.
 * @param articleSlugs Slugs of every existing article.
 * @param now When given, comments dated after it are warned about.
 */
export function loadCommentSnapshots(
  inputs: readonly SnapshotInput[],
  articleSlugs: ReadonlySet<string>,
  now?: Date,
): LoadedSnapshots {
  const snapshots = new Map<string, CommentSnapshot>();
  const problems: ContentProblem[] = [];
  for (const input of inputs) {
    const parsed = parseCommentSnapshot(input);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const { snapshot } = parsed;
    const expectedName = `${snapshot.article}.json`;
    if (baseName(input.file) !== expectedName)
      problems.push({
        file: input.file,
        field: 'article',
        value: snapshot.article,
        message: `non corrisponde al nome del file: il file deve chiamarsi ${expectedName}`,
      });
    if (!articleSlugs.has(snapshot.article))
      problems.push({
        file: input.file,
        field: 'article',
        value: snapshot.article,
        message: `non corrisponde a nessun articolo (manca content/articles/${snapshot.article}.md o un articolo con slug: ${snapshot.article})`,
      });
    problems.push(...threadProblems(input, snapshot));
    if (now !== undefined) problems.push(...futureDateWarnings(input, snapshot, now));
    snapshots.set(snapshot.article, snapshot);
  }
  return { snapshots, problems };
}
