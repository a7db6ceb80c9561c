import { describe, expect, it } from 'vitest';
import {
  completeEvents,
  longTasks,
  mainThreadEvents,
  pageNavigation,
  parseTrace,
  type TraceEvent,
} from '../../bench/trace-events';

const PAGE = 1;
const NEW_TAB = 2;
const BROWSER = 3;
const thread = (pid: number, tid: number, name: string): TraceEvent => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid,
  ts: 0,
  args: { name },
});
const navigation = (pid: number, url: string, ts = 0): TraceEvent => ({
  name: 'navigationStart',
  ph: 'R',
  pid,
  tid: pid,
  ts,
  args: { data: { documentLoaderURL: url } },
});
/** An event on the main thread of process `pid` (its thread `pid`), times in milliseconds. */
const event = (name: string, startMs: number, ms: number, pid = PAGE, ph = 'X'): TraceEvent => ({
  name,
  ph,
  pid,
  tid: pid,
  ts: startMs * 1000,
  dur: ms * 1000,
});
const edge = (name: string, ph: 'B' | 'E', atMs: number, pid = PAGE): TraceEvent => ({
  name,
  ph,
  pid,
  tid: pid,
  ts: atMs * 1000,
});

/** Two renderers, a new tab's and the page's, each with a worker; and the browser's thread. */
const renderers = [
  thread(NEW_TAB, NEW_TAB, 'CrRendererMain'),
  thread(NEW_TAB, 20, 'DedicatedWorker thread'),
  navigation(NEW_TAB, 'chrome://new-tab-page/'),
  thread(PAGE, PAGE, 'CrRendererMain'),
  thread(PAGE, 10, 'DedicatedWorker thread'),
  navigation(PAGE, 'http://127.0.0.1/cerca/', 5),
  thread(BROWSER, BROWSER, 'CrBrowserMain'),
];
const pageTask = event('RunTask', 10, 60);
const newTabTask = event('RunTask', 0, 70, NEW_TAB);
const events = [
  ...renderers,
  pageTask,
  newTabTask,
  { ...event('RunTask', 0, 500), tid: 10 },
  event('RunTask', 0, 900, BROWSER),
];

describe('parseTrace', () => {
  it('reads the events of the JSON browser.stopTracing() returns, or none', () => {
    expect(parseTrace(JSON.stringify({ traceEvents: [pageTask] }))).toEqual([pageTask]);
    expect(parseTrace('{}')).toEqual([]);
  });
});

describe('pageNavigation', () => {
  it('finds the navigation over HTTP, not the new tab’s', () => {
    expect(pageNavigation(events)).toEqual(navigation(PAGE, 'http://127.0.0.1/cerca/', 5));
    expect(pageNavigation(events.filter((e) => e.pid !== PAGE))).toBeUndefined();
  });
});

describe('mainThreadEvents', () => {
  it('reads every renderer’s main thread, in the trace’s order, no worker or browser thread', () => {
    expect(mainThreadEvents(events, 'every').filter((e) => e.name === 'RunTask')).toEqual([
      pageTask,
      newTabTask,
    ]);
  });

  it('reads only the main thread of the renderer that loaded the page', () => {
    const onMain = mainThreadEvents(events, 'navigating');
    expect(onMain.filter((e) => e.name === 'RunTask')).toEqual([pageTask]);
    expect(onMain.every((e) => e.pid === PAGE && e.tid === PAGE)).toBe(true);
  });

  it('reads no thread when no page was loaded over HTTP', () => {
    expect(
      mainThreadEvents(
        events.filter((e) => e.pid !== PAGE),
        'navigating',
      ),
    ).toEqual([]);
  });
});

describe('completeEvents', () => {
  it('pairs a begin with its end on the same thread and name, nested pairs innermost first', () => {
    const complete = completeEvents([
      edge('ParseHTML', 'B', 100),
      edge('ParseHTML', 'B', 110),
      edge('ParseHTML', 'B', 115, NEW_TAB),
      event('Layout', 112, 3),
      edge('ParseHTML', 'E', 120),
      edge('ParseHTML', 'E', 150),
      edge('ParseHTML', 'E', 400, NEW_TAB),
      edge('Paint', 'E', 160),
      event('Instant', 170, 0, PAGE, 'I'),
    ]);
    expect(complete.map(({ name, pid, ts, dur, ph }) => ({ name, pid, ts, dur, ph }))).toEqual([
      { name: 'Layout', pid: PAGE, ts: 112_000, dur: 3000, ph: 'X' },
      { name: 'ParseHTML', pid: PAGE, ts: 110_000, dur: 10_000, ph: 'X' },
      { name: 'ParseHTML', pid: PAGE, ts: 100_000, dur: 50_000, ph: 'X' },
      { name: 'ParseHTML', pid: NEW_TAB, ts: 115_000, dur: 285_000, ph: 'X' },
    ]);
  });
});

describe('longTasks', () => {
  it('keeps the tasks over the threshold, not one just at it, nested ones too, in order', () => {
    const outer = event('RunTask', 0, 120);
    const nested = event('RunTask', 10, 51);
    const justOver = event('RunTask', 200, 50.001);
    const tasks = longTasks(
      [
        outer,
        event('ParseHTML', 5, 100),
        nested,
        event('RunTask', 70, 8),
        event('RunTask', 130, 50),
        justOver,
      ],
      50,
    );
    expect(tasks).toEqual([outer, nested, justOver]);
  });

  it('counts a task traced under both names once, or reads the older name alone', () => {
    const task = event('RunTask', 0, 60);
    const older = event('ThreadControllerImpl::RunTask', 0, 60);
    expect(longTasks([older, task], 50)).toEqual([task]);
    expect(longTasks([older], 50)).toEqual([older]);
  });

  it('reads an unknown duration as none', () => {
    const { dur: _, ...instant } = event('RunTask', 0, 1);
    expect(longTasks([instant], 0)).toEqual([]);
  });
});
