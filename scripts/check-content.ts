/**
 * `npm run check [-- --content-dir content]`: validates every article and comment snapshot
 * without building the site, with the checks `npm run build` runs first. Prints each problem as
 * `path:line: field: message`, then the scheduled articles and a summary; exits 1 if anything is
 * wrong.
 */
import { formatContentProblem, isBlocking } from '../src/lib/errors';
import { parseCliArgs, runCli } from './lib/args';
import { readContent } from '../src/lib/content/read-content';
import { scheduleLines } from './lib/schedule-summary';

const USAGE = 'npm run check [-- --content-dir content]';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

async function main(): Promise<number> {
  const { values } = parseCliArgs(process.argv.slice(2), {
    'content-dir': { type: 'string', default: 'content' },
  });
  const started = performance.now();
  const report = await readContent(values['content-dir']);
  for (const problem of report.problems) console.error(formatContentProblem(problem));
  for (const warning of report.warnings) console.error(`avviso: ${formatContentProblem(warning)}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const found = report.problems.filter(isBlocking).length;
  const warnings = report.problems.length - found;
  if (report.scheduled.length > 0) {
    console.log(`Programmati (escono da soli alla prima build dopo l’ora indicata, ora di Roma):`);
    for (const line of scheduleLines(report.scheduled)) console.log(line);
  }
  console.log(
    `${count(report.articleCount, 'articolo', 'articoli')}, ${count(report.commentFileCount, 'file di commenti', 'file di commenti')}: ${
      found === 0 ? 'nessun problema' : count(found, 'problema', 'problemi')
    }${warnings === 0 ? '' : `, ${count(warnings, 'avviso', 'avvisi')}`} (${seconds} s)`,
  );
  return found === 0 ? 0 : 1;
}

await runCli(USAGE, main);
