/**
 * Lines of values nested under a front-matter key (an alias in a list, a cover's `src`), which
 * the top-level key map cannot give: the line an author edits is the value's own.
 */

/**
 * 1-based line of the first front-matter line at or after `fromLine` that contains `value`, or
 * `fromLine` itself when none does (a flow list `[a, b]` sits on the key's line anyway).
 *
 * @param source The whole file.
 * @param fromLine Line of the top-level key the value belongs to.
 */
export function lineOfValue(source: string, fromLine: number, value: string): number {
  const lines = source.split(/\r?\n/);
  for (let i = fromLine - 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (i > 0 && line.trim() === '---') break;
    if (line.includes(value)) return i + 1;
  }
  return fromLine;
}
