/**
 * A Chromium trace's events (pure): the JSON `browser.stopTracing()` returns, the events of the
 * renderers' main threads, and the long tasks among them. Used by `bench/main-thread-tasks.ts`
 * (every renderer) and `bench/task-anatomy.ts` (the renderer that loaded the page).
 */

/** The fields of a trace event that the benchmarks read. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    elementCount?: number;
    beginData?: { dirtyObjects?: number; totalObjects?: number; url?: string };
    data?: { url?: string; functionName?: string; documentLoaderURL?: string };
    fileName?: string;
  };
}

/** Names Chromium gives a task of a thread's scheduler, preferred first (both may be traced). */
export const TASK_NAMES = ['RunTask', 'ThreadControllerImpl::RunTask'];

/** Which renderers' main threads to read. */
export type Renderers = 'every' | 'navigating';

export function parseTrace(trace: string): TraceEvent[] {
  return (JSON.parse(trace) as { traceEvents?: TraceEvent[] }).traceEvents ?? [];
}

/**
 * The `navigationStart` of the page: Chromium's own pages (a new tab's) have renderers and
 * navigations too, but not over HTTP.
 */
export function pageNavigation(events: readonly TraceEvent[]): TraceEvent | undefined {
  return events.find(
    (event) =>
      event.name === 'navigationStart' &&
      event.args?.data?.documentLoaderURL?.startsWith('http') === true,
  );
}

const threadOf = (event: TraceEvent) => `${event.pid}:${event.tid}`;

/**
 * The events of the renderer main threads (`CrRendererMain`), in the trace's order: every
 * renderer's, or only that of the renderer that loaded the page (none if no page loaded).
 */
export function mainThreadEvents(events: TraceEvent[], renderers: Renderers): TraceEvent[] {
  const pid = renderers === 'navigating' ? pageNavigation(events)?.pid : undefined;
  const mains = new Set(
    events
      .filter(
        (event) =>
          event.name === 'thread_name' &&
          event.args?.name === 'CrRendererMain' &&
          (renderers === 'every' || event.pid === pid),
      )
      .map(threadOf),
  );
  return events.filter((event) => mains.has(threadOf(event)));
}

/**
 * The complete events (`X`) and begin/end pairs (`B`, `E`) turned into complete events, so both
 * kinds are read alike; an end closes the latest open begin of its thread and name.
 */
export function completeEvents(events: TraceEvent[]): TraceEvent[] {
  const complete: TraceEvent[] = [];
  const open = new Map<string, TraceEvent[]>();
  for (const event of events) {
    if (event.ph === 'X') complete.push(event);
    const key = `${threadOf(event)}:${event.name}`;
    if (event.ph === 'B') open.set(key, [...(open.get(key) ?? []), event]);
    if (event.ph === 'E') {
      const begin = open.get(key)?.pop();
      if (begin) complete.push({ ...begin, ph: 'X', dur: event.ts - begin.ts });
    }
  }
  return complete;
}

/** The tasks among `events` longer than `overMs` (wall), in their order. */
export function longTasks(events: readonly TraceEvent[], overMs: number): TraceEvent[] {
  // The same task under both names would count twice: one name only.
  const name = TASK_NAMES.find((candidate) => events.some((event) => event.name === candidate));
  return events.filter((event) => event.name === name && (event.dur ?? 0) > overMs * 1000);
}
