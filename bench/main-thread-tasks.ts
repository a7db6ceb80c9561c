/**
 * The page's main-thread tasks from a Chromium trace (pure): each task's wall time and the CPU
 * time its thread actually got. On a loaded machine a task's wall time counts the time the
 * thread waited for a core; its CPU time is what the task costs, and what an idle phone-class
 * core would have to spend too. Used by `bench/measure-search.ts`.
 */

/** One task of the renderer's main thread, in milliseconds. */
export interface MainThreadTask {
  wall: number;
  cpu: number;
}

interface TraceEvent {
  name?: string;
  ph?: string;
  pid?: number;
  tid?: number;
  dur?: number;
  tdur?: number;
  args?: { name?: string };
}

/** Names Chromium gives a task of a thread's scheduler, preferred first (both may be traced). */
export const TASK_NAMES = ['RunTask', 'ThreadControllerImpl::RunTask'];

/**
 * The tasks longer than `overMs` (wall) of every renderer main thread in `trace` (the JSON
 * `browser.stopTracing()` returns), longest first.
 */
export function longMainThreadTasks(trace: string, overMs = 50): MainThreadTask[] {
  const { traceEvents = [] } = JSON.parse(trace) as { traceEvents?: TraceEvent[] };
  const mains = new Set(
    traceEvents
      .filter((event) => event.name === 'thread_name' && event.args?.name === 'CrRendererMain')
      .map((event) => `${event.pid}:${event.tid}`),
  );
  const tasks = traceEvents.filter(
    (event) => event.ph === 'X' && mains.has(`${event.pid}:${event.tid}`),
  );
  // The same task under both names would count twice: one name only.
  const name = TASK_NAMES.find((candidate) => tasks.some((event) => event.name === candidate));
  return tasks
    .filter((event) => event.name === name && (event.dur ?? 0) > overMs * 1000)
    .map((event) => ({
      wall: Math.round((event.dur ?? 0) / 1000),
      cpu: Math.round((event.tdur ?? 0) / 1000),
    }))
    .sort((a, b) => b.wall - a.wall);
}
