/**
 * `tsx bench/measure-comment-render.ts [--articles 2000]`: CPU time per comment of each comment
 * renderer path (plain text, simple Markdown, full pipeline) over the synthetic corpus's comments,
 * for docs/performance.md. Each path renders its own comments, warmed up first, best of 5 rounds.
 */
import { parseCliArgs, runCli } from '../scripts/lib/args';
import { isPlainText, renderPlainText } from '../src/lib/comments/plain-text';
import { renderCommentBodySlow } from '../src/lib/comments/render';
import { renderSimpleMarkdown } from '../src/lib/comments/simple-markdown';
import { benchComments } from './corpus/bench-comments';

const USAGE = 'tsx bench/measure-comment-render.ts [--articles 2000]';
const ROUNDS = 5;

/** Microseconds of CPU per call of `render` over `texts`, best of {@link ROUNDS}. */
function cpuMicrosPerCall(texts: readonly string[], render: (text: string) => unknown): number {
  for (const text of texts) render(text);
  let best = Infinity;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.cpuUsage();
    for (const text of texts) render(text);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / texts.length);
  }
  return best;
}

await runCli(USAGE, () => {
  const { values } = parseCliArgs(process.argv.slice(2), {
    articles: { type: 'string', default: '2000' },
  });
  const published = new Date('2018-07-04T08:00:00Z');
  const bodies = Array.from({ length: Number(values.articles) }, (_, index) =>
    benchComments({ seed: 1, index, slug: `a${index}`, published, timeZone: 'Europe/Rome' }),
  ).flatMap((snapshot) => snapshot?.comments.map((comment) => comment.body) ?? []);
  const plain = bodies.filter(isPlainText);
  const simple = bodies.filter((b) => !isPlainText(b) && renderSimpleMarkdown(b) !== undefined);
  const rows = [
    ['plain text', plain.length, cpuMicrosPerCall(plain, renderPlainText)],
    ['simple Markdown', simple.length, cpuMicrosPerCall(simple, renderSimpleMarkdown)],
    ['full pipeline, plain comments', plain.length, cpuMicrosPerCall(plain, renderCommentBodySlow)],
    [
      'full pipeline, simple comments',
      simple.length,
      cpuMicrosPerCall(simple, renderCommentBodySlow),
    ],
  ] as const;
  console.log(`${bodies.length} comments`);
  for (const [name, count, micros] of rows)
    console.log(
      `${name.padEnd(32)} ${String(count).padStart(6)} comments  ${micros.toFixed(1)} µs`,
    );
  return 0;
});
