/**
 * Maps top-level front-matter keys to their 1-based line in the file, so problems point at the
 * line to edit. Nested fields point at their top-level key, which is where an author looks.
 */
export function frontmatterKeyLines(source: string): Map<string, number> {
  const lines = source.split(/\r?\n/);
  const keys = new Map<string, number>();
  if (lines[0]?.trim() !== '---') return keys;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '---') break;
    const match = /^([A-Za-z_][\w-]*)\s*:/.exec(line);
    if (match?.[1] && !keys.has(match[1])) keys.set(match[1], i + 1);
  }
  return keys;
}
