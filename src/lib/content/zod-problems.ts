import type { z } from 'astro/zod';
import type { ContentProblem } from '../errors';

/** Where a problem's field sits in its file, if the caller can tell. */
export type LineOf = (path: readonly PropertyKey[]) => number | undefined;

/** `cover.alt`, `tags[2]`, `comments[3].parent` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : `${i ? '.' : ''}${String(key)}`))
    .join('');
}

/** The value at `path` in parsed data, undefined when the path does not exist. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'un testo',
  number: 'un numero',
  boolean: 'true o false',
  array: 'un elenco',
  object: 'un gruppo di campi',
};

/** A field name as authors write one: letters, digits, `_` and `-`. */
const FIELD_NAME = /^[\p{L}\p{N}_-]+$/u;

/**
 * Turns zod issues into author-facing problems, in Italian, each naming the field and the value.
 * Zod's default type messages become Italian; the schema's own messages are kept. A problem of
 * the whole document is reported under `rootField`.
 */
export function problemsFromZod(
  error: z.ZodError,
  file: string,
  data: unknown,
  lineOf: LineOf = () => undefined,
  rootField = 'front-matter',
): ContentProblem[] {
  const fieldOf = (path: readonly PropertyKey[]) => formatFieldPath(path) || rootField;
  return error.issues.flatMap((issue): ContentProblem[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => {
        const path = [...issue.path, key];
        const line = lineOf(path);
        if (FIELD_NAME.test(key)) {
          return {
            file,
            line,
            field: fieldOf(path),
            message: 'campo sconosciuto (controlla il nome: i campi ammessi sono elencati nel README)',
          };
        }
        // Spaces, quotes or colons in a name mostly come from a quote left open above it, and
        // would run into the `field: message` columns: the name is shown as the value instead.
        return {
          file,
          line,
          field: fieldOf(issue.path),
          value: key,
          message:
            'non è un nome di campo: i nomi non hanno spazi, virgolette né due punti (controlla le virgolette delle righe sopra)',
        };
      });
    }
    const value = valueAt(data, issue.path);
    const field = fieldOf(issue.path);
    const line = lineOf(issue.path);
    if (issue.code === 'invalid_type' && value === undefined) {
      return [{ file, line, field, message: 'campo obbligatorio mancante' }];
    }
    // Zod's own English message is replaced; a schema's Italian one is kept.
    if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input')) {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return [{ file, line, field, value, message: `deve essere ${expected}` }];
    }
    return [{ file, line, field, value, message: issue.message }];
  });
}
