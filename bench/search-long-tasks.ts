/**
 * `tsx bench/search-long-tasks.ts --dist dist --rounds 3`: the search page's long main-thread
 * tasks under CPU throttling, and what each is made of. Headless Chromium loads `/cerca/?q=…`
 * (a phone viewport, an empty cache, the site served with its `_headers`) with CDP's
 * `Emulation.setCPUThrottlingRate` and a performance trace; every task of the page's main thread
 * longer than `--over` ms is printed with the trace events inside it (parsing, script, style,
 * layout, paint), so a long task can be traced to its cause.
 */
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { launchBrowser } from '../tests/e2e/helpers/browser';
import { serveStatic } from '../tests/helpers/static-server';
import { parseCliArgs, runCli, UsageError } from '../scripts/lib/args';
import { describeLongTasks, type DescribedTask } from './task-anatomy';

const USAGE =
  'tsx bench/search-long-tasks.ts [--dist dist] [--rounds 3] [--rate 4] [--over 50] [--paths /cerca/?q=xiaomi,/cerca/?q=] [--outline] [--save-traces dir]';

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  // Compilation of each function, lazy or not: what a script's evaluation spends compiling.
  'disabled-by-default-v8.compile',
  'toplevel',
  'blink',
  'loading',
  // `navigationStart`, which says which renderer loaded the page.
  'blink.user_timing',
];

/** Lighthouse's mobile device: a Moto G Power's screen. */
const PHONE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true };

/** The trace events a task's one-line summary names. */
const SUMMARY_NAMES = new Set([
  'ParseHTML',
  'CSSParserImpl::parseStyleSheet',
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'CustomElementReactionQueue::invokeReactions',
  'FunctionCall',
  'TimerFire',
  'HandlePostMessage',
  'RunMicrotasks',
  'Document::UpdateStyleAndLayout',
  'UpdateLayoutTree',
  'Layout',
  'InlineNode::ShapeTextIncludingFirstLine',
  'PrePaint',
  'Paint',
  'Layerize',
  'Commit',
  'ResourceFetcher::requestResource',
  'Receive mojo message',
  'MajorGC',
  'MinorGC',
]);

/** Time left to the page after the network goes idle, for tasks that follow the results. */
const SETTLE_MS = 1500;

/** The page's long tasks, and what its status line said at the end. */
async function traceOnce(
  url: string,
  rate: number,
  overMs: number,
  saveTo: string | undefined,
): Promise<{ tasks: DescribedTask[]; status: string }> {
  const browser = await launchBrowser();
  try {
    const context = await browser.newContext({ ...PHONE, hasTouch: true });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate });
    await browser.startTracing(page, { categories: TRACE_CATEGORIES });
    // Nothing is asked of the page until the trace ends: Playwright's own scripts, evaluated in
    // the page, would be long tasks of their own.
    await page.goto(url, { waitUntil: 'networkidle' });
    await page.waitForTimeout(SETTLE_MS);
    const trace = (await browser.stopTracing()).toString();
    if (saveTo) await writeFile(saveTo, trace);
    const tasks = describeLongTasks(trace, overMs);
    const status = await page
      .locator('[data-search-status]')
      .textContent({ timeout: 1000 })
      .catch(() => null);
    return { tasks, status: status ?? '' };
  } finally {
    await browser.close();
  }
}

function formatTask(task: DescribedTask, outline: boolean): string {
  const parts = task.parts
    .filter((part) => part.ms >= 3 && SUMMARY_NAMES.has(part.name))
    .map((part) => `${part.name} ${part.ms}${part.detail ? ` (${part.detail})` : ''}`);
  const head = `  ${task.wall} ms wall, ${task.cpu} ms CPU at +${task.start} ms, ${task.kind}: ${parts.join(', ')}`;
  return outline ? [head, ...task.outline.map((line) => `      ${line}`)].join('\n') : head;
}

await runCli(USAGE, async () => {
  const { values } = parseCliArgs(process.argv.slice(2), {
    dist: { type: 'string', default: 'dist' },
    rounds: { type: 'string', default: '3' },
    rate: { type: 'string', default: '4' },
    over: { type: 'string', default: '50' },
    paths: { type: 'string', default: '/cerca/?q=xiaomi,/cerca/?q=batterie,/cerca/?q=' },
    outline: { type: 'boolean', default: false },
    'save-traces': { type: 'string' },
  });
  const rounds = Number(values.rounds);
  const rate = Number(values.rate);
  const over = Number(values.over);
  if (![rounds, rate, over].every((value) => Number.isFinite(value) && value > 0)) {
    throw new UsageError('--rounds, --rate e --over vogliono numeri positivi');
  }
  const server = await serveStatic(resolve(values.dist), { applyHeaders: true });
  try {
    for (let round = 1; round <= rounds; round++) {
      for (const path of values.paths.split(',')) {
        const saveTo =
          values['save-traces'] &&
          join(values['save-traces'], `${round}-${path.replace(/\W+/g, '_')}.json`);
        const { tasks, status } = await traceOnce(`${server.url}${path}`, rate, over, saveTo);
        console.log(`round ${round} ${path} («${status}»): ${tasks.length} tasks over ${over} ms`);
        for (const task of tasks) console.log(formatTask(task, values.outline));
      }
    }
  } finally {
    await server.close();
  }
  return 0;
});
