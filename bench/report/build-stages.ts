/**
 * Time per stage of `npm run build`, read from when its log lines arrived: the build script and
 * Astro each print a line as a stage ends, so the gap between two such lines is the stage. Works
 * on the unchanged production build, with no timing code in it.
 */

/** One line of the build's output and when it arrived, in ms since the build started. */
export interface TimedLine {
  at: number;
  line: string;
}

/** A stage of the build and its duration. */
export interface StageTime {
  name: string;
  seconds: number;
}

/**
 * The lines that end each stage, in the order the build prints them. A stage whose line is
 * missing (a log format changed, a step was skipped) is folded into the next one found.
 */
const STAGE_ENDS: readonly { name: string; line: RegExp; after?: RegExp }[] = [
  { name: 'script startup + clone', line: /pagine collegate/ },
  { name: 'content check', line: /contenuti verificati/ },
  { name: 'astro startup', line: /\[content\] Syncing content/ },
  { name: 'content sync', line: /\[content\] Synced content/ },
  { name: 'types, config, bundling', line: /generating static routes/ },
  { name: 'rendering', line: /✓ Completed in/ },
  { name: 'images', after: /generating optimized images/, line: /✓ Completed in/ },
  { name: 'sitemap', line: /\[@astrojs\/sitemap\]/ },
  // The index is built beside the rendering; this is what is left to wait for at the end.
  { name: 'search index', line: /\[rotativa-pagefind\] indice di ricerca:/ },
  { name: 'redirects', line: /\[rotativa-redirects\]/ },
  { name: 'astro shutdown', line: /✓ astro build in/ },
  { name: 'swap', line: /aggiornato in/ },
];

/**
 * Durations of the build's stages from its timed output lines (pure). Each stage runs from the
 * end of the previous one to the first later line that ends it.
 */
export function buildStages(lines: readonly TimedLine[]): StageTime[] {
  const stages: StageTime[] = [];
  let from = 0;
  let since = 0;
  let pending: string[] = [];
  const firstMatch = (pattern: RegExp, start: number): number =>
    lines.findIndex((entry, i) => i >= start && pattern.test(entry.line));
  for (const { name, line, after } of STAGE_ENDS) {
    const opened = after === undefined ? from : firstMatch(after, from);
    const index = opened === -1 ? -1 : firstMatch(line, opened);
    pending.push(name);
    if (index === -1) continue;
    const end = lines[index] as TimedLine;
    stages.push({ name: pending.join(' + '), seconds: (end.at - since) / 1000 });
    pending = [];
    from = index + 1;
    since = end.at;
  }
  return stages;
}

/** The number of pages Astro reports (`[build] 12300 page(s) built in 60.1s`), if it did. */
export function builtPageCount(lines: readonly TimedLine[]): number | undefined {
  for (const { line } of lines) {
    const match = /(\d+) page\(s\) built/.exec(line);
    if (match) return Number(match[1]);
  }
  return undefined;
}
