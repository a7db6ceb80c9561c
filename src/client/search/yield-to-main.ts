/**
 * Ends the current task and goes on in a new one, so the browser can paint and answer input in
 * between: a phone's main thread never runs the page's load and its first search as one long
 * task. `scheduler.yield()` (Chromium) puts the continuation ahead of other queued tasks; where
 * it is missing, a `setTimeout` ends the task all the same.
 */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Partial<Scheduler> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
