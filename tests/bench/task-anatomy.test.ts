import { describe, expect, it } from 'vitest';
import { describeLongTasks } from '../../bench/task-anatomy';

const PAGE = 1;
const OTHER = 2;
const thread = (pid: number, name: string) => ({
  name: 'thread_name',
  ph: 'M',
  pid,
  tid: pid,
  ts: 0,
  args: { name },
});
const navigation = (pid: number, url: string) => ({
  name: 'navigationStart',
  ph: 'R',
  pid,
  tid: pid,
  ts: 1_000_000,
  args: { data: { documentLoaderURL: url } },
});
/** A complete event on `pid`'s main thread, times in milliseconds. */
const event = (name: string, startMs: number, ms: number, extra: object = {}, pid = PAGE) => ({
  name,
  ph: 'X',
  pid,
  tid: pid,
  ts: startMs * 1000,
  dur: ms * 1000,
  ...extra,
});
const trace = (...events: object[]) => JSON.stringify({ traceEvents: events });

describe('describeLongTasks', () => {
  const page = [thread(PAGE, 'CrRendererMain'), navigation(PAGE, 'http://127.0.0.1/cerca/')];

  it('sums the events inside each long task of the page, a nested repeat counted once', () => {
    const [task] = describeLongTasks(
      trace(
        ...page,
        event('RunTask', 1100, 120, { tdur: 30_000 }),
        event('UpdateLayoutTree', 1100, 20, { args: { elementCount: 41 } }),
        event('Layout', 1120, 60, { args: { beginData: { dirtyObjects: 50, totalObjects: 70 } } }),
        event('Layout', 1130, 10, { args: { beginData: { dirtyObjects: 5, totalObjects: 70 } } }),
        event('Paint', 1190, 25),
      ),
    );
    expect(task).toMatchObject({
      start: 100,
      wall: 120,
      cpu: 30,
      kind: 'style, layout, paint',
      parts: [
        { name: 'Layout', ms: 60, detail: '50 of 70 objects' },
        { name: 'Paint', ms: 25 },
        { name: 'UpdateLayoutTree', ms: 20, detail: '41 elements' },
      ],
    });
    expect(task?.outline).toEqual([
      'UpdateLayoutTree 20 ms (41 elements) @0',
      'Layout 60 ms (50 of 70 objects) @20',
      '  Layout 10 ms (5 of 70 objects) @30',
      'Paint 25 ms @90',
    ]);
  });

  it('names a task by its largest part, with the script it ran', () => {
    const [task] = describeLongTasks(
      trace(
        ...page,
        { ...event('ParseHTML', 1200, 0), ph: 'B' },
        event('RunTask', 1200, 90),
        event('v8.evaluateModule', 1210, 70),
        event('v8.compile', 1210, 8, { args: { data: { url: 'http://h/_astro/page.js' } } }),
        { ...event('ParseHTML', 1205, 0), ph: 'E' },
      ),
    );
    expect(task?.kind).toBe('module evaluation');
    expect(task?.parts).toContainEqual({ name: 'v8.compile', ms: 8, detail: 'page.js' });
    expect(task?.parts).toContainEqual({ name: 'ParseHTML', ms: 5 });
  });

  it('reads only the renderer that loaded the page, and tasks over the threshold', () => {
    const tasks = describeLongTasks(
      trace(
        ...page,
        thread(OTHER, 'CrRendererMain'),
        navigation(OTHER, ''),
        event('RunTask', 1100, 40),
        event('RunTask', 1100, 400, {}, OTHER),
      ),
    );
    expect(tasks).toEqual([]);
  });
});
