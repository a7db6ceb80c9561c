/**
 * The page's main-thread tasks from a Chromium trace (pure): each task's wall time and the CPU
 * time its thread actually got. On a loaded machine a task's wall time counts the time the
 * thread waited for a core; its CPU time is what the task costs, and what an idle phone-class
 * core would have to spend too. Used by `bench/measure-search.ts`.
 */
import { longTasks, mainThreadEvents, parseTrace } from './trace-events';

/** One task of the renderer's main thread, in milliseconds. */
export interface MainThreadTask {
  wall: number;
  cpu: number;
}

/**
 * The tasks longer than `overMs` (wall) of every renderer main thread in `trace` (the JSON
 * `browser.stopTracing()` returns), longest first.
 */
export function longMainThreadTasks(trace: string, overMs = 50): MainThreadTask[] {
  // Complete events only, as the task counts in docs/performance.md were read.
  const onMain = mainThreadEvents(parseTrace(trace), 'every').filter((event) => event.ph === 'X');
  return longTasks(onMain, overMs)
    .map((event) => ({
      wall: Math.round((event.dur ?? 0) / 1000),
      cpu: Math.round((event.tdur ?? 0) / 1000),
    }))
    .sort((a, b) => b.wall - a.wall);
}
