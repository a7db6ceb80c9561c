/**
 * One error type for every content problem, shared by the build, `npm run check` and the
 * importers, so an author always reads the same shape:
 * `content/articles/x.md:3: date: "04 Lugio 2018" non è una data valida (esempio: 04 Luglio 2018)`.
 */
export interface ContentProblem {
  /** Path of the offending file, relative to the project root when known. */
  file: string;
  /** 1-based line of the front-matter key or JSON position, when known. */
  line?: number | undefined;
  /** The field at fault, dotted for nested ones (`cover.alt`, `comments[3].parent`). */
  field: string;
  /** The bad value as the author wrote it; omitted when the field is missing. */
  value?: unknown;
  /** What went wrong and what is accepted, in Italian. */
  message: string;
  /** A warning is reported and publishing goes on; anything else stops it. */
  severity?: 'warning' | undefined;
}

/** Whether a problem stops publishing (every problem but a warning). */
export const isBlocking = (problem: ContentProblem): boolean => problem.severity !== 'warning';

/** Renders a value the way the author typed it: strings quoted, the rest as JSON. */
function showValue(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '"?"' : value.toISOString();
  if (typeof value === 'string') return JSON.stringify(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** `path:line: field: "value" message` — one line, grep- and editor-friendly. */
export function formatContentProblem(problem: ContentProblem): string {
  const where = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const value = problem.value === undefined ? '' : `${showValue(problem.value)} `;
  return `${where}: ${problem.field}: ${value}${problem.message}`;
}

/** Thrown when content cannot be published; carries every problem found, not just the first. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(problems.map(formatContentProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}
