/**
 * What a long main-thread task is made of, from a Chromium trace (pure): the trace events inside
 * each task (`ParseHTML`, `v8.compile`, `UpdateLayoutTree`, `Layout`, `Paint`…) summed by name,
 * with what they worked on (elements styled, objects laid out, scripts). Used by
 * `bench/search-long-tasks.ts`.
 */
import {
  completeEvents,
  longTasks,
  mainThreadEvents,
  pageNavigation,
  parseTrace,
  TASK_NAMES,
  type TraceEvent,
} from './trace-events';

/** Events of one name inside a task: their time, not counting one nested in another. */
export interface TaskPart {
  name: string;
  ms: number;
  detail?: string;
}

export interface DescribedTask {
  /** Milliseconds after the document's navigation started. */
  start: number;
  wall: number;
  cpu: number;
  /** Longest first. Parts overlap where events nest (a forced layout inside a script). */
  parts: TaskPart[];
  /** What most of the task's time went to (`KINDS`), or `other`. */
  kind: string;
  /** The events inside the task as an indented outline, those of `minMs` or more. */
  outline: string[];
}

/** The kind of a task, by the trace event that takes most of it. */
const KINDS: Record<string, string> = {
  'DocumentLoader::CommitNavigation': 'navigation',
  ParseHTML: 'parse',
  'v8.evaluateModule': 'module evaluation',
  EvaluateScript: 'script',
  FunctionCall: 'script',
  TimerFire: 'script',
  HandlePostMessage: 'script',
  RunMicrotasks: 'script',
  UpdateLayoutTree: 'style, layout, paint',
  Layout: 'style, layout, paint',
  Paint: 'style, layout, paint',
  PrePaint: 'style, layout, paint',
  Commit: 'style, layout, paint',
};

function kindOf(parts: readonly TaskPart[]): string {
  const byKind = new Map<string, number>();
  for (const { name, ms } of parts) {
    const kind = KINDS[name];
    if (kind) byKind.set(kind, Math.max(byKind.get(kind) ?? 0, ms));
  }
  return [...byKind].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'other';
}

function basename(url: string | undefined): string | undefined {
  if (!url) return undefined;
  return url.split('/').filter(Boolean).at(-1);
}

function describePart(name: string, events: TraceEvent[]): string | undefined {
  if (name === 'UpdateLayoutTree') {
    return `${events.reduce((sum, event) => sum + (event.args?.elementCount ?? 0), 0)} elements`;
  }
  if (name === 'Layout') {
    const dirty = events.reduce((sum, e) => sum + (e.args?.beginData?.dirtyObjects ?? 0), 0);
    const total = Math.max(...events.map((e) => e.args?.beginData?.totalObjects ?? 0));
    return `${dirty} of ${total} objects`;
  }
  const urls = new Set(
    events
      .map((event) => basename(event.args?.data?.url ?? event.args?.fileName))
      .filter((url): url is string => url !== undefined),
  );
  if (urls.size > 0) return [...urls].slice(0, 3).join(' ');
  return events.length > 1 ? `×${events.length}` : undefined;
}

/** Sums the events of each name, leaving out those nested inside one of the same name. */
function sumParts(inside: TraceEvent[]): TaskPart[] {
  const byName = new Map<string, TraceEvent[]>();
  for (const event of inside) byName.set(event.name, [...(byName.get(event.name) ?? []), event]);
  const parts: TaskPart[] = [];
  for (const [name, events] of byName) {
    events.sort((a, b) => a.ts - b.ts);
    let end = -Infinity;
    let total = 0;
    const outer: TraceEvent[] = [];
    for (const event of events) {
      if (event.ts >= end) {
        outer.push(event);
        total += event.dur ?? 0;
        end = event.ts + (event.dur ?? 0);
      }
    }
    const detail = describePart(name, outer);
    parts.push({ name, ms: Math.round(total / 1000), ...(detail && { detail }) });
  }
  return parts.sort((a, b) => b.ms - a.ms);
}

/** The events in nesting order, indented by depth, with their time and what they worked on. */
function outlineOf(inside: TraceEvent[], start: number, minMs: number): string[] {
  const lines: string[] = [];
  const ends: number[] = [];
  for (const event of inside) {
    while (ends.length > 0 && event.ts >= ends.at(-1)!) ends.pop();
    const ms = (event.dur ?? 0) / 1000;
    if (ms >= minMs) {
      const detail = describePart(event.name, [event]);
      lines.push(
        `${'  '.repeat(ends.length)}${event.name} ${Math.round(ms)} ms${detail ? ` (${detail})` : ''} @${Math.round((event.ts - start) / 1000)}`,
      );
    }
    ends.push(event.ts + (event.dur ?? 0));
  }
  return lines;
}

/**
 * The tasks longer than `overMs` (wall) of the renderer main thread that loaded a document in
 * `trace` (the JSON `browser.stopTracing()` returns), in order, with their parts.
 */
export function describeLongTasks(trace: string, overMs = 50, outlineMs = 5): DescribedTask[] {
  const events = parseTrace(trace);
  const navigation = pageNavigation(events);
  const onMain = completeEvents(mainThreadEvents(events, 'navigating')).sort((a, b) => a.ts - b.ts);
  const origin = navigation?.ts ?? onMain[0]?.ts ?? 0;
  const tasks = longTasks(onMain, overMs);
  return tasks.map((task) => {
    const end = task.ts + (task.dur ?? 0);
    const inside = onMain.filter(
      (event) =>
        event !== task &&
        !TASK_NAMES.includes(event.name) &&
        event.pid === task.pid &&
        event.tid === task.tid &&
        event.ts >= task.ts &&
        event.ts + (event.dur ?? 0) <= end,
    );
    const parts = sumParts(inside);
    return {
      kind: kindOf(parts),
      outline: outlineOf(inside, task.ts, outlineMs),
      start: Math.round((task.ts - origin) / 1000),
      wall: Math.round((task.dur ?? 0) / 1000),
      cpu: Math.round((task.tdur ?? 0) / 1000),
      parts,
    };
  });
}
